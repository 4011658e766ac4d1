/**
 * What `newsgraph ingest` shows: on a terminal, one progress bar line redrawn in place (count, rate, ETA);
 * elsewhere, one plain line per article; and a summary at the end.
 */
import type { IngestSummary, ItemResult } from './ingest-run';

export interface ProgressState {
  readonly done: number;
  /** null: unknown (standard input). */
  readonly total: number | null;
  readonly failed: number;
  readonly seconds: number;
}

const BAR_WIDTH = 28;

export function progressBar(state: ProgressState): string {
  const rate = state.seconds > 0 ? state.done / state.seconds : 0;
  const rateText = `${rate.toFixed(1)} articles/s`;
  const failed = state.failed > 0 ? `  ${state.failed} failed` : '';
  if (state.total === null || state.total === 0) return `${state.done} articles  ${rateText}${failed}`;
  const share = Math.min(1, state.done / state.total);
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const eta = rate > 0 ? duration((state.total - state.done) / rate) : '?';
  return `${bar} ${state.done}/${state.total}  ${rateText}  ETA ${eta}${failed}`;
}

export function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes}m${String(whole % 60).padStart(2, '0')}s` : `${whole}s`;
}

/** One line per article for logs: status, counts, origin; or why it failed. */
export function resultLine(result: ItemResult): string {
  if (result.outcome === undefined)
    return `failed     ${result.origin}: ${result.error?.message ?? 'failed'}`;
  const { status, articleId, entities, relations } = result.outcome;
  return `${status.padEnd(10)} ${result.origin} (id ${articleId}): ${entities} entities, ${relations} relations`;
}

/**
 * What did not land when an outage stopped a run: the articles in flight and how many were not started
 * (when the input's size is known).
 */
export function notLandedText(
  notLanded: readonly string[],
  summary: IngestSummary,
  total: number | null,
): string {
  const shown = notLanded.slice(0, 5).join(', ') + (notLanded.length > 5 ? ', …' : '');
  const done = summary.new + summary.unchanged + summary.replaced + summary.failed;
  const notStarted = total === null ? null : Math.max(0, total - done - notLanded.length);
  return (
    `Not landed: ${notLanded.length} in flight when it stopped${notLanded.length > 0 ? ` (${shown})` : ''}` +
    `${notStarted === null ? ' and the rest of the input' : ` and ${notStarted} not started`}. ` +
    'Run the same command again once it is fixed: what landed is skipped as unchanged.'
  );
}

export function summaryText(summary: IngestSummary, dryRun = false): string {
  const lines = [
    `${dryRun ? 'Dry run, nothing written. ' : ''}Articles: ${summary.new} new, ${summary.unchanged} unchanged, ` +
      `${summary.replaced} replaced, ${summary.failed} failed`,
    `Entities: ${summary.entities}  Relations: ${summary.relations}  Seconds: ${summary.seconds.toFixed(1)}`,
  ];
  if (summary.failures.length > 0) {
    lines.push('Failed:', ...summary.failures.map((failure) => `  ${failure.origin}: ${failure.message}`));
  }
  return lines.join('\n');
}
