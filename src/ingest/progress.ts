/**
 * What a long ingest shows while it runs: on a terminal, one progress bar line redrawn in place at most
 * ten times a second; elsewhere (a log, a pipe), one plain line per article. Failures are always printed.
 */
import type { Writable } from 'node:stream';
import { progressBar, resultLine } from './ingest-report';
import type { IngestSummary, ItemResult } from './ingest-run';

export class ProgressReporter {
  private readonly tty: boolean;
  private lastDraw = 0;

  constructor(
    private readonly out: Writable & { isTTY?: boolean },
    private readonly total: number | null,
  ) {
    this.tty = out.isTTY === true;
  }

  report(result: ItemResult, summary: Readonly<IngestSummary>): void {
    if (!this.tty) {
      this.out.write(`${resultLine(result)}\n`);
      return;
    }
    if (result.error !== undefined) this.out.write(`\r\x1b[K${resultLine(result)}\n`);
    const now = Date.now();
    if (now - this.lastDraw < 100 && result.error === undefined) return;
    this.lastDraw = now;
    this.draw(summary);
  }

  finish(): void {
    if (this.tty) this.out.write('\r\x1b[K');
  }

  private draw(summary: Readonly<IngestSummary>): void {
    const done = summary.new + summary.unchanged + summary.replaced + summary.failed;
    const line = progressBar({
      done,
      total: this.total,
      failed: summary.failed,
      seconds: summary.seconds,
    });
    this.out.write(`\r\x1b[K${line}`);
  }
}
