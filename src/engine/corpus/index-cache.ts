/**
 * The persisted index of a folder: the engine's snapshot, stamped with the build that wrote it
 * (build-stamp.ts), plus the size and modification time of each file it was built from. A cache
 * written by another build is not read at all; with the same build, a file whose size and time
 * still match is served from the cache without being read, and a changed, new or deleted file is
 * re-read or dropped on top of it.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { formatStamp, parseStamp, stampDifference, type BuildStamp, type StampPart } from '../persist/build-stamp.ts';
import { decodeSnapshot, encodeSnapshot, readSnapshotStamp, SNAPSHOT_FORMAT, type EngineSnapshot } from '../persist/snapshot.ts';
import type { ArticleFile } from './load-dir.ts';

/** What the cache records of a file (the article id is the file's id). */
export type Fingerprint = Pick<ArticleFile, 'id' | 'size' | 'mtimeMs'> & { name: string };

/** A cache this build may use. */
export interface CachedIndex {
  snapshot: EngineSnapshot;
  fingerprints: Map<string, Fingerprint>;
}

/** What reading the cache file found. */
export type CacheRead =
  | { kind: 'missing' }
  /** Written by another build (which part differs), or in an older file format: not read. */
  | { kind: 'stale'; part: StampPart | 'format' }
  | { kind: 'damaged'; reason: string }
  | { kind: 'ok'; cache: CachedIndex };

/** Read the cache if this build (`stamp`) wrote it; never throws. */
export function readIndexCache(file: string, stamp: BuildStamp): CacheRead {
  let blob: Buffer;
  try {
    blob = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'damaged', reason: `it cannot be read (${code ?? 'error'})` };
  }
  const stamped = readSnapshotStamp(blob);
  if (stamped === null) return { kind: 'damaged', reason: blob.length < 8 ? 'the file is too short' : 'not a Kutip index file' };
  // An older (or newer) layout is another build's file, not a damaged one.
  if (stamped.format !== SNAPSHOT_FORMAT) return { kind: 'stale', part: 'format' };
  const writer = stamped.stamp === null ? null : parseStamp(stamped.stamp);
  if (writer === null) return { kind: 'damaged', reason: stamped.stamp === null ? 'the index file is truncated' : 'its build stamp is unreadable' };
  const part = stampDifference(writer, stamp);
  if (part !== null) return { kind: 'stale', part };
  try {
    const snapshot = decodeSnapshot(blob);
    const list = Array.isArray(snapshot.extra) ? (snapshot.extra as Fingerprint[]) : [];
    return { kind: 'ok', cache: { snapshot, fingerprints: new Map(list.map((f) => [f.name, f])) } };
  } catch (err) {
    return { kind: 'damaged', reason: (err as Error).message };
  }
}

/** Whether a listed file is the one the cache was built from. */
export function unchanged(cache: CachedIndex, entry: ArticleFile, name: string): boolean {
  const f = cache.fingerprints.get(name);
  return f !== undefined && f.id === entry.id && f.size === entry.size && f.mtimeMs === entry.mtimeMs;
}

/** Write the cache atomically (a reader never sees half a file), stamped with this build. */
export function writeIndexCache(file: string, snapshot: EngineSnapshot, stamp: BuildStamp): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, encodeSnapshot(snapshot, formatStamp(stamp)));
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}
