/** The `--format text` listing: entities grouped by type with their aliases, then the relations. */
import { ENTITY_TYPES } from '../vocabulary';
import type { Extraction, ExtractedRelation } from './types';

export function formatExtraction(extraction: Extraction): string {
  const lines: string[] = [];
  const { article } = extraction;
  lines.push(
    `Article ${article.id}${article.title === null ? '' : `: ${article.title}`}${article.date === null ? '' : ` (${article.date})`}`,
  );
  lines.push(
    `${article.sentences.length} sentences, ${extraction.entities.length} entities, ${extraction.relations.length} relations`,
  );
  for (const type of ENTITY_TYPES) {
    const entities = extraction.entities.filter((e) => e.type === type);
    if (entities.length === 0) continue;
    lines.push('', `${type} (${entities.length})`);
    for (const entity of entities) {
      const aliases = entity.aliases.length > 0 ? `  aka ${entity.aliases.join(', ')}` : '';
      const title = entity.attributes.title === undefined ? '' : `  [${String(entity.attributes.title)}]`;
      lines.push(`  ${entity.name}${title}${aliases}  (${entity.mentions.length}x)`);
    }
  }
  if (extraction.relations.length > 0) lines.push('', `RELATIONS (${extraction.relations.length})`);
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  for (const relation of extraction.relations) lines.push(`  ${relationLine(relation, names, extraction)}`);
  return `${lines.join('\n')}\n`;
}

function relationLine(
  relation: ExtractedRelation,
  names: ReadonlyMap<string, string>,
  extraction: Extraction,
): string {
  const flags = [relation.confidence.toFixed(2)];
  if (relation.negated) flags.push('negated');
  if (relation.modality !== null) flags.push(relation.modality);
  if (relation.date !== null) flags.push(relation.date);
  if (relation.attributedTo !== undefined)
    flags.push(`per ${names.get(relation.attributedTo) ?? relation.attributedTo}`);
  const evidence = relation.evidence[0];
  const sentence =
    evidence === undefined ? '' : (extraction.article.sentences[evidence.sentence]?.text ?? evidence.text);
  const subject = names.get(relation.subject) ?? relation.subject;
  const object = names.get(relation.object) ?? relation.object;
  return `${subject} –${relation.predicate}→ ${object}  [${flags.join(', ')}]  "${sentence.replace(/\s+/g, ' ').trim()}"`;
}
