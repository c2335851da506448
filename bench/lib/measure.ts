/**
 * Timing on a shared, noisy machine: every case runs beside its baseline in
 * the same process, alternating sample by sample (the order rotates each
 * round), so both see the same background load; figures are medians.
 */

/** Something to time; `run` is one operation. */
export interface Subject {
  readonly name: string;
  readonly run: () => unknown;
}

/** An asynchronous operation to time (storage). */
export interface AsyncSubject {
  readonly name: string;
  readonly run: () => Promise<unknown>;
}

/** Per-operation wall-clock times (ms) of one subject, one per sample. */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly samples: number;
  readonly iterationsPerSample: number;
}

export interface SamplingOptions {
  /** Samples per subject. */
  readonly rounds: number;
  /** Target duration of one sample; short operations are repeated to reach it. */
  readonly sampleMs: number;
  /** Warm-up per subject before sampling (JIT, caches), also used to calibrate. */
  readonly warmupMs: number;
  /** Upper bound on repetitions per sample. */
  readonly maxIterations?: number;
}

// Results land here so the optimiser cannot drop the work being timed.
let sink: unknown;

/** The last value a timed operation returned (keeps the work observable). */
export function lastResult(): unknown {
  return sink;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function summarise(values: readonly number[], iterations: number): Timing {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    samples: values.length,
    iterationsPerSample: iterations,
  };
}

function iterationsFor(perOpMs: number, options: SamplingOptions): number {
  const wanted = Math.max(1, Math.round(options.sampleMs / Math.max(perOpMs, 1e-6)));
  return Math.min(wanted, options.maxIterations ?? 1_000_000);
}

function calibrate(subject: Subject, options: SamplingOptions): number {
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < options.warmupMs || runs < 3) {
    sink = subject.run();
    runs += 1;
    elapsed = performance.now() - start;
  }
  return iterationsFor(elapsed / runs, options);
}

/**
 * Times the subjects against each other: after a warm-up, each round takes
 * one sample of every subject (rotating who goes first), with a garbage
 * collection before each sample when `--expose-gc` is on so that one
 * subject's garbage is not collected on another's clock.
 */
export function sampleInterleaved(
  subjects: readonly Subject[],
  options: SamplingOptions,
): Record<string, Timing> {
  const iterations = subjects.map((subject) => calibrate(subject, options));
  const samples: number[][] = subjects.map(() => []);
  for (let round = 0; round < options.rounds; round += 1) {
    for (let k = 0; k < subjects.length; k += 1) {
      const index = (round + k) % subjects.length;
      const subject = subjects[index] as Subject;
      const n = iterations[index] as number;
      collectGarbage?.();
      const start = performance.now();
      for (let i = 0; i < n; i += 1) sink = subject.run();
      (samples[index] as number[]).push((performance.now() - start) / n);
    }
  }
  return Object.fromEntries(
    subjects.map((subject, index) => [
      subject.name,
      summarise(samples[index] as number[], iterations[index] as number),
    ]),
  );
}

async function calibrateAsync(subject: AsyncSubject, options: SamplingOptions): Promise<number> {
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < options.warmupMs || runs < 3) {
    sink = await subject.run();
    runs += 1;
    elapsed = performance.now() - start;
  }
  return iterationsFor(elapsed / runs, options);
}

/** {@link sampleInterleaved} for asynchronous operations, awaited one at a time. */
export async function sampleInterleavedAsync(
  subjects: readonly AsyncSubject[],
  options: SamplingOptions,
): Promise<Record<string, Timing>> {
  const iterations: number[] = [];
  for (const subject of subjects) iterations.push(await calibrateAsync(subject, options));
  const samples: number[][] = subjects.map(() => []);
  for (let round = 0; round < options.rounds; round += 1) {
    for (let k = 0; k < subjects.length; k += 1) {
      const index = (round + k) % subjects.length;
      const subject = subjects[index] as AsyncSubject;
      const n = iterations[index] as number;
      collectGarbage?.();
      const start = performance.now();
      for (let i = 0; i < n; i += 1) sink = await subject.run();
      (samples[index] as number[]).push((performance.now() - start) / n);
    }
  }
  return Object.fromEntries(
    subjects.map((subject, index) => [
      subject.name,
      summarise(samples[index] as number[], iterations[index] as number),
    ]),
  );
}
