/**
 * Resolution within one article: mentions become entities. Places, dates, titles and facilities merge by
 * their gazetteer or pattern key (so "Kiev" and "Kyiv", "US" and "United States" are one); people by full
 * name and surname; organizations by a normalized name and by acronym; events by head noun and arguments.
 */
import type { EntityDraft, MentionDraft } from '../model';
import { initialsOf, isAcronymOf, organizationKey } from './organization-names';
import { sameFullName, surnameOf } from './person-names';

export function clusterMentions(mentions: readonly MentionDraft[]): EntityDraft[] {
  const entities: EntityDraft[] = [];
  const byKey = new Map<string, EntityDraft>();
  const join = (key: string, mention: MentionDraft) => {
    let entity = byKey.get(key);
    if (entity === undefined) {
      entity = {
        index: entities.length,
        type: mention.type,
        name: mention.name,
        key: mention.key,
        mentions: [],
        attributes: {},
      };
      entities.push(entity);
      byKey.set(key, entity);
    }
    entity.mentions.push(mention);
    mention.entity = entity.index;
  };
  const people = fullNames(mentions);
  const organizations = organizationNames(mentions);
  const heads = headWordNames(mentions, people, organizations);
  for (const mention of mentions) {
    if (mention.type === 'EVENT') continue;
    const key = clusterKey(mention, people, organizations);
    join(heads.get(key) ?? key, mention);
  }
  clusterEvents(mentions, join);
  return entities;
}

function clusterKey(
  mention: MentionDraft,
  people: People,
  organizations: ReadonlyMap<string, string>,
): string {
  if (mention.key !== null) return `${mention.type}|${mention.key}`;
  switch (mention.type) {
    case 'PERSON':
      return `PERSON|${personKey(mention.name, people)}`;
    case 'ORGANIZATION':
      return `ORGANIZATION|${organizationClusterKey(mention.name, organizations)}`;
    default:
      return `${mention.type}|${mention.name.toLowerCase()}`;
  }
}

/** The full names of the article's people, first spelling of each person first. */
function fullNames(mentions: readonly MentionDraft[]): People {
  const bySurname = new Map<string, string[]>();
  for (const mention of mentions) {
    // "bin Laden" is a surname with its particle, not a full name.
    if (mention.type !== 'PERSON' || !mention.name.includes(' ') || /^[a-z]/.test(mention.name)) continue;
    const surname = surnameOf(mention.name);
    const names = bySurname.get(surname) ?? [];
    if (!names.some((name) => name === mention.name || sameFullName(name, mention.name)))
      names.push(mention.name);
    bySurname.set(surname, names);
  }
  const byFirstName = new Map<string, string[]>();
  for (const names of bySurname.values())
    for (const name of names) {
      const first = name.split(' ')[0] as string;
      byFirstName.set(first, [...(byFirstName.get(first) ?? []), name]);
    }
  return { bySurname, byFirstName };
}

interface People {
  /** Full names by surname, first spelling of each person first. */
  readonly bySurname: ReadonlyMap<string, readonly string[]>;
  /** Full names by first name. */
  readonly byFirstName: ReadonlyMap<string, readonly string[]>;
}

/**
 * A surname stands for the one person who bears it; failing that, a first name for the one person of the
 * article who has it ("Saddam", "Nick"): never when two people share it ("Vladimir"). A trailing part of a
 * full name ("bin Laden") stands for the one person whose name ends so.
 */
function personKey(name: string, people: People): string {
  const bearers = people.bySurname.get(surnameOf(name)) ?? [];
  if (!name.includes(' ')) {
    if (bearers.length === 1) return bearers[0] as string;
    const firstNamed = people.byFirstName.get(name) ?? [];
    return bearers.length === 0 && firstNamed.length === 1 ? (firstNamed[0] as string) : name;
  }
  const same = bearers.find((person) => person === name || sameFullName(person, name));
  if (same !== undefined) return same;
  const endings = bearers.filter((person) => person.endsWith(` ${name}`));
  return endings.length === 1 ? (endings[0] as string) : name;
}

const HEAD_ALIAS_TYPES = new Set(['LOCATION', 'ORGANIZATION', 'FACILITY']);

/**
 * "the Gulf" after "the Persian Gulf": a one-word name of a place or institution that is the head word
 * of exactly one longer name of the article stands for it. Returned as cluster key -> cluster key.
 */
function headWordNames(
  mentions: readonly MentionDraft[],
  people: People,
  organizations: ReadonlyMap<string, string>,
): Map<string, string> {
  const longer = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!HEAD_ALIAS_TYPES.has(m.type) || !m.name.includes(' ')) continue;
    const head = `${m.type}|${m.name.split(' ').pop()?.toLowerCase() ?? ''}`;
    longer.set(head, (longer.get(head) ?? new Set()).add(clusterKey(m, people, organizations)));
  }
  const aliases = new Map<string, string>();
  for (const m of mentions) {
    if (!HEAD_ALIAS_TYPES.has(m.type) || m.name.includes(' ') || m.key !== null) continue;
    const owners = longer.get(`${m.type}|${m.name.toLowerCase()}`);
    if (owners?.size === 1) aliases.set(clusterKey(m, people, organizations), [...owners][0] as string);
  }
  return aliases;
}

/** Multi-word organization names by their initials ("EU" -> "European Union"), first one first. */
function organizationNames(mentions: readonly MentionDraft[]): Map<string, string> {
  const byInitials = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.type !== 'ORGANIZATION' || !mention.name.includes(' ')) continue;
    const initials = initialsOf(mention.name);
    if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, mention.name);
  }
  return byInitials;
}

function organizationClusterKey(name: string, organizations: ReadonlyMap<string, string>): string {
  if (!name.includes(' ')) {
    const expansion = organizations.get(name.replace(/\./g, ''));
    if (expansion !== undefined && isAcronymOf(name, expansion)) return organizationKey(expansion);
  }
  return organizationKey(name);
}

interface EventArguments {
  agent?: string;
  patient?: string;
}

/**
 * "the invasion" joins the invasion the article spoke of last; "Russia's attack" and "a rocket attack on
 * Zhytomyr Airport" stay two attacks: arguments must agree where both have them, and share one at least.
 */
function sameEvent(a: EventArguments, b: EventArguments): boolean {
  const agree = (x?: string, y?: string) => x === undefined || y === undefined || x === y;
  if (!agree(a.agent, b.agent) || !agree(a.patient, b.patient)) return false;
  const bare = (e: EventArguments) => e.agent === undefined && e.patient === undefined;
  if (bare(a) || bare(b)) return true;
  return (
    (a.agent !== undefined && a.agent === b.agent) || (a.patient !== undefined && a.patient === b.patient)
  );
}

type Join = (key: string, mention: MentionDraft) => void;

/** Events with one head noun merge unless their arguments differ. */
function clusterEvents(mentions: readonly MentionDraft[], join: Join): void {
  const events: { key: string; head: string; agent?: string; patient?: string }[] = [];
  for (const mention of mentions) {
    if (mention.type !== 'EVENT') continue;
    const head = String(mention.attributes.head ?? mention.name);
    const agent = mention.attributes.agent as string | undefined;
    const patient = mention.attributes.patient as string | undefined;
    let found = [...events].reverse().find((e) => e.head === head && sameEvent(e, { agent, patient }));
    if (found === undefined) {
      found = { key: `EVENT|${head}|${events.length}`, head };
      events.push(found);
    }
    found.agent ??= agent;
    found.patient ??= patient;
    join(found.key, mention);
  }
}
