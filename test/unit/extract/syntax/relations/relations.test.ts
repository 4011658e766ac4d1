/**
 * The relation stage on real CoreNLP output: short sentences written for these tests (never news-dev or
 * CoNLL04 text), annotated by the CoreNLP 4.5.10 server with the project's properties and recorded in
 * test/fixtures/annotations/syntax/. Each test names the rule it pins: removing the rule fails it.
 */
import { readRelations, type SyntaxRelation } from '../../../../../src/extract/syntax/relations';
import { choosePredicate } from '../../../../../src/extract/syntax/relations/predicate-chooser';
import { confidenceFromFeatures, WEIGHTS } from '../../../../../src/extract/syntax/relations/confidence';
import { PREDICATE_PATTERN } from '../../../../../src/vocabulary/predicates';
import { loadFixture } from './fixture-table';

interface Triple {
  readonly s: string;
  readonly p: string;
  readonly o: string;
  readonly relation: SyntaxRelation;
}

function triples(name: string): Triple[] {
  const { text, annotation, table } = loadFixture(name);
  return readRelations(annotation, table, text).map((relation) => ({
    s: table.entities[relation.subject]!.name,
    p: relation.predicate,
    o:
      relation.object !== undefined
        ? table.entities[relation.object]!.name
        : `[${relation.objectPhrase!.text}]`,
    relation,
  }));
}

const FIXTURES = [
  'passive',
  'negation',
  'nominalization',
  'title',
  'relcl',
  'coordination',
  'reported',
  'control',
  'prep-scheme',
  'object-noun',
  'indirect-object',
  'neither-nor',
  'role-as',
  'include',
  'partitive',
  'plan-noun',
  'kinship',
  'addressee',
  'comitative',
  'including',
  'according',
  'participle-chain',
  'renamed',
  'purpose',
  'stand-in',
];

function find(list: readonly Triple[], s: string, p: string, o: string): Triple | undefined {
  return list.find((t) => t.s === s && t.p === p && t.o === o);
}

describe('readRelations on recorded CoreNLP parses', () => {
  it('passive with an agent: the agent is the subject, and the DATE dates the fact', () => {
    const list = triples('passive');
    const t = find(list, 'General Electric', 'ACQUIRES', 'Helvetia Holdings');
    expect(t).toBeDefined();
    expect(t!.relation.construction).toBe('passive');
    expect(t!.relation.date).toBe('2019');
    expect(list.some((x) => x.o === '2019')).toBe(false);
    expect(find(list, 'Helvetia Holdings', 'ACQUIRES', 'General Electric')).toBeUndefined();
  });

  it('negation read from the tree ("did not congratulate")', () => {
    const t = find(triples('negation'), 'Carla Mendes', 'CONGRATULATE', 'Victor Hale');
    expect(t?.relation.negated).toBe(true);
  });

  it('nominalization: "X\'s acquisition of Y"', () => {
    const t = find(triples('nominalization'), 'Microsoft', 'ACQUIRES', 'Nokia');
    expect(t?.relation.construction).toBe('nominalization');
  });

  it('titles: an apposition ("P, a O spokesperson") and a title before the name ("O chief executive P")', () => {
    const list = triples('title');
    expect(find(list, 'Laura Finch', 'WORKS_FOR', 'Siemens')?.relation.construction).toBe('apposition');
    expect(find(list, 'Omar Diallo', 'LEADS', 'Siemens')?.relation.construction).toBe('title');
  });

  it('relative clause: "O, which bought X" gives O the subject', () => {
    const list = triples('relcl');
    expect(find(list, 'Reuters', 'ACQUIRES', 'Kestrel Radio')?.relation.construction).toBe('relative-clause');
    expect(find(list, 'Reuters', 'ACQUIRES', 'Kestrel Radio')?.relation.date).toBe('2020');
  });

  it('coordination: both conjoined subjects found the company; the place is a prepositional object', () => {
    const list = triples('coordination');
    expect(find(list, 'Tomas Berg', 'FOUND', 'Lumen Labs')).toBeDefined();
    expect(find(list, 'Ana Ruiz', 'FOUND', 'Lumen Labs')).toBeDefined();
    expect(find(list, 'Tomas Berg', 'FOUND_IN', 'Oslo')).toBeDefined();
    expect(find(list, 'Tomas Berg', 'FOUND', 'Ana Ruiz')).toBeUndefined();
  });

  it("reported speech: the clause's fact is attributed to the speaker, who STATES the clause", () => {
    const list = triples('reported');
    const hired = find(list, 'Barclays', 'HIRE', 'Nina Cole');
    expect(hired).toBeDefined();
    expect(hired!.relation.attributedTo).toBeDefined();
    const { table } = loadFixture('reported');
    expect(table.entities[hired!.relation.attributedTo!]!.name).toBe('Peter Vance');
    const states = list.find((t) => t.s === 'Peter Vance' && t.p === 'STATES');
    expect(states?.relation.objectPhrase?.text).toBe('Barclays had hired Nina Cole');
  });

  it('control verb: "plans to acquire" is ACQUIRES with modality "plan"', () => {
    const t = find(triples('control'), 'Toyota', 'ACQUIRES', 'Daihatsu');
    expect(t?.relation.modality).toBe('plan');
    expect(t?.relation.construction).toBe('control');
  });

  it('prepositional objects: the object noun joins the predicate when it names no entity', () => {
    const ban = triples('prep-scheme');
    expect(find(ban, 'European Union', 'IMPOSE_BAN_ON', 'Belarus')).toBeDefined();
    expect(ban.some((t) => t.s === 'European Union' && t.p === 'IMPOSE' && t.relation.objectPhrase)).toBe(
      true,
    );
    expect(find(triples('object-noun'), 'Kraft', 'SIGN_CONTRACT_WITH', 'Unilever')).toBeDefined();
  });

  it('an indirect object is an object ("fined X $50,000")', () => {
    expect(find(triples('indirect-object'), 'UEFA', 'FINE', 'Chelsea')).toBeDefined();
  });

  it('"neither X nor Y agreed to back the project" negates both subjects\' facts', () => {
    const list = triples('neither-nor').filter((t) => t.p === 'SUPPORTS');
    expect(list.map((t) => t.s).sort()).toEqual(['Amazon', 'Google']);
    expect(list.every((t) => t.relation.negated)).toBe(true);
  });

  it('a role reached through "as": "serve as an adviser to O" is WORKS_FOR O', () => {
    expect(find(triples('role-as'), 'Maria Lopez', 'WORKS_FOR', 'Oxfam')).toBeDefined();
  });

  it('"X\'s clients include Y" gives Y -CLIENT_OF-> X', () => {
    expect(find(triples('include'), 'Adele', 'CLIENT_OF', 'Sony')?.relation.construction).toBe('possessive');
  });

  it('a part names the whole: "bought 40% of O" acquires O', () => {
    expect(find(triples('partitive'), 'Nestle', 'ACQUIRES', 'Starbucks')).toBeDefined();
  });

  it('"has no plans to close X": the holder of the plan, negated, modality plan', () => {
    const t = find(triples('plan-noun'), 'Tesco', 'CLOSES', 'Asda');
    expect(t?.relation.negated).toBe(true);
    expect(t?.relation.modality).toBe('plan');
  });

  it('a kinship noun before a name: "X\'s brother Y" gives Y -BROTHER_OF-> X, and Y is the subject', () => {
    const list = triples('kinship');
    expect(find(list, 'Pedro Ruiz', 'BROTHER_OF', 'Madonna')).toBeDefined();
    expect(find(list, 'Pedro Ruiz', 'JOINS', 'Chelsea')).toBeDefined();
    expect(list.some((t) => t.p === 'WORKS_FOR')).toBe(false);
  });

  it('a saying verb\'s addressee is the organization its noun stands for ("told the Guardian website")', () => {
    expect(find(triples('addressee'), 'Peter Vance', 'TELL', 'Guardian')).toBeDefined();
  });

  it('a partner of the same kind does the act too: "X founded O with Y"', () => {
    const list = triples('comitative');
    expect(find(list, 'Sergey Brin', 'FOUND', 'Google')?.relation.construction).toBe('comitative');
    expect(find(list, 'Larry Page', 'FOUND', 'Google')).toBeDefined();
  });

  it('members listed by "including" are objects, and leave the phrase', () => {
    const list = triples('including');
    expect(find(list, 'Microsoft', 'HIRE', 'Linus Torvalds')).toBeDefined();
    expect(find(list, 'Microsoft', 'HIRE', 'Guido van Rossum')).toBeDefined();
    expect(list.some((t) => t.relation.objectPhrase?.text.includes('including'))).toBe(false);
  });

  it('"according to X": X reports the clause, which is attributed to X', () => {
    const list = triples('according');
    const report = list.find((t) => t.s === 'Reuters' && t.p === 'REPORT');
    expect(report?.relation.objectPhrase?.text).toBe('Apple bought Beats for three billion dollars');
    expect(list.filter((t) => t.s === 'Apple').every((t) => t.relation.attributedTo !== undefined)).toBe(
      true,
    );
  });

  it('a gerund parsed as a nominal takes the main clause\'s subject: "after deciding to buy X"', () => {
    const t = find(triples('participle-chain'), 'Chelsea', 'ACQUIRES', 'Michael Ballack');
    expect(t?.relation.construction).toBe('control');
    expect(t?.relation.modality).toBe('decided');
  });

  it('a passive\'s second object: "X will be renamed Y"', () => {
    expect(find(triples('renamed'), 'Philip Morris', 'RENAMED', 'Altria Group')).toBeDefined();
  });

  it('"beat X to win Y" is the subject\'s purpose, not X\'s act (beat is no object-control verb)', () => {
    const list = triples('purpose');
    expect(find(list, 'Nadal', 'WIN', 'French Open')).toBeDefined();
    expect(find(list, 'Djokovic', 'WIN', 'French Open')).toBeUndefined();
  });

  it('a noun standing for the organization named before it: "her O company" is O', () => {
    const list = triples('stand-in');
    expect(find(list, 'Maria Lopez', 'SELL', 'Lumen Labs')).toBeDefined();
    expect(find(list, 'Maria Lopez', 'SELL_TO', 'Siemens')).toBeDefined();
  });

  it('every predicate is a valid relationship type, no self-loops, one relation per triple', () => {
    for (const name of FIXTURES) {
      const list = triples(name);
      const keys = list.map((t) => `${t.relation.subject}|${t.p}|${t.relation.object ?? t.o}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const t of list) {
        expect(t.p).toMatch(PREDICATE_PATTERN);
        expect(t.relation.subject).not.toBe(t.relation.object);
        expect(t.relation.evidence.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('PredicateChooser', () => {
  const base = {
    particle: '',
    objectNoun: '',
    preposition: '',
    construction: 'active',
    objectIsContent: false,
  };

  it('maps verbs through the vocabulary and keeps an unknown lemma', () => {
    expect(choosePredicate({ ...base, lemma: 'buy' })).toBe('ACQUIRES');
    expect(choosePredicate({ ...base, lemma: 'fine' })).toBe('FINE');
    expect(choosePredicate({ ...base, lemma: 'shut', particle: 'down' })).toBe('CLOSES');
  });

  it("reads a support verb's object noun and joins a preposition to an unknown verb", () => {
    expect(choosePredicate({ ...base, lemma: 'impose', objectNoun: 'sanction', preposition: 'on' })).toBe(
      'SANCTIONS',
    );
    expect(choosePredicate({ ...base, lemma: 'impose', objectNoun: 'ban', preposition: 'on' })).toBe(
      'IMPOSE_BAN_ON',
    );
    expect(choosePredicate({ ...base, lemma: 'split', preposition: 'from' })).toBe('SPLIT_FROM');
  });

  it('a saying verb is STATES only for what was said', () => {
    expect(choosePredicate({ ...base, lemma: 'tell' })).toBe('TELL');
    expect(choosePredicate({ ...base, lemma: 'tell', objectIsContent: true })).toBe('STATES');
  });
});

describe('confidence', () => {
  const plain = {
    construction: 'active',
    subjectNer: 0.99,
    objectNer: 0.99,
    pathLength: 2,
    pronounSubject: false,
    phraseObject: false,
    knownPredicate: true,
    negated: false,
    modal: false,
    reported: false,
  };

  it('is a logistic score in 0..1 that falls with weaker evidence', () => {
    const strong = confidenceFromFeatures(plain);
    expect(strong).toBeGreaterThan(0.5);
    expect(strong).toBeLessThan(1);
    expect(confidenceFromFeatures({ ...plain, pronounSubject: true })).toBeLessThan(strong);
    expect(confidenceFromFeatures({ ...plain, pathLength: 4 })).toBeLessThan(strong);
    expect(confidenceFromFeatures({ ...plain, subjectNer: 0.5 })).toBeLessThan(strong);
  });

  it('takes its weights as a parameter (the calibration hook)', () => {
    expect(confidenceFromFeatures(plain, { ...WEIGHTS, bias: -20 })).toBeLessThan(0.01);
  });
});
