/**
 * How a batch of articles is ingested off the engine's thread: cut into chunks of about half a
 * million characters, each ingested by the ingestion thread (two in flight, so it never waits for
 * the engine between chunks) and handed to the engine in order, chunk by chunk. Each hand-over is
 * short (the chunk's index is absorbed: term ids re-interned, sentence ids shifted), so answering
 * goes on between chunks.
 *
 *   10,000 paragraphs ≈ 5 M characters → 10 chunks; a 0.9 MB upload → 1 chunk.
 *
 * A process's cold start (the bundled folder, before anything answers) does not come here: on the
 * calling thread it is faster. A second thread starts cold — its JIT and its stem caches empty — and
 * re-stems the whole vocabulary, which measured slower on a busy 2-core host, not faster.
 */
import type { ArticleSource } from '../types.ts';
import type { IngestThread } from './ingest-thread.ts';
import type { IngestedBatch } from './protocol.ts';

/** Characters per chunk: small enough that absorbing one stays short, large enough that messages are few. */
export const CHUNK_CHARS = 500_000;
/** Jobs the worker holds at once. */
const IN_FLIGHT = 2;

/** What a chunk came to: its batch, or why it failed (its articles are then not added). */
export type ChunkResult = { batch: IngestedBatch } | { error: Error };

/** Options of `ingestInOrder`. */
export interface ScheduleOptions {
  thread: IngestThread;
  /** Run the costly analysis too. */
  analyze: boolean;
}

const length = (s: ArticleSource): number => (typeof s.text === 'string' ? s.text.length : 0);

/** Consecutive chunks of about `maxChars` characters (one source at least each), in order. */
export function chunksOf(sources: readonly ArticleSource[], maxChars = CHUNK_CHARS): ArticleSource[][] {
  const chunks: ArticleSource[][] = [];
  let current: ArticleSource[] = [];
  let chars = 0;
  for (const source of sources) {
    if (current.length > 0 && chars + length(source) > maxChars) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(source);
    chars += length(source);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

interface Slot {
  done: Promise<ChunkResult>;
  settle(result: ChunkResult): void;
}

function slot(): Slot {
  let settle: (result: ChunkResult) => void = () => undefined;
  const done = new Promise<ChunkResult>((resolve) => { settle = resolve; });
  return { done, settle };
}

/** Ingest the chunks; `commit` gets each chunk's result in chunk order, as soon as it and all before it are done. */
export async function ingestInOrder(chunks: readonly ArticleSource[][], options: ScheduleOptions, commit: (chunk: readonly ArticleSource[], result: ChunkResult) => void): Promise<void> {
  const slots = chunks.map(slot);
  let next = 0;
  const take = (): number => (next < chunks.length ? next++ : -1);
  const lane = async (): Promise<void> => {
    for (let i = take(); i >= 0; i = take()) {
      const s = slots[i];
      try {
        s?.settle({ batch: await options.thread.run(chunks[i] ?? [], options.analyze) });
      } catch (error) {
        s?.settle({ error: error as Error });
      }
    }
  };
  const lanes = Array.from({ length: IN_FLIGHT }, lane);
  for (const [i, s] of slots.entries()) commit(chunks[i] ?? [], await s.done);
  await Promise.all(lanes);
}
