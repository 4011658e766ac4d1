import { entityNamed, facts, relation, run } from './helpers';

describe('people', () => {
  it('reads every name of a list after a plural title as a person with that title', () => {
    const extraction = run(
      'Presidents Gorbachev, Mitterrand, Ozal, Mubarak, and Bendjedid; Kings Fahd and Hassan all worked for peace.',
    );
    for (const name of ['Gorbachev', 'Mitterrand', 'Ozal', 'Mubarak', 'Bendjedid'])
      expect(entityNamed(extraction, name)?.attributes.title).toBe('President');
    expect(entityNamed(extraction, 'Hassan')?.type).toBe('PERSON');
    expect(entityNamed(extraction, 'Fahd')?.attributes.title).toBe('King');
    expect(extraction.entities.map((e) => e.name)).not.toContain('Presidents Gorbachev');
  });

  it('merges a first name that only one person of the article has, never a shared one', () => {
    const extraction = run(
      'Nick Chute works at a pizza shop in Minneapolis. Nick makes the dough every day.',
    );
    expect(entityNamed(extraction, 'Nick')?.name).toBe('Nick Chute');
    const two = run('Vladimir Putin met Vladimir Zelensky in Minsk. Vladimir smiled at the cameras.');
    expect(entityNamed(two, 'Vladimir')?.name).not.toMatch(/Putin|Zelensky/);
  });

  it('merges the trailing part of a full name', () => {
    const extraction = run('Osama bin Laden was killed in 2011. We delivered justice to bin Laden then.');
    expect(entityNamed(extraction, 'bin Laden')?.name).toBe('Osama bin Laden');
  });

  it('makes no person of a nationality with a title or of a plural nationality', () => {
    const extraction = run('No responsible American President could stay silent, and Most Americans agree.');
    expect(extraction.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('keeps a form of address as an attribute, with no HOLDS_TITLE', () => {
    const extraction = run('We welcome the new minister, Dr. Sima Samar, to the chamber tonight.');
    expect(entityNamed(extraction, 'Sima Samar')?.attributes.title).toBe('Dr.');
    expect(facts(extraction).filter((f) => f.includes('HOLDS_TITLE'))).toEqual([]);
  });

  it('makes no person of the of-phrase of a title', () => {
    const extraction = run("We welcome the new Minister of Women's Affairs to the chamber tonight.");
    expect(extraction.entities.map((e) => e.name)).not.toContain('of Women');
  });

  it('reads no place into "to" before an unknown name', () => {
    expect(entityNamed(run('I made very clear to Putin that we will respond.'), 'Putin')?.type).not.toBe(
      'LOCATION',
    );
  });
});

describe('organizations and countries', () => {
  it('reads a company from the words before it', () => {
    expect(entityNamed(run('Profitable corporations like Costco pay higher wages.'), 'Costco')?.type).toBe(
      'ORGANIZATION',
    );
    const codelco = run('Rumors said the Chilean copper company Codelco was shutting its smelter.');
    expect(entityNamed(codelco, 'Codelco')?.type).toBe('ORGANIZATION');
    expect(entityNamed(run("John's an owner of Punch Pizza in Minneapolis."), 'Punch Pizza')?.type).toBe(
      'ORGANIZATION',
    );
  });

  it('reads "the Soviets" as the Soviet Union', () => {
    const extraction = run('The Soviet Union invaded. We warned the Soviets about it.');
    expect(entityNamed(extraction, 'Soviets')?.name).toBe('Soviet Union');
  });

  it('reads penalties imposed on a country as SANCTIONS', () => {
    const extraction = run('The United States has imposed stiff economic penalties on the Soviet Union.');
    expect(relation(extraction, 'United States', 'SANCTIONS', 'Soviet Union')).toBeDefined();
    expect(facts(extraction).some((f) => f.includes('IMPOSE'))).toBe(false);
  });

  it('never joins words across a dash the text used as punctuation', () => {
    const extraction = run(
      'An American President\u2014President has to represent the essence of what we stand for.',
    );
    expect(extraction.entities.map((e) => e.name).join('|')).not.toMatch(/President-President/);
  });
});
