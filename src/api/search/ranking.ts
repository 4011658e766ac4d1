/**
 * The order of search results: an entity whose name or alias is exactly what was typed (or what it stands
 * for: "America" -> United States) comes first, then an entity the acronym abbreviates, then the rest by
 * Lucene's relevance, so a fuzzy or partial match never beats an exact one ("US" finds the United States
 * before the "US embassy in Moscow"). Scores stay "higher is better": each tier is lifted above the next.
 */
import type { EntitySearchRow as FullSearchRow } from '../../graph/read/reader';
import { normalizedName, type SearchForms } from './search-forms';

/** What ranking reads of a search row. */
type EntitySearchRow = Pick<FullSearchRow, 'id' | 'score' | 'name' | 'aliases'>;

export interface RankedHit {
  readonly id: string;
  readonly score: number;
}

export function rankHits(rows: readonly EntitySearchRow[], forms: SearchForms, first: number): RankedHit[] {
  const exact = new Set(forms.exact);
  const lift = Math.max(0, ...rows.map((row) => row.score)) + 1;
  const tierOf = (row: EntitySearchRow): number => {
    if ([row.name, ...row.aliases].some((name) => exact.has(normalizedName(name)))) return 2;
    if (forms.acronym !== null && acronymMatches(row.name, forms.acronym)) return 1;
    return 0;
  };
  return rows
    .map((row) => ({ id: row.id, score: row.score + tierOf(row) * lift }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, first);
}

/** "European Union" abbreviates to "EU": the first letters of its capitalized words. */
export function acronymMatches(name: string, acronym: string): boolean {
  const initials = name
    .split(' ')
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
  return initials === acronym;
}
