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
    expect(facts(run('Ada Moreno, 41, of Fresno, Calif., was hurt in the crash.'))).toContain(
      'Fresno -LOCATED_IN-> California',
    );
  });
});

describe('roles with fields, modifiers and holders further on', () => {
  it.each([
    ['Robert Bernero, chief of waste disposal for the NRC, said so.', 'Robert Bernero -WORKS_FOR-> NRC'],
    [
      'Edward Marks, an official with the Democratic Party, argued.',
      'Edward Marks -WORKS_FOR-> Democratic Party',
    ],
    ['said Kathryn Rich, assistant news director for KIRO.', 'Kathryn Rich -WORKS_FOR-> KIRO'],
    [
      'Barbara Houser, attorney for the Peruvian silver mining company Minpeco S.A., said so.',
      'Barbara Houser -WORKS_FOR-> Minpeco S.A.',
    ],
    ['The painter Thomas is a native of Tulsa.', 'Thomas -LIVES_IN-> Tulsa'],
  ])('%s', (text, fact) => {
    if (fact !== undefined) expect(facts(run(text))).toContain(fact);
  });

  it('reads a native of a place as living there', () => {
    expect(facts(run('Ginger Rogers, a native of Fort Worth, had a dry wit.'))).toContain(
      'Ginger Rogers -LIVES_IN-> Fort Worth',
    );
  });
});

describe('killings', () => {
  it('reads a past tense the tagger takes for a noun', () => {
    expect(facts(run('The commission concluded that Oswald shot Kennedy from a perch.'))).toContain(
      'Oswald -KILLS-> Kennedy',
    );
    expect(facts(run('Even Lee Harvey Oswald, who shot President Kennedy, was a loner.'))).toContain(
      'Lee Harvey Oswald -KILLS-> Kennedy',
    );
  });

  it('reads a gerund after "to" with the clause subject, and a person after role nouns', () => {
    expect(
      facts(run('In 1981, Mark David Chapman pleaded guilty to killing rock star John Lennon.')),
    ).toContain('Mark David Chapman -KILLS-> John Lennon');
    expect(
      facts(run('Carl Webb, who was found guilty of murdering Denver radio host Alan Berg in 1984.')),
    ).toContain('Carl Webb -KILLS-> Alan Berg');
  });
});
