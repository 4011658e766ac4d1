/** Coordinated arguments: "Germany, France, Italy and Japan", "both Russia and Ukraine". One fact each. */
import type { MentionDraft } from '../model';
import type { Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';
import type { ArgumentRef } from './model';

const CONJUNCTIONS = new Set(['and', 'or', ',', '&']);

/** Members before `last` in a list; only when the list really is one (an "and" or "or" joins it). */
export function coordinatedBefore(
  index: ArgumentIndex,
  last: MentionDraft,
  first: number,
  joined = false,
): ArgumentRef[] {
  const tokens = index.analysed.tokens;
  const members: ArgumentRef[] = [];
  let sawConjunction = joined;
  let k = last.first - 1;
  while (k >= first) {
    let connector = k;
    while (connector >= first && CONJUNCTIONS.has((tokens[connector] as Token).lower)) {
      if ((tokens[connector] as Token).lower !== ',') sawConjunction = true;
      connector -= 1;
    }
    // "ItalyJapan": a split glued word separates two members as a comma would.
    const glued = connector === k && tokens[k + 1]?.splitBefore === true;
    if (connector === k && !glued) break;
    const member = index.endingOn(connector);
    if (member === undefined || !compatible(member, last)) break;
    members.push({
      entity: member.entity,
      span: { start: member.start, end: member.end },
      via: 'coordination',
      mention: member,
    });
    k = member.first - 1;
  }
  return sawConjunction ? members : [];
}

export function coordinatedAfter(
  index: ArgumentIndex,
  firstMember: MentionDraft,
  limit: number,
): ArgumentRef[] {
  const tokens = index.analysed.tokens;
  const members: ArgumentRef[] = [];
  let k = firstMember.last;
  while (k < limit) {
    let next = k;
    while (
      next < limit &&
      (CONJUNCTIONS.has((tokens[next] as Token).lower) ||
        (tokens[next] as Token).lower === 'as' ||
        (tokens[next] as Token).lower === 'well')
    )
      next += 1;
    if (next === k) break;
    const member = index.startingAt(next);
    if (member === undefined || !compatible(member, firstMember)) break;
    members.push({
      entity: member.entity,
      span: { start: member.start, end: member.end },
      via: 'coordination',
      mention: member,
    });
    k = member.last;
  }
  return members;
}

const PLACE_LIKE = new Set(['COUNTRY', 'CITY', 'LOCATION', 'ORGANIZATION']);

function compatible(a: MentionDraft, b: MentionDraft): boolean {
  return a.type === b.type || (PLACE_LIKE.has(a.type) && PLACE_LIKE.has(b.type));
}
