/** Timing and memory helpers of the benchmarks: passes over a corpus, medians, peak RSS. */

export interface PassResult {
  readonly seconds: number;
  readonly mbPerSecond: number;
  /** CPU time of the process (user + system, all threads) during the pass. */
  readonly cpuSeconds: number;
  /**
   * MB per CPU-second. Pinned to one core, this is the speed on that core even when other processes
   * share it, which makes wall-clock MB/s understate the code's speed on a busy machine.
   */
  readonly mbPerCpuSecond: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The highest RSS seen by `sample()`; the OS's own high-water mark is process.resourceUsage().maxRSS. */
export class RssSampler {
  peakBytes = 0;

  sample(): void {
    this.peakBytes = Math.max(this.peakBytes, process.memoryUsage.rss());
  }
}

/** One timed pass of `work` over every article; MB are 10^6 bytes of UTF-8 text. */
export function timePass(
  articles: readonly string[],
  bytes: number,
  work: (text: string) => void,
  rss: RssSampler,
): PassResult {
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (const article of articles) {
    work(article);
    rss.sample();
  }
  const cpu = process.cpuUsage(cpuStarted);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    cpuSeconds,
    mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
  };
}

export function peakRssMB(): number {
  // maxRSS is in kilobytes (getrusage(2)).
  return (process.resourceUsage().maxRSS * 1024) / 1e6;
}

/** How long synchronous `work` takes, in seconds (monotonic clock). */
export function timedSync(work: () => unknown): number {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** How long `work` takes, in seconds (monotonic clock), and what it returns. */
export async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, value };
}
