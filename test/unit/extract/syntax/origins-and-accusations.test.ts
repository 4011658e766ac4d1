/**
 * The whole syntax extractor (entities and relations) on real CoreNLP output of sentences written for
 * these tests (test/fixtures/annotations/{syntax,entities}/*.txt, recorded by `npm run
 * record:annotations`; never news-dev or CoNLL04 text). Each test names the rule it pins.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFromAnnotation } from '../../../../src/extract/syntax';
import { spellsOut } from '../../../../src/extract/syntax/entities/names';
import type { Extraction } from '../../../../src/extract/types';
import type { Annotation } from '../../../../src/nlp/annotation';
import { loadAnnotationFixture } from '../../../helpers/annotation-fixtures';

const DIR = path.join(__dirname, '../../../fixtures/annotations');

function run(name: string): Extraction {
  const text = readFileSync(path.join(DIR, `${name}.txt`), 'utf8');
  const annotation = JSON.parse(readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as Annotation;
  return extractFromAnnotation(text, annotation, {});
}

function triples(x: Extraction): string[] {
  const name = (id: string): string => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.map(
    (r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}${r.modality ? ` (${r.modality})` : ''}`,
  );
}

const typeOf = (x: Extraction, name: string) => x.entities.find((e) => e.name === name)?.type;

describe('where a person is from, and whom a role serves', () => {
  const x = run('syntax/origin');
  const facts = triples(x);

  it('"a mechanic from Leeds": an apposition noun with "from" a place is LIVES_IN', () => {
    expect(facts).toContain('Tom Baker LIVES_IN Leeds');
  });

  it('"Leeds native Ann Duff": BORN_IN, and the city the NER called an organisation is a city', () => {
    expect(facts).toContain('Ann Duff BORN_IN Leeds');
    expect(typeOf(x, 'Leeds')).toBe('CITY');
  });

  it('"a resident of Graz": the origin noun names the predicate', () => {
    expect(facts).toContain('Karl Huber LIVES_IN Graz');
  });

  it('"Austria\'s Nora Quist": a country possessing a person is CITIZEN_OF', () => {
    expect(facts).toContain('Nora Quist CITIZEN_OF Austria');
  });

  it('"German Sen. Paul Lenz": an abbreviated title is its role noun (WORKS_FOR the country)', () => {
    expect(facts).toContain('Paul Lenz WORKS_FOR Germany');
  });

  it("a country's minister serves it; its prime minister leads it", () => {
    expect(facts).toContain('Karl Huber WORKS_FOR Austria');
    expect(facts).not.toContain('Karl Huber LEADS Austria');
    expect(facts).toContain('Eva Lind LEADS Sweden');
  });

  it('"Ann Ford, of the Boston Tenants Union": a person "of" an organisation works for it', () => {
    expect(facts).toContain('Ann Ford WORKS_FOR Boston Tenants Union');
  });
});

describe('a place in a place, and a government for its country', () => {
  const x = run('syntax/places');
  const facts = triples(x);

  it('"Kyiv, Ukraine": a place, a comma and the country the gazetteer puts it in', () => {
    expect(facts).toContain('Kyiv LOCATED_IN Ukraine');
  });

  it('"Paris, London and Rome" is a list: known places that do not nest relate to nothing', () => {
    expect(facts.filter((f) => f.includes('LOCATED_IN') && f.includes('London'))).toEqual([]);
  });

  it('"Yatsushiro, Japan": a town the gazetteer does not know lies in the known country after it', () => {
    expect(facts).toContain('Yatsushiro LOCATED_IN Japan');
  });

  it('"the US government" acts for the country; "the Danish government" is an organisation', () => {
    expect(facts).toContain('US WARNS Belarus');
    expect(facts).toContain('Danish government SUE Acme Corp');
  });
});

describe('acts put on someone by an accusation verb', () => {
  const facts = triples(run('syntax/accusation'));

  it('a conviction is a finding: no modality', () => {
    expect(facts).toContain('Tom Hale KILLS Ann Ford');
  });

  it('a charge or an arrest is alleged; with no "of", the possessor is the victim', () => {
    expect(facts).toContain('Jim Roe KILLS Eva Lind (alleged)');
    expect(facts).toContain('Paul Marsh KILLS Karl Nagel (alleged)');
  });

  it('an acquittal says nothing of the act', () => {
    expect(facts.filter((f) => f.startsWith('Ben Cole'))).toEqual([]);
  });
});

describe('acronyms spelled out, and names the NER ran together', () => {
  const x = run('entities/acronyms-and-splits');
  const names = x.entities.map((e) => e.name);

  it('"the PRD (Party of the Democratic Revolution)": one organisation, the acronym its alias', () => {
    const party = x.entities.find((e) => e.name === 'Party of the Democratic Revolution');
    expect(party?.type).toBe('ORGANIZATION');
    expect(party?.aliases).toContain('PRD');
    expect(names).not.toContain('Party');
  });

  it('"The Electronic Frontier Foundation (EFF)": the later "The EFF" is the same entity', () => {
    const eff = x.entities.filter((e) => e.name === 'Electronic Frontier Foundation' || e.name === 'EFF');
    expect(eff).toHaveLength(1);
    expect(eff[0]!.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('"Ohio Highway Patrol Officer Jim Lake": an organisation, a title and a person', () => {
    expect(typeOf(x, 'Ohio Highway Patrol')).toBe('ORGANIZATION');
    expect(typeOf(x, 'Jim Lake')).toBe('PERSON');
    expect(triples(x)).toContain('Jim Lake WORKS_FOR Ohio Highway Patrol');
  });

  it('"Jim Lake of Yale University": a person of an organisation', () => {
    expect(typeOf(x, 'Yale University')).toBe('ORGANIZATION');
    expect(names).not.toContain('Jim Lake of Yale University');
  });

  it('"Baton Rouge, La.": a town before its region is a city', () => {
    expect(typeOf(x, 'Baton Rouge')).toBe('CITY');
  });

  it('spellsOut: word starts in order, or a translated name in any order; not any capitalized run', () => {
    expect(spellsOut('COMESA', ['Common', 'Market', 'for', 'East', 'and', 'Southern', 'Africa'])).toBe(true);
    expect(spellsOut('PRD', ['Party', 'of', 'the', 'Democratic', 'Revolution'])).toBe(true);
    expect(spellsOut('EFF', ['Electronic', 'Frontier', 'Foundation'])).toBe(true);
    expect(spellsOut('NATO', ['Warsaw', 'Pact'])).toBe(false);
    expect(spellsOut('EU', ['Ann', 'Ford'])).toBe(false);
  });
});

describe('coreference of a repeated short name', () => {
  it('"US" is the entity named "US" before, not the latest longer name holding the word', () => {
    const { text, annotation } = loadAnnotationFixture('belarus-embassy-closure');
    const x = extractFromAnnotation(text, annotation, {});
    const department = x.entities.find((e) => e.name === 'US State Department');
    expect(department).toBeDefined();
    expect(department!.mentions.map((m) => m.text)).not.toContain('US');
  });
});
