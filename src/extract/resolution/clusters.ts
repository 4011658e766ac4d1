/**
 * Resolution within one article: mentions become entities. Places, dates, titles and facilities merge by
 * their gazetteer or pattern key (so "Kiev" and "Kyiv", "US" and "United States" are one); people by full
 * name and surname; organizations by a normalized name and by acronym; events by head noun and arguments.
 */
import type { EntityDraft, MentionDraft } from '../model';
import { isAcronymOf, organizationKey } from './organization-names';
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
  for (const mention of mentions) {
    if (mention.type === 'EVENT') continue;
    join(clusterKey(mention, people, organizations), mention);
  }
  clusterEvents(mentions, join);
  return entities;
}

function clusterKey(
  mention: MentionDraft,
  people: readonly string[],
  organizations: readonly string[],
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
function fullNames(mentions: readonly MentionDraft[]): string[] {
  const names: string[] = [];
  for (const mention of mentions) {
    if (mention.type !== 'PERSON' || !mention.name.includes(' ')) continue;
    if (!names.some((name) => sameFullName(name, mention.name) || name === mention.name))
      names.push(mention.name);
  }
  return names;
}

function personKey(name: string, people: readonly string[]): string {
  const full = people.find((person) => person === name || sameFullName(person, name));
  if (full !== undefined) return full;
  if (!name.includes(' ')) {
    const bearers = people.filter((person) => surnameOf(person) === name);
    if (bearers.length === 1) return bearers[0] as string;
  }
  return name;
}

function organizationNames(mentions: readonly MentionDraft[]): string[] {
  return mentions.filter((m) => m.type === 'ORGANIZATION' && m.name.includes(' ')).map((m) => m.name);
}

function organizationClusterKey(name: string, organizations: readonly string[]): string {
  if (!name.includes(' ')) {
    const expansion = organizations.find((full) => isAcronymOf(name, full));
    if (expansion !== undefined) return organizationKey(expansion);
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
