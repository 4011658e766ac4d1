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

  it('every predicate is a valid relationship type, no self-loops, one relation per triple', () => {
    for (const name of [
      'passive',
      'negation',
      'nominalization',
      'title',
      'relcl',
      'coordination',
      'reported',
      'control',
    ]) {
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
