/**
 * The syntax extractor's entity stage on real CoreNLP annotations of short texts written for these tests
 * (test/fixtures/annotations/entities/<name>.txt and .json, recorded with /tmp-free defaults: the
 * project's CoreNLP properties). No news-dev or CoNLL04 dev text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../../../../src/nlp/annotation';
import { extractFromAnnotation, syntaxInput } from '../../../../../src/extract/syntax';
import { buildEntityTable } from '../../../../../src/extract/syntax/entities';
import { decodeEntities } from '../../../../../src/extract/syntax/entities/html';
import { parseMoney, resolveTimex } from '../../../../../src/extract/syntax/entities/numeric';
import type { ExtractedEntity, Extraction } from '../../../../../src/extract/types';

const DIR = path.join(__dirname, '..', '..', '..', '..', 'fixtures', 'annotations', 'entities');

function fixture(name: string): { text: string; annotation: Annotation } {
  return {
    text: readFileSync(path.join(DIR, `${name}.txt`), 'utf8'),
    annotation: JSON.parse(readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as Annotation,
  };
}

function run(name: string, date?: string): Extraction {
  const { text, annotation } = fixture(name);
  return extractFromAnnotation(text, annotation, date === undefined ? {} : { date });
}

function entity(extraction: Extraction, name: string): ExtractedEntity {
  const found = extraction.entities.find((e) => e.name === name);
  if (found === undefined)
    throw new Error(`no entity "${name}" in ${extraction.entities.map((e) => e.name).join(', ')}`);
  return found;
}

describe('syntax entities: names', () => {
  const x = run('names-money', '2026-11-25');

  it('keeps names whole across hyphens and HTML references', () => {
    expect(entity(x, 'Rolls-Royce').type).toBe('ORGANIZATION');
    expect(entity(x, 'Jean-Luc Moreau').type).toBe('PERSON');
    expect(entity(x, 'Smith-Okafor Media').type).toBe('ORGANIZATION');
    const hollande = entity(x, 'François Hollande');
    expect(hollande.type).toBe('PERSON');
    expect(hollande.mentions[0]!.text).toBe('Fran&ccedil;ois Hollande');
    expect(x.entities.map((e) => e.name)).not.toContain('Franç');
  });

  it('makes a title an attribute of the person, never a node, and marks where it starts', () => {
    const tellen = entity(x, 'Mark Tellen');
    expect(tellen.attributes.title).toBe('chief executive');
    const { text } = fixture('names-money');
    const mention = tellen.mentions[0]!;
    expect(text.slice(mention.titleStart!, mention.end)).toBe('chief executive Mark Tellen');
    expect(x.entities.map((e) => e.name.toLowerCase())).not.toContain('chief executive');
  });

  it('types organisations by context ("The firm Nordwind", "Shares in Apple")', () => {
    expect(entity(x, 'Nordwind').type).toBe('ORGANIZATION');
    expect(entity(x, 'Apple').type).toBe('ORGANIZATION');
    expect(entity(x, 'Paris').type).toBe('CITY');
  });

  it('normalizes money with magnitude and currency, and keeps 4.5% apart from 45%', () => {
    const dollars = x.entities.find((e) => e.id === 'money:usd-2000000000');
    expect(dollars).toMatchObject({ name: 'USD 2 billion', type: 'MONEY', aliases: ['$2bn'] });
    expect(dollars!.attributes).toMatchObject({ value: 2e9, currency: 'USD' });
    const pounds = x.entities.find((e) => e.id === 'money:gbp-10600000');
    expect(pounds?.attributes).toMatchObject({ value: 10_600_000, currency: 'GBP' });
    const percents = x.entities.filter((e) => e.type === 'QUANTITY').map((e) => e.id);
    expect(percents).toEqual(expect.arrayContaining(['quantity:4-5-percent', 'quantity:45-percent']));
  });

  it('resolves a weekday against the article date', () => {
    const monday = x.entities.find((e) => e.type === 'DATE');
    expect(monday).toMatchObject({ id: 'date:2026-11-23', name: '2026-11-23' });
    expect(monday!.mentions[0]!.text).toBe('Monday');
  });
});

describe('syntax entities: coreference, surnames, demonyms', () => {
  const x = run('coref-demonyms');

  it('joins a surname to the full name and brings the pronoun as a coref mention', () => {
    const archer = entity(x, 'Simone Archer');
    expect(archer.aliases).toContain('Archer');
    expect(archer.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Archer', 'she']));
    expect(x.entities.filter((e) => /archer/i.test(e.name))).toHaveLength(1);
  });

  it('reads a demonym as its country only as a modifier, and with an institution noun as that body', () => {
    expect(entity(x, 'Belarus').type).toBe('COUNTRY');
    expect(entity(x, 'Belarusian government').type).toBe('ORGANIZATION');
    expect(x.entities.map((e) => e.name)).not.toContain('Welsh');
  });

  it('exposes each mention with its dependency head inside the span', () => {
    const { text, annotation } = fixture('coref-demonyms');
    const table = buildEntityTable(annotation, text, {});
    for (const e of table.entities) {
      for (const m of e.mentions) {
        expect(m.head).toBeGreaterThanOrEqual(m.first);
        expect(m.head).toBeLessThanOrEqual(m.last);
        const deps = annotation.sentences[m.sentence]!.basicDependencies!;
        const governor = deps.find((d) => d.dependent === m.head)!.governor;
        expect(governor >= m.first && governor <= m.last).toBe(false);
        if (m.source !== 'coref') expect(table.entityAt({ sentence: m.sentence, token: m.head })).toBe(e);
      }
    }
    const archer = table.entities.find((e) => e.name === 'Simone Archer')!;
    expect(archer.mentions.some((m) => m.source === 'coref')).toBe(true);
  });
});

describe('syntax entities: quotations', () => {
  it('gives "me" inside a quote to its speaker ("said Lopez") and not to the next sentence\'s speaker', () => {
    const x = run('quote');
    const lopez = entity(x, 'Maria Lopez');
    expect(lopez.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['her', 'me', 'Lopez']));
    expect(entity(x, 'Peter Brandt').mentions.map((m) => m.text)).not.toContain('me');
  });
});

describe('syntax entities: helpers', () => {
  it('decodes HTML references', () => {
    expect(decodeEntities('Fran&ccedil;ois &amp; Ren&eacute;e &#233;&#xe9;')).toBe('François & Renée éé');
    expect(decodeEntities('no &bogus; here')).toBe('no &bogus; here');
  });

  it('parses money from the surface when CoreNLP drops the magnitude after a pound sign', () => {
    expect(parseMoney('£10.6m', '£10.6')).toEqual({ value: 10_600_000, currency: 'GBP' });
    expect(parseMoney('8.16 million euros', '€8160000.0')).toEqual({ value: 8_160_000, currency: 'EUR' });
    expect(parseMoney('$300m', '$3.0E8')).toEqual({ value: 300_000_000, currency: 'USD' });
    expect(parseMoney('300m', undefined)).toBeUndefined();
  });

  it('gives no amount to "trillions of dollars" (2026-12-02.49), though the NER normalizes one', () => {
    expect(parseMoney('trillions of dollars', '$1.0E12')).toBeUndefined();
    expect(parseMoney('hundreds of millions of pounds', '£1.0E8')).toBeUndefined();
    expect(parseMoney('a million dollars', '$1000000.0')).toEqual({ value: 1_000_000, currency: 'USD' });
    expect(parseMoney('$2bn', '$2.0E9')).toEqual({ value: 2_000_000_000, currency: 'USD' });
  });

  it('resolves SUTime values', () => {
    expect(resolveTimex('XXXX-WXX-1', '2026-11-25')).toEqual({ value: '2026-11-23', granularity: 'day' });
    expect(resolveTimex('XXXX-WXX-3', '2026-11-25')).toEqual({ value: '2026-11-25', granularity: 'day' });
    expect(resolveTimex('XXXX-WXX-1', null)).toBeUndefined();
    expect(resolveTimex('2004-12', null)).toEqual({ value: '2004-12', granularity: 'month' });
    expect(resolveTimex('THIS P1W OFFSET P-1W INTERSECT 2004-12-14', null)).toEqual({
      value: '2004-12-14',
      granularity: 'day',
    });
  });
});

describe('syntax entities: apposition', () => {
  it('takes a definite description in apposition as an alias, and counts with their noun', () => {
    const x = run('appos', '2026-11-26');
    const nordwind = entity(x, 'Nordwind');
    expect(nordwind.type).toBe('ORGANIZATION');
    expect(nordwind.aliases).toContain('the Welsh firm');
    expect(x.entities.find((e) => e.id === 'money:eur-45000000')?.name).toBe('EUR 45 million');
    expect(x.entities.find((e) => e.type === 'QUANTITY')?.attributes).toEqual({ unit: 'worker', value: 300 });
    expect(x.entities.find((e) => e.type === 'DATE')?.id).toBe('date:2026-11-24');
  });
});

describe('syntax entities: entity linking', () => {
  it("keeps the linker's Wikipedia title as a wikipedia attribute when the annotation has one", () => {
    const { text, annotation } = fixture('appos');
    const linked = JSON.parse(JSON.stringify(annotation)) as {
      sentences: { entitymentions?: { text: string; entitylink?: string }[] }[];
    };
    for (const m of linked.sentences[0]!.entitymentions ?? []) {
      if (m.text === 'Nordwind') m.entitylink = 'Nordwind_(company)';
    }
    const x = extractFromAnnotation(text, linked as unknown as Annotation, {});
    expect(entity(x, 'Nordwind').attributes.wikipedia).toBe('Nordwind_(company)');
    expect(entity(x, 'Calder Mills').attributes.wikipedia).toBeUndefined();
  });
});

describe('syntax entities: titles of works and roles in apposition', () => {
  const x = run('quoted-titles');

  it('reads a band named by its org noun whole, drops a quoted title-cased work, keeps a place in a quote', () => {
    expect(entity(x, 'Harbour Lights').type).toBe('ORGANIZATION');
    // The work is no name (no person, organisation or place), at most the phrase object of "released".
    const work = x.entities.filter((e) => /Golden|Nights/.test(e.name));
    expect(work.map((e) => e.type).filter((type) => type !== 'CONCEPT')).toEqual([]);
    expect(entity(x, 'Lisbon').type).toBe('CITY');
  });

  it('gives a person named in apposition to a role that role as title', () => {
    expect(entity(x, 'Ana Ruiz').attributes.title).toBe('singer');
  });
});

describe('syntax entities: glued names, places in one NER span, outlets, seats of government', () => {
  // Recorded from the text the corenlp analyzer sends: syntaxInput() splits "PortugalNorway".
  const { text, annotation } = fixture('glued-places');
  const x = extractFromAnnotation(text, annotation, {});

  it('splits glued names and maps every offset back to the text as given', () => {
    for (const name of ['Spain', 'Portugal', 'Norway', 'Greece', 'Canada'])
      expect(entity(x, name).type).toBe('COUNTRY');
    expect(x.entities.map((e) => e.name)).not.toContain('Portugal Norway');
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const s of x.article.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(entity(x, 'Norway').mentions[0]).toMatchObject({ start: text.indexOf('Norway'), text: 'Norway' });
  });

  it('sends a text with no glued names as it is', () => {
    expect(syntaxInput(text).text).not.toBe(text);
    expect(syntaxInput('Spain and Norway met.').text).toBe('Spain and Norway met.');
  });

  it('types a seat of government as an organisation, a former country as a country, a web address as an outlet', () => {
    expect(entity(x, 'Kremlin').type).toBe('ORGANIZATION');
    expect(entity(x, 'Soviet Union').type).toBe('COUNTRY');
    expect(entity(x, 'TechDaily.com').type).toBe('ORGANIZATION');
  });
});

describe('syntax entities: organisation variants', () => {
  // A shorter name met first ("the Harlow Water Board") absorbs the one longer name that extends it; the
  // longer group, merged away in the same loop, was then read without drafts and the extraction threw.
  it('joins a name with its one longer variant, whichever comes first, without throwing', () => {
    const x = run('org-variants');
    const board = entity(x, 'Harlow Water Board Trust');
    expect(board.type).toBe('ORGANIZATION');
    expect(board.aliases).toContain('Harlow Water Board');
    expect(x.entities.filter((e) => e.name === 'Harlow Water Board')).toEqual([]);
  });
});

describe('syntax entities: a first name alone', () => {
  // Syntax extractor 2026-12-02.45: "Lucia" in a quote after "Lucia Ferrante" is the one person of the
  // article with that first name; when two share it ("Maria Lopez", "Maria Ortiz"), "Maria" joins neither.
  const x = run('first-name-alone');

  it('joins the one full name it begins', () => {
    expect(entity(x, 'Lucia Ferrante').aliases).toContain('Lucia');
    expect(x.entities.filter((e) => e.name === 'Lucia')).toEqual([]);
  });

  it('never joins two people who share it', () => {
    expect(entity(x, 'Maria Lopez').aliases ?? []).not.toContain('Maria');
    expect(entity(x, 'Maria Ortiz').aliases ?? []).not.toContain('Maria');
    expect(entity(x, 'Maria').type).toBe('PERSON');
  });
});

describe('syntax entities: a name that opens a sentence', () => {
  // Syntax extractor 2026-12-02.52: "Wasps have signed ..." (Wasps/NNS, no NER label) is the club named
  // "Wasps" inside the next sentence; "Bears", a name nowhere else, stays a common noun.
  const x = run('sentence-initial-name');
  const name = (id: string): string | undefined => x.entities.find((e) => e.id === id)?.name;

  it('is the name the same word is elsewhere in the article', () => {
    const signs = x.relations
      .filter((r) => r.predicate === 'SIGNS')
      .map((r) => `${name(r.subject)} > ${name(r.object)}`);
    expect(signs).toEqual(['Wasps > Conor Dunne']);
    expect(entity(x, 'Wasps').type).toBe('ORGANIZATION');
  });

  it('stays a common noun when no sentence names it', () => {
    expect(x.entities.filter((e) => /bears|hikers/i.test(e.name))).toEqual([]);
  });
});

describe('syntax entities: "the Labs" for the one organisation named "... Labs"', () => {
  // Syntax extractor 2026-12-02.53: the head word after "the" (Labs/NNS, no NER label) is a short form of
  // the one organisation whose name ends with it, and the possessor of the title after it.
  const x = run('org-head-short-form');
  const name = (id: string): string | undefined => x.entities.find((e) => e.id === id)?.name;

  it('joins the organisation', () => {
    expect(entity(x, 'Northfield Research Labs').aliases).toContain('Labs');
    expect(x.entities.filter((e) => e.name === 'Labs')).toEqual([]);
  });

  it('owns the title of the person in apposition', () => {
    const roles = x.relations
      .filter((r) => name(r.subject) === 'Anna Weiss' && r.predicate !== 'STATES')
      .map((r) => `${r.predicate} ${name(r.object)}`);
    expect(roles).toEqual(['LEADS Northfield Research Labs']);
  });
});

describe('syntax entities: the firm named before the founder who bears its name', () => {
  // Syntax extractor 2026-12-02.63: "Dunmore will pay ..." after "Dunmore Foods" and before "Eric Dunmore"
  // (the NER's person) is the firm; the descriptions after it ("the company") are the firm too.
  const x = run('firm-before-founder');
  const name = (id: string): string | undefined => x.entities.find((e) => e.id === id)?.name;

  it('joins the short name to the firm, not to the founder named later', () => {
    expect(entity(x, 'Dunmore Foods').aliases).toContain('Dunmore');
    expect(entity(x, 'Eric Dunmore').aliases ?? []).not.toContain('Dunmore');
  });

  it('gives the firm its acts', () => {
    const acts = x.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
    expect(acts).toContain('Dunmore Foods PAY special dividend');
    expect(acts).toContain('Dunmore Foods SELL_UNIT_TO Vantor Group');
    expect(acts.filter((a) => a.startsWith('Eric Dunmore'))).toEqual([]);
  });
});
