import { facts, relation, run } from './helpers';

describe('birthplaces and datelines', () => {
  it('reads a passive with a predicate preposition: was born in', () => {
    const extraction = run('In 1752, the flagmaker Betsy Ross was born in Philadelphia.');
    expect(relation(extraction, 'Betsy Ross', 'BORN_IN', 'Philadelphia')?.construction).toBe('passive');
  });

  it('reads a birthplace apposition', () => {
    expect(facts(run('Tom Wolfe, born in Richmond, was one of the best known writers.'))).toContain(
      'Tom Wolfe -BORN_IN-> Richmond',
    );
  });

  it('reads the agency of a dateline as reporting from its place', () => {
    const extraction = run('DAYTON, Ohio (AP) _ The plane crashed on Monday morning near the airport.');
    expect(relation(extraction, 'AP', 'REPORTS_FROM', 'DAYTON')?.construction).toBe('dateline');
    expect(facts(extraction)).toContain('Dayton -LOCATED_IN-> Ohio');
  });

  it('reads a dateline with a date and an opening note', () => {
    const extraction = run('(Text) Vilnius, March 3 (ELTA) -- The ruling coalition agreed on a budget.');
    expect(facts(extraction)).toContain('ELTA -REPORTS_FROM-> Vilnius');
  });

  it('reads no dateline from a place in running text', () => {
    const extraction = run('The talks in Geneva (UN) went on until late on Monday night.');
    expect(facts(extraction).filter((f) => f.includes('REPORTS_FROM'))).toEqual([]);
  });
});
