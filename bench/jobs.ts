/**
 * What the orchestrator asks a measuring process to do, and what it reports back. Each system runs
 * in its own process (`node --expose-gc --import tsx bench/worker.ts JOB`), so heap and RSS after
 * build belong to that system alone and one system's garbage never slows another.
 */
import type { BaselineName } from './baselines.ts';
import type { Outcome } from './measure.ts';

export type Job =
  | { kind: 'kutip'; corpusFile: string; outFile: string; budgetMs: number; profileDir: string | null }
  | { kind: 'baseline'; name: BaselineName; corpusFile: string; outFile: string; budgetMs: number; minQuestions: number; predictedMs: number | null }
  | { kind: 'bundled'; dataDir: string; publicFile: string; rounds: number; outFile: string; profileDir: string | null };

export interface WorkerResult {
  system: string;
  /** partial: the time budget ran out before every question was asked (stats cover the ones asked). */
  status: 'ok' | 'partial' | 'skipped' | 'error';
  note: string | null;
  buildMs: number | null;
  /** The first question after build (lazy structures, JIT warm-up); not in the percentiles. */
  firstQueryMs: number | null;
  /** Heap used when the process started (modules loaded, nothing read yet). */
  heapBeforeMB: number | null;
  /** Heap used right after build (source text released, full GC). */
  heapAfterMB: number | null;
  /** Heap used after every question was asked (lazy structures built). */
  heapSteadyMB: number | null;
  rssMB: number | null;
  outcomes: Outcome[];
  extra: Record<string, number | string>;
}

export function emptyResult(system: string): WorkerResult {
  return { system, status: 'ok', note: null, buildMs: null, firstQueryMs: null, heapBeforeMB: null, heapAfterMB: null, heapSteadyMB: null, rssMB: null, outcomes: [], extra: {} };
}
