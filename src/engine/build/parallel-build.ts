/**
 * Parallel index build for large corpora: a worker thread prepares and indexes the second part of
 * the articles while the calling thread does the first, then the caller absorbs the worker's
 * index. On 2 cores this roughly halves a 100k-paragraph build. The call stays synchronous (the
 * caller blocks on a shared flag once its own part is done, and reads the reply with
 * receiveMessageOnPort), so createEngine and openCorpus keep their simple signatures.
 *
 * Anything unexpected — no worker file (a partial bundle), a worker that does not start, crashes
 * or throws — returns null, and the caller indexes that part itself: slower, never wrong.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { ArticleSource } from '../types.ts';
import { DONE, STARTED, type WorkerReply } from './protocol.ts';

const START_TIMEOUT_MS = 20_000;
const WORK_TIMEOUT_MS = 10 * 60_000;

/** index-worker.ts beside this file, or index-worker.mjs at the root of the bundle (dist/). */
function workerFile(): string | null {
  const here = import.meta.url;
  const candidates = here.endsWith('.ts') ? [new URL('./index-worker.ts', here)] : [new URL('./index-worker.mjs', here), new URL('../index-worker.mjs', here)];
  for (const url of candidates) {
    const path = fileURLToPath(url);
    if (existsSync(path)) return path;
  }
  return null;
}

/**
 * How to start the worker file: the bundle's .mjs directly; a .ts source through tsx's API, since
 * the loader hooks of `node --import tsx` do not reach worker threads.
 */
function entry(file: string): [string, { eval?: boolean }] {
  if (!file.endsWith('.ts')) return [file, {}];
  // require.resolve finds the CommonJS build of tsx's API; its ES module twin is the one that works here.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const mjs = cjs.replace(/\.cjs$/, '.mjs');
  const api = pathToFileURL(existsSync(mjs) ? mjs : cjs).href;
  const url = pathToFileURL(file).href;
  return [`import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}))`, { eval: true }];
}

/**
 * Whether a core is idle for the worker: two threads on a machine already busy with other work
 * only take turns (measured: a 100k build took 16 s split, 9.6 s on one thread, under load 4 on
 * 2 cores), so the split is worth it only when the recent load leaves a core free.
 */
export function spareCore(): boolean {
  const cores = availableParallelism();
  return cores > 1 && (loadavg()[0] ?? 0) <= cores - 1;
}

export interface WorkerBuild {
  /** Block until the worker's reply (null when it failed: index its sources yourself). */
  collect(): Extract<WorkerReply, { ok: true }> | null;
}

/** Start indexing `sources` in a worker thread; null when no worker can be started here. */
export function startWorkerBuild(sources: readonly ArticleSource[]): WorkerBuild | null {
  const file = workerFile();
  if (!file) return null;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const workerData = { sources: sources.map((s) => ({ id: s.id, text: s.text })), port: port2, flag };
  let worker: Worker;
  try {
    const [what, how] = entry(file);
    worker = new Worker(what, { ...how, workerData, transferList: [port2] });
  } catch {
    return null;
  }
  // Failures are seen through the flag; the event only must not go unhandled.
  worker.on('error', () => undefined);
  const stop = (): null => {
    void worker.terminate();
    port1.close();
    return null;
  };
  return {
    collect() {
      if (Atomics.load(flag, 0) < STARTED && Atomics.wait(flag, 0, 0, START_TIMEOUT_MS) === 'timed-out') return stop();
      const deadline = Date.now() + WORK_TIMEOUT_MS;
      while (Atomics.load(flag, 0) < DONE) {
        if (Date.now() > deadline) return stop();
        Atomics.wait(flag, 0, STARTED, 1000);
      }
      const reply = receiveMessageOnPort(port1)?.message as WorkerReply | undefined;
      stop();
      return reply?.ok ? reply : null;
    },
  };
}
