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
    const vaxco = run('Traders said the Peruvian mining company Vaxco was closing its mill.');
    expect(entityNamed(vaxco, 'Vaxco')?.type).toBe('ORGANIZATION');
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

describe('names by their neighbours', () => {
  it('types every member of a list from a known one', () => {
    const extraction = run(
      'A terrorist underworld, including groups like Hamas, Hizballah, Islamic Jihad, Jaish-e-Mohammed, operates in remote jungles.',
    );
    for (const name of ['Hizballah', 'Islamic Jihad', 'Jaish-e-Mohammed'])
      expect(entityNamed(extraction, name)?.type).toBe('ORGANIZATION');
  });

  it('merges a head word with the one longer name it ends', () => {
    const extraction = run(
      'The war in the Persian Gulf is not a war we wanted. We are in the Gulf for peace.',
    );
    expect(entityNamed(extraction, 'Gulf')?.name).toBe('Persian Gulf');
  });

  it('reads a compass word before a known place as a region, and before a nationality as no name', () => {
    expect(entityNamed(run('Ebola spread across West Africa last year.'), 'West Africa')?.type).toBe(
      'LOCATION',
    );
    expect(entityNamed(run('He spoke to the East European nations.'), 'East European')).toBeUndefined();
  });

  it('reads a capitalized institution after "the" as an organization', () => {
    expect(entityNamed(run('His son serves in the Navy now.'), 'Navy')?.type).toBe('ORGANIZATION');
  });

  it('makes no name of a sentence-initial verb that is also a small town, nor of "I\'m"', () => {
    const extraction = run('Say yes. Give America a raise. I’m sure of it.');
    expect(extraction.entities.map((e) => e.name)).toEqual(['United States']);
  });

  it('makes no person of a lone adjective before a noun', () => {
    const extraction = run('This is aggression against an Islamic people and the Olympic games.');
    expect(extraction.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('reads a place after "in the"', () => {
    expect(
      entityNamed(run('We will maintain a strong presence in the Indo-Pacific for years.'), 'Indo-Pacific')
        ?.type,
    ).toBe('LOCATION');
  });
});

describe('shapes that are no names', () => {
  it('still reads a surname whose verb the tagger takes for a noun', () => {
    const extraction = run('Kennedy had just won the primary when Sirhan shot him in Los Angeles.');
    expect(entityNamed(extraction, 'Sirhan')?.type).toBe('PERSON');
  });

  it('makes no organization of a model number', () => {
    const extraction = run('The factory made a timer valve for the CFM56 engine used by Boeing.');
    expect(entityNamed(extraction, 'CFM56')).toBeUndefined();
  });
});
