/**
 * What an entity says about itself (its name, aliases and attributes) is derived from what each article
 * that mentions it said, kept on the article's MENTIONS (names, forms, attributes), and combined by rules
 * that do not depend on the order the articles came in: any order of the same articles, any interleaving
 * of concurrent ingests, gives the same entity; deleting an article takes back what only it said.
 */
import type { AttributeValue } from '../extract/types';
import { nameTokens } from './entity-keys';

export type Attributes = Readonly<Record<string, AttributeValue>>;

/** What one article said about one entity (one MENTIONS). */
export interface ArticleContribution {
  readonly names: readonly string[];
  readonly forms: readonly string[];
  readonly attributes: Attributes;
}

export interface EntityState {
  readonly name: string;
  /** Sorted, without the name. */
  readonly aliases: string[];
  readonly attributes: Record<string, AttributeValue>;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The union of every value the articles give for an attribute, sorted; a single value stays a scalar
 * when every article gave it as one. Numbers and booleans among strings become strings (a Neo4j list
 * holds one type).
 */
export function combineAttributes(contributions: readonly Attributes[]): Record<string, AttributeValue> {
  const valuesByKey = new Map<string, { values: AttributeValue[]; listed: boolean }>();
  for (const attributes of contributions) {
    for (const [key, value] of Object.entries(attributes)) {
      const entry = valuesByKey.get(key) ?? { values: [], listed: false };
      if (Array.isArray(value)) entry.listed = true;
      entry.values.push(
        ...(Array.isArray(value) ? (value as string[]) : [value as string | number | boolean]),
      );
      valuesByKey.set(key, entry);
    }
  }
  const combined: Record<string, AttributeValue> = {};
  for (const key of [...valuesByKey.keys()].sort(compare)) {
    const { values, listed } = valuesByKey.get(key) as { values: AttributeValue[]; listed: boolean };
    const scalars = values as (string | number | boolean)[];
    const sameType = scalars.every((value) => typeof value === typeof scalars[0]);
    const distinct = [...new Map(scalars.map((value) => [JSON.stringify(value), value])).values()];
    if (distinct.length === 1 && !listed) {
      combined[key] = distinct[0] as string | number | boolean;
    } else if (sameType && typeof scalars[0] === 'string') {
      combined[key] = (distinct as string[]).sort(compare);
    } else {
      combined[key] = [...new Set(distinct.map(String))].sort(compare);
    }
  }
  return combined;
}

/**
 * The fullest name any article gives: for a person a full name before a single word ("Blinken" becomes
 * "Antony Blinken" once an article names him in full), then the longer, then the first in code order.
 * A maximum over the set of names, so a name already outranked changes nothing (settle.ts relies on it).
 */
export function chooseName(type: string, namesByArticle: readonly (readonly string[])[]): string | undefined {
  return [...new Set(namesByArticle.flat())].sort((a, b) => compareNames(type, a, b))[0];
}

/** Negative when `a` makes the better name. */
export function compareNames(type: string, a: string, b: string): number {
  const full = (name: string) => (type === 'PERSON' && nameTokens(name).length > 1 ? 1 : 0);
  return full(b) - full(a) || b.length - a.length || compare(a, b);
}

/**
 * Whether what an article says of an entity adds nothing to its settled state: no name that outranks its
 * name, no new form, no new attribute value. Every part of the state is a union or a maximum over the
 * articles, so such an article leaves it as it is.
 */
export function isSubsumed(
  type: string,
  state: { name: string; aliases: readonly string[]; attributes: Readonly<Record<string, unknown>> },
  contribution: ArticleContribution,
): boolean {
  const forms = new Set([state.name, ...state.aliases]);
  if (contribution.names.some((name) => compareNames(type, name, state.name) < 0)) return false;
  if ([...contribution.names, ...contribution.forms].some((form) => !forms.has(form))) return false;
  return Object.entries(contribution.attributes).every(([key, value]) => {
    const stored = state.attributes[key];
    if (Array.isArray(stored)) {
      const values = Array.isArray(value) ? (value as unknown[]) : [value];
      const typed =
        stored.every((item) => typeof item === 'string') && values.every((item) => typeof item === 'string');
      return values.every((item) => (stored as unknown[]).includes(typed ? item : String(item)));
    }
    return !Array.isArray(value) && stored === value;
  });
}

/** The entity as its articles describe it; undefined when no article gives it a name. */
export function entityState(
  type: string,
  contributions: readonly ArticleContribution[],
): EntityState | undefined {
  const name = chooseName(
    type,
    contributions.map((contribution) => contribution.names),
  );
  if (name === undefined) return undefined;
  const forms = new Set(
    contributions.flatMap((contribution) => [...contribution.names, ...contribution.forms]),
  );
  forms.delete(name);
  return {
    name,
    aliases: [...forms].sort(compare),
    attributes: combineAttributes(contributions.map((contribution) => contribution.attributes)),
  };
}
