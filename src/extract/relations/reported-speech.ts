/**
 * Reported speech: "X said (that) S", "S, X said", "“S,” the official said". The facts read in S are
 * attributed to X, and X ANNOUNCES (a decision, a future act) or STATES the event S names, when S's verb
 * has a noun for its act ("will close its embassy in Minsk" -> "closure of the US embassy in Minsk").
 */
import { NOMINALIZATIONS } from '../lexicon/events';
import type { EntityDraft, MentionDraft } from '../model';
import type { SentenceSpan, Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';
import type { RelationDraft } from './model';
import type { ClauseReading } from './verbal';

const REPORTING_LEMMAS = new Set([
  'say',
  'tell',
  'state',
  'add',
  'claim',
  'announce',
  'declare',
  'report',
  'confirm',
  'insist',
  'warn',
  'note',
  'explain',
  'argue',
  'acknowledge',
  'admit',
  'write',
  'reveal',
  'estimate',
  'believe',
  'predict',
  'stress',
  'indicate',
  'allege',
  'assert',
  'tweet',
  'suggest',
  'learn',
]);
const ANNOUNCING_LEMMAS = new Set(['announce', 'declare', 'unveil', 'proclaim']);
const FUTURE_MODALITIES = new Set(['will', 'planned', 'promised']);

export interface EventFactory {
  /** The event entity with this head and patient, created when the article has none yet. */
  event(name: string, head: string, patient: number, mention: MentionDraft): EntityDraft;
}

export function readReportedSpeech(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  readings: readonly ClauseReading[],
  events: EventFactory,
): RelationDraft[] {
  const added: RelationDraft[] = [];
  for (const reading of readings) {
    const speaker = reading.subjects[0];
    if (speaker === undefined || !REPORTING_LEMMAS.has(reading.group.lemma)) continue;
    const content = contentOf(index, sentence, reading, readings);
    if (content.length === 0) continue;
    for (const inner of content)
      for (const relation of inner.relations) relation.attributedTo ??= speaker.entity;
    const main = content.flatMap((c) => c.relations).find((r) => NOMINALIZATIONS[lemmaOf(r)] !== undefined);
    if (main === undefined) continue;
    const event = reportedEvent(index, main, events);
    const announces =
      ANNOUNCING_LEMMAS.has(reading.group.lemma) || FUTURE_MODALITIES.has(main.modality ?? '');
    added.push(...eventArguments(event, main, speaker.entity));
    added.push({
      subject: speaker,
      predicate: announces ? 'ANNOUNCES' : 'STATES',
      object: { entity: event.index, span: main.trigger, via: 'mention' },
      sentence: sentence.index,
      negated: reading.group.negated,
      modality: reading.group.modality,
      construction: 'reported-speech',
      base: 0.75,
      trigger: triggerOf(index, reading),
      known: true,
    });
  }
  return added;
}

/** The clauses S of "X said S" (after the verb) or of "S, X said" (before the speaker). */
function contentOf(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  reading: ClauseReading,
  readings: readonly ClauseReading[],
): ClauseReading[] {
  const tokens = index.analysed.tokens;
  const speakerStart = Math.min(...reading.subjects.map((s) => s.span.start));
  const before = readings.filter(
    (r) => r !== reading && (tokens[r.group.last - 1] as Token).end <= speakerStart,
  );
  if (before.length > 0 && setOffBefore(tokens, sentence, speakerStart)) return before;
  return readings.filter((r) => r.group.first >= reading.group.last);
}

/** "S, Secretary of State X said": a comma or a closing quote stands before the speaker's phrase. */
function setOffBefore(tokens: readonly Token[], sentence: SentenceSpan, speakerStart: number): boolean {
  let k = sentence.first;
  while (k < sentence.last && (tokens[k] as Token).end <= speakerStart) k += 1;
  for (let back = k - 1; back >= sentence.first && back >= k - 6; back -= 1) {
    const token = tokens[back] as Token;
    if (token.text === ',' || token.text === '"') return true;
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
  }
  return false;
}

function lemmaOf(relation: RelationDraft): string {
  return relation.construction === 'nominalization' ? '' : (relation.verb ?? '');
}

function reportedEvent(index: ArgumentIndex, relation: RelationDraft, events: EventFactory): EntityDraft {
  const lemma = lemmaOf(relation);
  const noun = NOMINALIZATIONS[lemma] as string;
  const object = index.entities[relation.object.entity] as EntityDraft;
  const described = object.type === 'FACILITY' || object.type === 'EVENT' || /^[a-z]/.test(object.name);
  const name = `${noun} of ${described ? 'the ' : ''}${object.name}`;
  const mention = relation.object.mention ?? (object.mentions[0] as MentionDraft);
  return events.event(name, noun, object.index, mention);
}

/** The reported event's own facts: its agent PARTICIPATES_IN it, it TARGETS the clause's object. */
function eventArguments(event: EntityDraft, main: RelationDraft, speaker: number): RelationDraft[] {
  const node = { entity: event.index, span: main.trigger, via: 'mention' as const };
  const base = { ...main, construction: 'reported-event', base: 0.7, known: true, attributedTo: speaker };
  return [
    { ...base, subject: main.subject, predicate: 'PARTICIPATES_IN', object: node },
    { ...base, subject: node, predicate: 'TARGETS', object: main.object },
  ];
}

function triggerOf(index: ArgumentIndex, reading: ClauseReading) {
  const tokens = index.analysed.tokens;
  return {
    start: (tokens[reading.group.first] as Token).start,
    end: (tokens[reading.group.last - 1] as Token).end,
  };
}
