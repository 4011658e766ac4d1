import { entityNamed, facts, relation, run } from './helpers';

describe('relations by construction', () => {
  it('turns a passive with an agent into the active fact', () => {
    expect(facts(run('Belarus is ruled by Alexander Lukashenko.'))).toContain(
      'Alexander Lukashenko -LEADS-> Belarus',
    );
  });

  it('reads a relative clause against its antecedent', () => {
    const extraction = run('Belarus, which borders Russia, held a referendum.');
    expect(relation(extraction, 'Belarus', 'BORDERS', 'Russia')?.construction).toBe('relative-clause');
  });

  it('gives one fact per coordinated subject, with the modality', () => {
    const extraction = run('Germany, France and Italy will join the United States.');
    for (const country of ['Germany', 'France', 'Italy']) {
      expect(relation(extraction, country, 'JOINS', 'United States')?.modality).toBe('will');
    }
  });

  it('reads a place apposition as LOCATED_IN', () => {
    expect(facts(run('Shelling continued in Kyiv, Ukraine.'))).toContain('Kyiv -LOCATED_IN-> Ukraine');
  });

  it('reads a role apposition as WORKS_FOR', () => {
    const extraction = run('Paul Kerrigan, a spokesman for the State Department, declined to comment.');
    expect(facts(extraction)).toContain('Paul Kerrigan -WORKS_FOR-> State Department');
  });

  it('reads a nominalization with possessor and object', () => {
    const extraction = run("Russia's invasion of Ukraine began in February.");
    expect(facts(extraction)).toContain('Russia -INVADES-> Ukraine');
    expect(extraction.entities.find((e) => e.type === 'EVENT')?.name).toBe("Russia's invasion of Ukraine");
  });

  it('reads a support verb and its noun: sanctions against X', () => {
    expect(facts(run('The European Union imposed sanctions on Iran.'))).toContain(
      'European Union -SANCTIONS-> Iran',
    );
    expect(facts(run('Canada tightened sanctions against Russia.'))).toContain('Canada -SANCTIONS-> Russia');
  });

  it('never turns lifted sanctions into sanctions', () => {
    expect(facts(run('Canada lifted sanctions against Cuba.'))).not.toContain('Canada -SANCTIONS-> Cuba');
  });

  it('attributes reported facts and names the reported event', () => {
    const extraction = run('Blinken said the United States will close its embassy in Minsk.');
    const closes = relation(extraction, 'United States', 'CLOSES', 'United States embassy in Minsk');
    expect(closes?.attributedTo).toBe(entityNamed(extraction, 'Blinken')?.id);
    const event = extraction.entities.find((e) => e.type === 'EVENT');
    expect(event?.name).toMatch(/^closure of the .*embassy in Minsk$/);
    expect(relation(extraction, 'Blinken', 'ANNOUNCES', event?.name ?? '')).toBeDefined();
  });

  it('resolves a sentence-initial pronoun to the previous subject', () => {
    const extraction = run('Belarus has supported Russia. It allows Vladimir Putin to deploy troops.');
    const allows = relation(extraction, 'Belarus', 'ALLOWS', 'Vladimir Putin');
    expect(allows).toBeDefined();
    expect(allows?.evidence[0]?.subject).toEqual({ start: 30, end: 32 });
  });

  it('keeps negation and modality as properties', () => {
    const extraction = run('France did not recognize Taiwan. Germany may recognize Kosovo.');
    expect(relation(extraction, 'France', 'RECOGNIZES', 'Taiwan')?.negated).toBe(true);
    expect(relation(extraction, 'Germany', 'RECOGNIZES', 'Kosovo')).toMatchObject({
      negated: false,
      modality: 'may',
    });
  });

  it('reads a relative clause with a title before the object', () => {
    expect(facts(run('Leon Czolgosz, who assassinated President McKinley, was an anarchist.'))).toContain(
      'Leon Czolgosz -KILLS-> McKinley',
    );
  });

  it('does not take the place of a meeting for its participant', () => {
    expect(facts(run('Germany met in Rome.'))).not.toContain('Germany -MEETS-> Rome');
  });
});

describe('entities and resolution', () => {
  it('splits run-together names when both parts are known', () => {
    const extraction = run('The ministers of ItalyJapan and FranceUnited Kingdom met.');
    for (const name of ['Italy', 'Japan', 'France', 'United Kingdom'])
      expect(entityNamed(extraction, name)?.type).toBe('COUNTRY');
    expect(entityNamed(extraction, 'ItalyJapan')).toBeUndefined();
  });

  it('leaves a camel-case name alone when its parts are not known names', () => {
    expect(entityNamed(run('DailyMail.com and YouTube reported it.'), 'DailyMail.com')?.type).toBe(
      'ORGANIZATION',
    );
  });

  it('merges acronyms, alternate spellings and surnames', () => {
    const extraction = run(
      'The European Union met in Kiev. The EU said Kyiv was calm. Secretary of State Antony Blinken came. Blinken left.',
    );
    expect(entityNamed(extraction, 'EU')?.name).toBe('European Union');
    expect(entityNamed(extraction, 'Kiev')?.name).toBe('Kyiv');
    expect(entityNamed(extraction, 'Blinken')?.name).toBe('Antony Blinken');
    expect(entityNamed(extraction, 'Antony Blinken')?.attributes.title).toBe('Secretary of State');
  });

  it('never merges on a shared first name', () => {
    const extraction = run('Vladimir Putin met Vladimir Zelensky in Istanbul. Putin left.');
    expect(entityNamed(extraction, 'Vladimir Putin')?.id).not.toBe(
      entityNamed(extraction, 'Vladimir Zelensky')?.id,
    );
    expect(entityNamed(extraction, 'Putin')?.name).toBe('Vladimir Putin');
  });

  it('keeps a nationality-led institution apart from its country, with a relation', () => {
    const extraction = run("Ukraine's state security service said so. Ukraine denied it.");
    expect(entityNamed(extraction, "Ukraine's state security service")?.type).toBe('ORGANIZATION');
    expect(relation(extraction, "Ukraine's state security service", 'BELONGS_TO', 'Ukraine')).toBeDefined();
  });

  it('reads a group description as its country, not as an organization', () => {
    const extraction = run('Belarusian special forces were seen near Kyiv. Belarus denied it.');
    expect(entityNamed(extraction, 'Belarusian special forces')).toBeUndefined();
    expect(entityNamed(extraction, 'Belarusian')?.name).toBe('Belarus');
    const attack = run(
      'Kyiv was hit in the attack by Russian military forces in Ukraine, and Russia said so.',
    );
    expect(relation(attack, 'Russia', 'ATTACKS', 'Ukraine')?.construction).toBe('nominalization');
  });

  it('makes an event of a named war and a quantity of a count with a unit', () => {
    const extraction = run('He warned of World War III. The airport is about 93 miles west of Kyiv.');
    expect(entityNamed(extraction, 'World War III')?.type).toBe('EVENT');
    expect(extraction.entities.find((e) => e.type === 'QUANTITY')?.name).toBe('93 miles');
  });
});
