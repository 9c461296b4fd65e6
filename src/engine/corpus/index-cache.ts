/**
 * The persisted index of a folder: the engine's snapshot plus the size and modification time of
 * each file it was built from. A file whose size and time still match is served from the cache
 * without being read; a changed, new or deleted file is re-read or dropped on top of it.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { decodeSnapshot, encodeSnapshot, type EngineSnapshot } from '../persist/snapshot.ts';
import type { ArticleFile } from './load-dir.ts';

/** What the cache records of a file (the article id is the file's id). */
export type Fingerprint = Pick<ArticleFile, 'id' | 'size' | 'mtimeMs'> & { name: string };

export interface CachedIndex {
  snapshot: EngineSnapshot;
  fingerprints: Map<string, Fingerprint>;
}

/** Read the cache; null when there is none. Throws (with the reason) when it exists but is unusable. */
export function readIndexCache(file: string): CachedIndex | null {
  let blob: Buffer;
  try {
    blob = readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const snapshot = decodeSnapshot(blob);
  const list = Array.isArray(snapshot.extra) ? (snapshot.extra as Fingerprint[]) : [];
  return { snapshot, fingerprints: new Map(list.map((f) => [f.name, f])) };
}

/** Whether a listed file is the one the cache was built from. */
export function unchanged(cache: CachedIndex, entry: ArticleFile, name: string): boolean {
  const f = cache.fingerprints.get(name);
  return f !== undefined && f.id === entry.id && f.size === entry.size && f.mtimeMs === entry.mtimeMs;
}

/** Write the cache atomically (a reader never sees half a file). */
export function writeIndexCache(file: string, snapshot: EngineSnapshot): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, encodeSnapshot(snapshot));
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}
