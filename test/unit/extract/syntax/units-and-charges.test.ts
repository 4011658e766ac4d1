/**
 * Syntax extractor 2026-12-01.32: a role held in a unit of an organisation ("head of the UN monitoring
 * forces") is work for the organisation, not leadership of it; "member of" is MEMBER_OF; a verb of service
 * with no employer ("serving a prison sentence") keeps its lemma; a second object after a comma is the
 * first one's apposition ("shot X, the suspected killer of Y"); an act inside a charge's nouns ("charged with
 * robbery in the slayings of Y and Z") is the accused's, for each conjunct; a town before an act noun is
 * where it happened, not who did it; wire-service lines ("Oslo NTB") are a place and a publisher; a clock
 * time before its zone ("1400 GMT"); a day of a month with no year is a date even with no article date.
 * Real CoreNLP output of sentences written for these tests (test/fixtures/annotations/syntax/
 * units-and-charges.txt and entities/agency-lines.txt; recorded by `npm run record:annotations`, checked
 * against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or
 * CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('roles, charges and acts', () => {
  const x = run('syntax/units-and-charges');
  const facts = triples(x);

  it('a head of a unit of an organisation works for it and does not lead it', () => {
    expect(facts).toContain('Nora Vik WORKS_FOR UN');
    expect(facts).not.toContain('Nora Vik LEADS UN');
  });

  it('"a member of the X" is MEMBER_OF X', () => {
    expect(facts).toContain('Paul Ek MEMBER_OF Tromso City Council');
  });

  it('serving a sentence is no employment: the verb keeps its own lemma', () => {
    expect(facts.filter((f) => f.startsWith('Dag Lund WORKS_FOR'))).toEqual([]);
    expect(facts).toContain('Dag Lund SERVE prison sentence');
  });

  it('"shot X, the suspected killer of Y": the description is X\'s apposition, not a second object', () => {
    expect(facts).toContain('Bjorn Eide KILLS Arne Dahl');
    expect(facts.some((f) => f.startsWith('Arne Dahl KILLS') && f.endsWith('Hauge'))).toBe(true);
    expect(facts.filter((f) => f.startsWith('Bjorn Eide') && f.includes('killer'))).toEqual([]);
  });

  it("an act named inside the nouns of a charge is the accused's, for each conjunct", () => {
    expect(facts).toContain('Eva Berg KILLS Lars Moe (alleged)');
    expect(facts).toContain('Eva Berg KILLS Per Lie (alleged)');
    const charged = x.relations.filter((r) => r.construction === 'nominalization' && r.predicate === 'KILLS');
    expect(charged.length).toBeGreaterThanOrEqual(2);
    expect(charged.every((r) => r.modality === 'alleged')).toBe(true);
  });

  it('a town before an act noun is where it happened, not who did it', () => {
    expect(facts.filter((f) => f.startsWith('Bergen '))).toEqual([]);
  });

  it('"arrested in the shooting of Y" and "born near Y" use the vocabulary', () => {
    expect(facts).toContain('Ane Moe KILLS Jon Bakke (alleged)');
    expect(facts).toContain('Tor Aas BORN_IN Hamar');
  });

  it('"12 April" is a date with no article date to give it a year (and no value)', () => {
    const date = x.entities.find((e) => e.name === '12 April');
    expect(date?.type).toBe('DATE');
    expect(date?.attributes?.value).toBeUndefined();
  });
});

describe('wire-service lines', () => {
  const x = run('entities/agency-lines');
  const types = Object.fromEntries(x.entities.map((e) => [e.name, e.type]));

  it('a place and a publisher in capitals are two names, whether the NER joined them or not', () => {
    expect(types).toMatchObject({
      Oslo: 'CITY',
      NTB: 'ORGANIZATION',
      Kiev: 'CITY',
      'HOLOS UKRAINY': 'ORGANIZATION',
    });
    expect(Object.keys(types)).not.toContain('Oslo NTB');
    expect(triples(x)).toEqual(
      expect.arrayContaining(['NTB REPORTS_FROM Oslo', 'HOLOS UKRAINY REPORTS_FROM Kiev']),
    );
  });

  it('a clock time and its zone are one date entity, the zone no name of its own', () => {
    expect(types['1400 GMT']).toBe('DATE');
    expect(Object.keys(types)).not.toContain('GMT');
  });
});

describe('a place "in" a region (.33)', () => {
  const facts = triples(run('syntax/places-in-regions'));

  it('the text places a town the gazetteer knows elsewhere by that name', () => {
    // The gazetteer's Bedford is the largest one, in England.
    expect(facts).toContain('Bedford LOCATED_IN Indiana');
  });

  it('qualifiers and a split direction word may stand between "in" and the region', () => {
    expect(facts).toContain('Tolna LOCATED_IN Montana');
    expect(facts).toContain('Hexham LOCATED_IN England');
  });
});

describe('an age in apposition (.34)', () => {
  const x = run('entities/age-apposition');
  const types = Object.fromEntries(x.entities.map((e) => [e.name, e.type]));

  it('makes a name the NER read as an organisation a person ("Marriott, 58, who owned ...")', () => {
    expect(types).toMatchObject({ Marriott: 'PERSON', 'Nordby Savings Bank': 'ORGANIZATION' });
  });

  it('leaves an organisation with no age an organisation', () => {
    expect(types).toMatchObject({ Orkla: 'ORGANIZATION' });
  });
});

describe('an organisation named by a nationality (.35)', () => {
  const facts = triples(run('syntax/national-seat'));

  it('is based in that country when the sentence names it', () => {
    expect(facts).toContain('Norwegian Government BASED_IN Norway');
  });

  it('is based nowhere the sentence does not name', () => {
    expect(facts.filter((f) => f.startsWith('Danish Refugee Council BASED_IN'))).toEqual([]);
  });
});

describe('writing for a publication (.36)', () => {
  const facts = triples(run('syntax/writes-for'));

  it('"covers X for Y", "writes for Y", "reported for Y": Y employs the writer', () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        'Ola Brekke WORKS_FOR Oslo Courier',
        'Kari Holm WORKS_FOR Bergen Tribune',
        'Nils Dahl WORKS_FOR Radio Nord',
      ]),
    );
  });
});

describe('charges in the active voice (.37)', () => {
  const facts = triples(run('syntax/charges-active'));

  it('a local institution named by its place stands for the place ("a Bergen grand jury")', () => {
    expect(facts).toContain('Bergen INDICT Tom Hansen');
  });

  it("the act a charge names is the accused's (the object), with the charge's modality", () => {
    expect(facts).toContain('Tom Hansen ACCESS Acme Bank (alleged)');
    expect(facts).toContain('Tom Baker KILLS John Wells (alleged)');
    expect(facts.filter((f) => f.startsWith('Bergen ACCESS'))).toEqual([]);
  });

  it('an act that only dates the arrest ("after raiding") is not put on the arrested', () => {
    expect(facts.filter((f) => f.startsWith('Carl Moss'))).toEqual([]);
  });
});
