import { entityNamed, run } from './helpers';

describe('names by construction', () => {
  it('keeps a sentence going after a title abbreviation and records where the title starts', () => {
    const text = 'The jury convicted his brother, the Rev. Jesse Jackson, of fraud.';
    const extraction = run(text);
    expect(extraction.article.sentences).toHaveLength(1);
    const jackson = entityNamed(extraction, 'Jesse Jackson');
    expect(jackson?.type).toBe('PERSON');
    expect(jackson?.attributes.title).toBe('Rev.');
    expect(jackson?.mentions[0]?.titleStart).toBe(text.indexOf('Rev.'));
  });

  it('gives no titleStart to a mention without a title', () => {
    const jackson = entityNamed(run('Jesse Jackson spoke.'), 'Jesse Jackson');
    expect(jackson?.mentions[0]?.titleStart).toBeUndefined();
  });

  it('reads a shouted dateline as the place it names', () => {
    const extraction = run('DAYTON, Ohio (AP) _ The plane crashed on Monday.');
    expect(entityNamed(extraction, 'DAYTON')?.type).toBe('CITY');
    expect(entityNamed(extraction, 'Ohio')?.type).toBe('LOCATION');
  });

  it('does not read shouted words inside a sentence as a dateline place', () => {
    expect(entityNamed(run('They met the SAN FRANCISCO team.'), 'SAN FRANCISCO')?.type).not.toBe('CITY');
  });

  it('splits a wire source from its city and takes a shouted title for an organization', () => {
    const extraction = run('Moscow ITAR-TASS in English 0729 GMT 3 Mar 94');
    expect(entityNamed(extraction, 'Moscow')?.type).toBe('CITY');
    expect(entityNamed(extraction, 'ITAR-TASS')?.type).toBe('ORGANIZATION');
    const paper = run('NEZAVISIMAYA GAZETA has learned of the plan.');
    expect(entityNamed(paper, 'NEZAVISIMAYA GAZETA')?.type).toBe('ORGANIZATION');
  });

  it('never takes a cable code for a name', () => {
    const extraction = run('Croatia LD0303083794 Moscow ITAR-TASS in English');
    expect(extraction.entities.map((e) => e.name).join(' ')).not.toMatch(/LD0303083794/);
  });

  it('reads a big city whose name is also a first name as the city', () => {
    expect(
      entityNamed(run('She has covered Washington and its politics for years.'), 'Washington')?.type,
    ).toBe('CITY');
    expect(entityNamed(run('said Atlanta banker Joe Whitley.'), 'Atlanta')?.type).toBe('CITY');
  });

  it('takes no place cue from a preposition before a possessor', () => {
    const extraction = run("Sirhan was convicted of Kennedy's killing.");
    expect(entityNamed(extraction, 'Kennedy')?.type).toBe('PERSON');
  });
});

describe('joined names', () => {
  it('keeps hyphenated names whole', () => {
    const extraction = run(
      'The troops have reached the city of Mazar-e-Sharif in the north, and they are there now.',
    );
    expect(entityNamed(extraction, 'Mazar-e-Sharif')?.type).toBe('CITY');
    expect(extraction.entities.map((e) => e.name)).not.toContain('Mazar');
  });

  it('keeps a hyphenated title whole', () => {
    const extraction = run('U.N. Secretary-General Perez de Cuellar spoke.');
    expect(entityNamed(extraction, 'Perez de Cuellar')?.attributes.title).toBe('Secretary-General');
  });

  it('does not join lower-case compounds', () => {
    const extraction = run('The Frankfurt-based bank failed.');
    expect(extraction.entities.map((e) => e.name)).not.toContain('Frankfurt-based');
  });
});
