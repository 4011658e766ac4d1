/** From the entity table and the chosen relations to the output contract. */
import type { Annotation } from '../../nlp/annotation';
import { IdAllocator, relationId, slug } from '../ids';
import type { Evidence, ExtractedEntity, ExtractedRelation, Mention, Sentence } from '../types';
import type { EntityTable, SyntaxEntity } from './model';
import type { SyntaxRelation } from './relations';

export function assembleSentences(annotation: Annotation, text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of annotation.sentences) {
    const first = s.tokens[0];
    const last = s.tokens[s.tokens.length - 1];
    if (first === undefined || last === undefined) continue;
    const start = first.characterOffsetBegin;
    const end = last.characterOffsetEnd;
    out.push({ index: s.index, start, end, text: text.slice(start, end) });
  }
  return out;
}

export interface Assembled {
  readonly entities: ExtractedEntity[];
  readonly relations: ExtractedRelation[];
}

export function assemble(
  annotation: Annotation,
  text: string,
  table: EntityTable,
  relations: readonly SyntaxRelation[],
): Assembled {
  const allocator = new IdAllocator();
  const ids = new Map<number, string>();
  const ordered = table.entities
    .map((entity) => ({ entity, mentions: outputMentions(annotation, text, entity) }))
    .filter((e) => e.mentions.length > 0)
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.entity.index - b.entity.index);
  const entities: ExtractedEntity[] = ordered.map(({ entity, mentions }) => {
    const base = entity.attributes['idKey'];
    const key = typeof base === 'string' ? base : slug(entity.name);
    const id = allocator.allocate(`${entity.type.toLowerCase()}:${key}`);
    ids.set(entity.index, id);
    const attributes: Record<string, (typeof entity.attributes)[string]> = {};
    for (const name of Object.keys(entity.attributes).sort()) {
      if (name !== 'idKey') attributes[name] = entity.attributes[name]!;
    }
    return { id, name: entity.name, type: entity.type, aliases: [...entity.aliases], attributes, mentions };
  });
  return { entities, relations: assembleRelations(annotation, text, relations, ids) };
}

function outputMentions(annotation: Annotation, text: string, entity: SyntaxEntity): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of entity.mentions) {
    const tokens = annotation.sentences[m.sentence]?.tokens;
    const first = tokens?.[m.first - 1];
    const last = tokens?.[m.last - 1];
    if (first === undefined || last === undefined) continue;
    const start = first.characterOffsetBegin;
    const end = last.characterOffsetEnd;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ sentence: m.sentence, start, end, text: text.slice(start, end) });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function assembleRelations(
  annotation: Annotation,
  text: string,
  relations: readonly SyntaxRelation[],
  ids: ReadonlyMap<number, string>,
): ExtractedRelation[] {
  const byKey = new Map<string, { relation: ExtractedRelation; evidence: Evidence[] }>();
  for (const r of relations) {
    const subject = ids.get(r.subject);
    const object = ids.get(r.object);
    if (subject === undefined || object === undefined || subject === object) continue;
    const sentence = annotation.sentences[r.sentence];
    const first = sentence?.tokens[0];
    const last = sentence?.tokens[sentence.tokens.length - 1];
    const trigger = sentence?.tokens[r.trigger - 1];
    const evidence: Evidence[] =
      first === undefined || last === undefined
        ? []
        : [
            {
              sentence: r.sentence,
              start: first.characterOffsetBegin,
              end: last.characterOffsetEnd,
              text: text.slice(first.characterOffsetBegin, last.characterOffsetEnd),
              ...(trigger === undefined
                ? {}
                : { trigger: { start: trigger.characterOffsetBegin, end: trigger.characterOffsetEnd } }),
            },
          ];
    const attributedTo = r.attributedTo === undefined ? undefined : ids.get(r.attributedTo);
    const key = [subject, r.predicate, object, r.negated ? 'not' : '', r.modality ?? ''].join('|');
    const existing = byKey.get(key);
    if (existing !== undefined) {
      existing.evidence.push(...evidence);
      continue;
    }
    const list: Evidence[] = [...evidence];
    byKey.set(key, {
      evidence: list,
      relation: {
        id: relationId([key, String(r.sentence)]),
        subject,
        predicate: r.predicate,
        object,
        confidence: r.confidence,
        negated: r.negated,
        modality: r.modality,
        date: null,
        evidence: list,
        ...(attributedTo === undefined ? {} : { attributedTo }),
        construction: r.construction,
      },
    });
  }
  return [...byKey.values()].map((v) => v.relation);
}
