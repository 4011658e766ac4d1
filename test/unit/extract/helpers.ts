/** Small readers over an Extraction for the extractor's tests. */
import { extract } from '../../../src/extract';
import type { Extraction, ExtractedEntity, ExtractOptions } from '../../../src/extract';

export function run(text: string, options: ExtractOptions = {}): Extraction {
  return extract(text, options);
}

export function entityNamed(extraction: Extraction, name: string): ExtractedEntity | undefined {
  return extraction.entities.find((e) => e.name === name || e.aliases.includes(name));
}

/** "Subject -PREDICATE-> Object" for every relation, by entity name. */
export function facts(extraction: Extraction): string[] {
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  return extraction.relations.map((r) => `${names.get(r.subject)} -${r.predicate}-> ${names.get(r.object)}`);
}

export function relation(extraction: Extraction, subject: string, predicate: string, object: string) {
  const s = entityNamed(extraction, subject);
  const o = entityNamed(extraction, object);
  return extraction.relations.find(
    (r) => r.subject === s?.id && r.predicate === predicate && r.object === o?.id,
  );
}

/** Every mention and evidence span must slice the original text to its own text. */
export function offsetViolations(text: string, extraction: Extraction): string[] {
  const bad: string[] = [];
  for (const sentence of extraction.article.sentences) {
    if (text.slice(sentence.start, sentence.end) !== sentence.text) bad.push(`sentence ${sentence.index}`);
  }
  for (const entity of extraction.entities) {
    for (const m of entity.mentions)
      if (text.slice(m.start, m.end) !== m.text) bad.push(`${entity.id} ${m.start}-${m.end}`);
  }
  for (const r of extraction.relations) {
    for (const e of r.evidence)
      if (text.slice(e.start, e.end) !== e.text) bad.push(`${r.id} evidence ${e.start}-${e.end}`);
  }
  return bad;
}
