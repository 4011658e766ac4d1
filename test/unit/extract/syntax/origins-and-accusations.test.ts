/**
 * The whole syntax extractor (entities and relations) on real CoreNLP output of sentences written for
 * these tests (test/fixtures/annotations/{syntax,entities}/*.txt, recorded by `npm run
 * record:annotations`; never news-dev or CoNLL04 text). Each test names the rule it pins.
 */
import { extractFromAnnotation } from '../../../../src/extract/syntax';
import { spellsOut } from '../../../../src/extract/syntax/entities/names';
import type { Extraction } from '../../../../src/extract/types';
import type { Annotation } from '../../../../src/nlp/annotation';
import { viewOf } from '../../../../src/extract/syntax/entities/document';
import { loadAnnotationFixture } from '../../../helpers/annotation-fixtures';
import { handParse } from '../../../helpers/hand-parse';
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

/** The extractor's own coreference chains (a hand parse's CoreNLP chains dropped), each as "a,b,c". */
function ownChains({ text, annotation }: { text: string; annotation: Annotation }): string[] {
  const { corefs: _none, ...plain } = annotation;
  return Object.values(viewOf(plain, text).chains).map((chain) => chain.map((m) => m.text).join(','));
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

describe('pronouns around quotations and clauses', () => {
  const x = run('syntax/quotes-and-pronouns');
  const facts = triples(x);
  it('a statement keeps its demonstrative subject and loses a leading phrase cut in half', () => {
    expect(facts).toContain('Karl Marsh STATES the plan looked like a sensible choice');
  });
});

describe('"It" after a sentence about a thing that names no entity', () => {
  const x = run('syntax/unnamed-it');
  it('stays unresolved rather than falling to a name further off', () => {
    const screenweek = x.entities.find((e) => e.name === 'Screenweek');
    expect(screenweek?.mentions.map((m) => m.text)).toEqual(['Screenweek']);
    expect(triples(x).filter((f) => f.startsWith('Screenweek WIN'))).toEqual([]);
  });
});

describe('hand-parsed: a pronoun the parser made an object, and a quotation left open at a paragraph break', () => {
  it('"X has announced it is launching ..." (obj(announced, it), dep(announced, launching)): "it" may be X', () => {
    // Nordwind has announced it is launching a phone service.
    const { text, annotation } = handParse([
      'Nordwind NNP Nordwind ORGANIZATION 3 nsubj',
      'has VBZ have O 3 aux',
      'announced VBN announce O 0 root',
      'it PRP it O 3 obj',
      'is VBZ be O 6 aux',
      'launching VBG launch O 3 dep',
      'a DT a O 9 det',
      'phone NN phone O 9 compound',
      'service NN service O 6 obj',
      '. . . O 3 punct',
    ]);
    expect(ownChains({ text, annotation })).toContain('Nordwind,it');
  });

  it('a blank line in the text ends an open quotation even when the last token keeps only one "\\n"', () => {
    // "He will be missed.  (a quotation whose closing mark the writer left for the next paragraph)
    //
    // Karl Marsh said it.
    const first = handParse([
      '" `` " O 3 punct',
      'He PRP he O 3 nsubj:pass',
      'missed VBN miss O 0 root',
      '. . . O 3 punct',
    ]);
    const second = handParse([
      'Karl NNP Karl PERSON 2 compound',
      'Marsh NNP Marsh PERSON 3 nsubj',
      'said VBD say O 0 root',
      'it PRP it O 3 obj',
      '. . . O 3 punct',
    ]);
    const shift = first.text.length + 2;
    const s0 = first.annotation.sentences[0]!;
    const s1 = second.annotation.sentences[0]!;
    const annotation: Annotation = {
      sentences: [
        { ...s0, tokens: s0.tokens.map((t, i, all) => (i === all.length - 1 ? { ...t, after: '\n' } : t)) },
        {
          ...s1,
          index: 1,
          tokens: s1.tokens.map((t, i) => ({
            ...t,
            before: i === 0 ? '\n' : t.before,
            characterOffsetBegin: t.characterOffsetBegin + shift,
            characterOffsetEnd: t.characterOffsetEnd + shift,
          })),
        },
      ],
    };
    const view = viewOf(annotation, `${first.text}\n\n${second.text}`);
    expect(view.sentences[0]!.inQuote[2]).toBe(true);
    expect(view.sentences[1]!.inQuote.slice(1)).toEqual([false, false, false, false, false]);
  });
});

describe('a dateline, and a name with a capitalized common noun', () => {
  const x = run('syntax/dateline-and-names');
  it('"LISBON, Portugal (AP) _": the agency REPORTS_FROM the first place', () => {
    expect(triples(x)).toContain('AP REPORTS_FROM LISBON');
  });
  it('"Pop Idol" (Pop tagged NN): the capitalized noun compounding the proper noun belongs to the name', () => {
    expect(x.entities.map((e) => e.name)).toContain('Pop Idol');
    expect(x.entities.map((e) => e.name)).not.toContain('Idol');
  });
});

describe('hand-parsed: descriptions', () => {
  it('"the service" is no description of the organisation before it; "the company" is', () => {
    const chainsOf = (noun: string) => {
      // Acme Corp said the <noun> would close.
      return ownChains(
        handParse([
          'Acme NNP Acme ORGANIZATION 2 compound',
          'Corp NNP Corp ORGANIZATION 3 nsubj',
          'said VBD say O 0 root',
          'the DT the O 5 det',
          `${noun} NN ${noun} O 7 nsubj`,
          'would MD would O 7 aux',
          'close VB close O 3 ccomp',
          '. . . O 3 punct',
        ]),
      );
    };
    expect(chainsOf('company')).toContain('Acme Corp,the company');
    expect(chainsOf('service').some((chain) => chain.includes('service'))).toBe(false);
  });
});

describe('"at" an organisation, "from" a place, a place "in" a place', () => {
  const facts = triples(run('syntax/at-and-from'));
  it('"Ann Ford at the Boston Optics Laboratory": WORKS_FOR', () => {
    expect(facts).toContain('Ann Ford WORKS_FOR Boston Optics Laboratory');
  });
  it('"Mrs. Lind is from Yatsushiro": LIVES_IN; "Yatsushiro in Kumamoto Prefecture": LOCATED_IN', () => {
    expect(facts).toContain('Lind LIVES_IN Yatsushiro');
    expect(facts).toContain('Yatsushiro LOCATED_IN Kumamoto Prefecture');
  });
});

describe('the speaker of a quotation after a reported statement', () => {
  it('"X said Y had been loyal. "He is ... I know ...," he said": "he" and "I" are X, "He" is Y', () => {
    const x = run('syntax/speaker-continuity');
    const mentions = (name: string) =>
      x.entities.find((e) => e.name === name)?.mentions.map((m) => `${m.text}@${m.sentence}`) ?? [];
    expect(mentions('Karl Marsh')).toEqual(['Karl Marsh@2', 'I@3', 'he@4']);
    expect(mentions('Tom Lake')).toContain('He@3');
  });
});
