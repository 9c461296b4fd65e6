/**
 * Where the ingestion thread's code is, wherever Kutip runs: from its TypeScript sources (the bot,
 * tests) the worker is ingest-worker.ts started through ts-worker.mjs, which registers tsx's loader
 * in the new thread; from the start-up bundle (dist/) it is the bundled ingest-worker.mjs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The file a Worker runs, and its workerData. */
export interface WorkerEntry {
  url: URL;
  workerData: { entry?: string };
}

/** How to start the ingestion worker from this module's location; null when its file is missing (a partial bundle). */
export function ingestWorkerEntry(here: string = import.meta.url): WorkerEntry | null {
  if (here.endsWith('.ts')) {
    const url = new URL('./ts-worker.mjs', here);
    const entry = new URL('./ingest-worker.ts', here);
    return existsSync(fileURLToPath(url)) && existsSync(fileURLToPath(entry)) ? { url, workerData: { entry: entry.href } } : null;
  }
  // In the bundle this code sits in dist/ or dist/chunks/, the worker at the root of dist/.
  for (const candidate of ['./ingest-worker.mjs', '../ingest-worker.mjs']) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return { url, workerData: {} };
  }
  return null;
}
