/**
 * The name an entity goes by, and its aliases: a gazetteer's canonical name for places, the fullest name
 * for people, organizations and events (never an acronym when the full name occurs).
 */
import type { EntityDraft, MentionDraft } from '../model';
import type { AttributeValue } from '../types';

export function nameEntities(entities: readonly EntityDraft[]): void {
  for (const entity of entities) {
    entity.name = bestName(entity);
    mergeAttributes(entity);
  }
}

function bestName(entity: EntityDraft): string {
  const mentions = entity.mentions;
  const canonical = mentions.find((m) => m.canonical !== null)?.canonical;
  if (canonical !== undefined && canonical !== null) return canonical;
  let best = mentions[0] as MentionDraft;
  for (const mention of mentions) if (score(mention) > score(best)) best = mention;
  return best.name;
}

/** Longer and capitalized beats shorter, lower-case or acronym; the first of equals wins. */
function score(mention: MentionDraft): number {
  const words = mention.name.split(' ');
  const capitalized = words.filter((w) => /^[A-Z][a-z]/.test(w)).length;
  const acronym = /^[A-Z.]+$/.test(mention.name) ? -5 : 0;
  const demonym = mention.attributes.demonym === true ? -10 : 0;
  return words.length * 2 + capitalized + acronym + demonym;
}

export function aliasesOf(entity: EntityDraft): string[] {
  const seen = new Set<string>([entity.name]);
  const aliases: string[] = [];
  for (const mention of entity.mentions) {
    const alias = mention.name.replace(/\s+/g, ' ').trim();
    if (alias.length === 0 || seen.has(alias)) continue;
    seen.add(alias);
    aliases.push(alias);
  }
  return aliases;
}

function mergeAttributes(entity: EntityDraft): void {
  const target: Record<string, AttributeValue> = entity.attributes;
  for (const mention of entity.mentions) {
    for (const [name, value] of Object.entries(mention.attributes)) {
      if (name === 'demonym' || name === 'head' || name === 'agent' || name === 'patient') continue;
      const current = target[name];
      if (current === undefined) target[name] = value;
      else if (typeof value === 'string' && current !== value) {
        const list = Array.isArray(current) ? [...(current as readonly string[])] : [String(current)];
        if (!list.includes(value)) target[name] = [...list, value];
      }
    }
  }
}
