import { facts, relation, run } from './helpers';

describe('roles and copulas', () => {
  it('reads "X and Y are allies" as ALLIED_WITH', () => {
    const extraction = run('America and Afghanistan are now allies against terror.');
    expect(relation(extraction, 'Afghanistan', 'ALLIED_WITH', 'United States')?.construction).toBe('copula');
  });

  it('reads "X and Y are in A, B, C" for every pair', () => {
    const extraction = run('Al Qaeda and ISIS are in Yemen, Syria, Somalia, and beyond.');
    for (const place of ['Yemen', 'Syria', 'Somalia'])
      expect(relation(extraction, 'ISIS', 'BASED_IN', place)).toBeDefined();
  });

  it('reads the organization before a role noun in an apposition', () => {
    expect(facts(run('Her husband, Micheal, a CIA officer and marine, died in Mazar-e-Sharif.'))).toContain(
      'Micheal -WORKS_FOR-> CIA',
    );
  });

  it('reads a role phrase before the name it describes', () => {
    const extraction = run(
      'We welcomed the distinguished interim leader of a liberated Afghanistan, Chairman Hamid Karzai.',
    );
    expect(relation(extraction, 'Hamid Karzai', 'LEADS', 'Afghanistan')).toBeDefined();
  });

  it('does not read a list of places as one place in another', () => {
    const extraction = run(
      'Instability will continue in the Middle East, in Afghanistan, and in parts of Central America, in Africa.',
    );
    expect(facts(extraction).filter((f) => f.includes('LOCATED_IN'))).toEqual([]);
    expect(facts(run('Fighters are in Yemen, Syria, Somalia and beyond.'))).not.toContain(
      'Yemen -LOCATED_IN-> Syria',
    );
  });

  it('still reads a town and its state', () => {
    expect(facts(run('Marie Ferraro, 50, of Bethany, Conn., was shot to death.'))).toContain(
      'Bethany -LOCATED_IN-> Connecticut',
    );
  });
});
