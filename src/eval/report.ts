/** Plain-text tables for `newsgraph eval`: figures first, then the bars, then what went wrong. */
import type { BarCheck } from './bars';
import type { Conll04Result } from './conll04';
import { SCORED_ENTITY_TYPES } from './entity-matching';
import type { FixtureScore } from './fixture-score';
import type { FixturesResult } from './fixtures-eval';
import { percent, prf, type Prf } from './metrics';
import { EXCLUDED_PREDICATES } from './relation-score';

export const PUBLISHED_CONLL04 =
  'published, test split: SpERT entity F1 88.9, relation F1 71.5; REBEL relation F1 75.4';

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join('  ')
    .trimEnd();
}

function prfCells(score: Prf): string[] {
  return [percent(score.precision), percent(score.recall), percent(score.f1)];
}

function fraction(found: number, total: number): string {
  return `${found}/${total}`;
}

function fixtureRow(score: FixtureScore): string[] {
  const merged = score.aliasGroups.filter((g) => g.merged).length;
  return [
    score.name,
    ...prfCells(prf(score.entities)),
    ...prfCells(prf(score.relations)),
    fraction(score.events.found, score.events.total),
    fraction(merged, score.aliasGroups.length),
    String(score.falseMerges.length),
    String(score.forbidden.length),
  ];
}

export function formatFixtureTable(result: FixturesResult): string {
  const header = [
    'fixture',
    'ent P',
    'ent R',
    'ent F1',
    'rel P',
    'rel R',
    'rel F1',
    'events',
    'aliases',
    'merges!',
    'bad',
  ];
  const rows = result.fixtures.map(fixtureRow);
  const total = [
    'micro, all fixtures',
    ...prfCells(result.entities),
    ...prfCells(result.relations),
    '',
    '',
    '',
    '',
  ];
  const widths = header.map((_, i) => Math.max(...[header, ...rows, total].map((r) => (r[i] ?? '').length)));
  const counts = (p: Prf) => `tp ${p.tp}, fp ${p.fp}, fn ${p.fn}`;
  return [
    'Gold fixtures (test/fixtures/gold)',
    `  entities: ${[...SCORED_ENTITY_TYPES].join(', ')}; relations: every predicate but ${[...EXCLUDED_PREDICATES].join(', ')}`,
    '  events: required gold events found; aliases: alias groups merged; merges!: false merges; bad: pronouns, day names, fragments',
    '',
    row(header, widths),
    ...rows.map((r) => row(r, widths)),
    row(total, widths),
    `  entities ${counts(result.entities)}; relations ${counts(result.relations)}`,
  ].join('\n');
}

export function formatFixtureDetails(score: FixtureScore, limit: number): string {
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return [];
    const shown = items.slice(0, limit).map((item) => `    ${item}`);
    const more = items.length > limit ? [`    ... ${items.length - limit} more (--verbose shows all)`] : [];
    return [`  ${title} (${items.length}):`, ...shown, ...more];
  };
  const lines = [
    ...section(
      'missed entities',
      score.entities.missed.map(
        (m) =>
          `${m.gold.name} (${m.gold.type})${m.foundAs.length ? ` found as ${m.foundAs.join(', ')}` : ''}`,
      ),
    ),
    ...section(
      'false entities',
      score.entities.falsePositives.map(
        (f) =>
          `${f.entity.name} (${f.entity.type})${f.duplicateOf === null ? '' : ` duplicates ${f.duplicateOf}`}`,
      ),
    ),
    ...section('missed events', score.events.missed),
    ...section(
      'alias groups not merged',
      score.aliasGroups.filter((g) => !g.merged).map((g) => `${g.gold}: ${g.holders.join('; ')}`),
    ),
    ...section(
      'false merges',
      score.falseMerges.map(
        (m) =>
          `${m.entity.name} (${m.entity.type}) = ${m.gold.join(' + ')}${m.namedTrap ? ' [named trap]' : ''}`,
      ),
    ),
    ...section(
      'not entities',
      score.forbidden.map((f) => `"${f.form}" as ${f.entity.type} (${f.reason})`),
    ),
    ...section(
      'missed relations',
      score.relations.missed.map(
        (m) => `${m.gold.subject} -${m.gold.predicate}-> ${m.gold.object}: ${m.why}`,
      ),
    ),
    ...section('false relations', score.relations.falsePositives),
  ];
  return lines.length === 0 ? `${score.name}: nothing missed` : [`${score.name}:`, ...lines].join('\n');
}

export function formatConll04(result: Conll04Result): string {
  const header = ['', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];
  const line = (name: string, p: Prf) => [name, ...prfCells(p), String(p.tp), String(p.fp), String(p.fn)];
  const rows = [line('entities', result.entities), line('relations', result.relations)];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)));
  return [
    `CoNLL04 ${result.file} (${result.sentences} sentences; strict micro; ${result.snapped} entity spans snapped to tokens)`,
    row(header, widths),
    ...rows.map((r) => row(r, widths)),
    `  ${PUBLISHED_CONLL04}`,
  ].join('\n');
}

export function formatBars(checks: readonly BarCheck[]): string {
  const width = Math.max(...checks.map((c) => c.bar.length));
  const status = (c: BarCheck) => (c.passed === null ? 'n/a ' : c.passed ? 'PASS' : 'FAIL');
  return ['Bars (issue 3)', ...checks.map((c) => `  ${status(c)}  ${c.bar.padEnd(width)}  ${c.detail}`)].join(
    '\n',
  );
}
