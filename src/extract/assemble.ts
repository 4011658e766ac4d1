/** From drafts to the output contract: ids, sorted entities and mentions, merged relations with evidence. */
import { combineConfidence, readingConfidence } from './confidence';
import { IdAllocator, relationId, slug } from './ids';
import type { EntityDraft, MentionDraft } from './model';
import type { AnalysedText, SentenceSpan } from './nlp/document';
import type { RelationDraft } from './relations/model';
import { aliasesOf } from './resolution/naming';
import type { Evidence, ExtractedEntity, ExtractedRelation, Mention, Sentence } from './types';

export function assembleSentences(analysed: AnalysedText): Sentence[] {
  return analysed.sentences.map((s) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    text: analysed.original.slice(s.start, s.end),
  }));
}

export interface Assembled {
  readonly entities: ExtractedEntity[];
  readonly relations: ExtractedRelation[];
}

export function assemble(
  analysed: AnalysedText,
  entities: readonly EntityDraft[],
  drafts: readonly RelationDraft[],
): Assembled {
  const ids = new Map<number, string>();
  const allocator = new IdAllocator();
  const ordered = entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({ entity: e, mentions: outputMentions(analysed, e.mentions) }))
    .sort((a, b) => firstStart(a.mentions) - firstStart(b.mentions) || a.entity.index - b.entity.index);
  const output: ExtractedEntity[] = ordered.map(({ entity, mentions }) => {
    const id = allocator.allocate(`${entity.type.toLowerCase()}:${slug(entity.name)}`);
    ids.set(entity.index, id);
    return {
      id,
      name: entity.name,
      type: entity.type,
      aliases: aliasesOf(entity),
      attributes: sortedAttributes(entity.attributes),
      mentions,
    };
  });
  return { entities: output, relations: assembleRelations(analysed, entities, drafts, ids) };
}

function firstStart(mentions: readonly Mention[]): number {
  return mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
}

function outputMentions(analysed: AnalysedText, mentions: readonly MentionDraft[]): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const title = m.titleFirst === undefined ? undefined : analysed.tokens[m.titleFirst];
    out.push({
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      text: analysed.original.slice(m.start, m.end),
      ...(title === undefined || title.start >= m.start ? {} : { titleStart: title.start }),
    });
  }
  return out;
}

function sortedAttributes(attributes: EntityDraft['attributes']): EntityDraft['attributes'] {
  return Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

interface Group {
  readonly drafts: RelationDraft[];
}

function assembleRelations(
  analysed: AnalysedText,
  entities: readonly EntityDraft[],
  drafts: readonly RelationDraft[],
  ids: ReadonlyMap<number, string>,
): ExtractedRelation[] {
  const groups = new Map<string, Group>();
  for (const draft of drafts) {
    const subject = ids.get(draft.subject.entity);
    const object = ids.get(draft.object.entity);
    if (subject === undefined || object === undefined || subject === object) continue;
    const key = [subject, draft.predicate, object, String(draft.negated), draft.modality ?? ''].join('|');
    const group = groups.get(key) ?? { drafts: [] };
    group.drafts.push(draft);
    groups.set(key, group);
  }
  const relations: ExtractedRelation[] = [];
  const days = daysBySentence(entities);
  for (const [key, group] of groups) {
    const first = [...group.drafts].sort(byPosition)[0] as RelationDraft;
    const evidence = uniqueEvidence(group.drafts.map((d) => evidenceOf(analysed, d)));
    const attributedTo = group.drafts.find((d) => d.attributedTo !== undefined)?.attributedTo;
    const attributedId = attributedTo === undefined ? undefined : ids.get(attributedTo);
    relations.push({
      id: relationId([key, String(first.sentence)]),
      subject: ids.get(first.subject.entity) as string,
      predicate: first.predicate,
      object: ids.get(first.object.entity) as string,
      confidence: combineConfidence(group.drafts.map(readingConfidence)),
      negated: first.negated,
      modality: first.modality,
      date: relationDate(days, group.drafts),
      evidence,
      ...(attributedId === undefined ? {} : { attributedTo: attributedId }),
      construction: first.construction,
    });
  }
  return relations.sort(
    (a, b) => compareEvidence(a.evidence[0], b.evidence[0]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function byPosition(a: RelationDraft, b: RelationDraft): number {
  return a.sentence - b.sentence || a.trigger.start - b.trigger.start;
}

function compareEvidence(a: Evidence | undefined, b: Evidence | undefined): number {
  return (a?.sentence ?? 0) - (b?.sentence ?? 0) || (a?.start ?? 0) - (b?.start ?? 0);
}

function evidenceOf(analysed: AnalysedText, draft: RelationDraft): Evidence {
  const sentence = analysed.sentences[draft.sentence] as SentenceSpan;
  const inside = (r: { start: number; end: number }) => r.start >= sentence.start && r.end <= sentence.end;
  const ranges = [draft.trigger, draft.subject.span, draft.object.span].filter(inside);
  const start = ranges.length > 0 ? Math.min(...ranges.map((r) => r.start)) : sentence.start;
  const end = ranges.length > 0 ? Math.max(...ranges.map((r) => r.end)) : sentence.end;
  return {
    sentence: draft.sentence,
    start,
    end,
    text: analysed.original.slice(start, end),
    subject: { ...draft.subject.span },
    object: { ...draft.object.span },
    trigger: { ...draft.trigger },
  };
}

function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return [...evidence].sort(compareEvidence).filter((e) => {
    const key = `${e.start}:${e.end}:${e.subject?.start}:${e.object?.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The day each sentence names ("said Monday", "On Monday, ..."): the first day-precise date in it. */
function daysBySentence(entities: readonly EntityDraft[]): Map<number, string> {
  const days = new Map<number, { start: number; value: string }>();
  for (const entity of entities) {
    if (entity.type !== 'DATE' || entity.attributes.granularity !== 'day') continue;
    for (const m of entity.mentions) {
      const current = days.get(m.sentence);
      if (current === undefined || m.start < current.start)
        days.set(m.sentence, { start: m.start, value: String(entity.attributes.value) });
    }
  }
  return new Map([...days].map(([sentence, day]) => [sentence, day.value]));
}

function relationDate(days: ReadonlyMap<number, string>, drafts: readonly RelationDraft[]): string | null {
  for (const draft of [...drafts].sort(byPosition)) {
    const day = days.get(draft.sentence);
    if (day !== undefined) return day;
  }
  return null;
}
