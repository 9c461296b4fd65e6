/**
 * The engine's prepared articles and index as one binary blob, so a restart over 100k paragraphs
 * reads a file instead of re-running layout, sentence splitting and indexing (seconds → well under
 * one). Layout:
 *
 *   "KUTIPIX" + format byte        this layout's version (SNAPSHOT_FORMAT)
 *   u32 length + stamp             the writer's build stamp (UTF-8), readable without decoding the rest
 *   u32 CRC-32                     of every byte after it: a damaged file is refused, never half-read
 *   u32 length + JSON header       articles' metadata and paragraph texts, term and surface strings
 *   Int32 arrays                   each a u32 element count and little-endian values, 4-byte aligned
 */
import { crc32 } from 'node:zlib';
import type { ArticleMeta, Language } from '../types.ts';
import type { IndexState } from '../retrieval/sentence-index.ts';

/** Version of the layout above (what the index holds is the stamp's business: see build-stamp.ts). */
export const SNAPSHOT_FORMAT = 2;
const MAGIC = 'KUTIPIX';

/** An article as the index saw it: enough to rebuild a PreparedArticle without re-reading text files. */
export interface SnapshotArticle {
  id: string;
  meta: ArticleMeta;
  language: Language;
  paragraphs: { text: string; sentences: { start: number; length: number }[] }[];
}

export interface EngineSnapshot {
  articles: SnapshotArticle[];
  index: IndexState;
  /** The caller's own data (e.g. file fingerprints), kept verbatim. */
  extra: unknown;
}

interface Header {
  format: number;
  articles: { id: string; meta: ArticleMeta; language: Language; paragraphs: string[] }[];
  index: { terms: string[]; surfaces: string[]; articles: IndexState['articles']; paragraphs: number };
  extra: unknown;
}

const align = (at: number): number => at + ((4 - (at % 4)) % 4);

/** Encode a snapshot, stamped with what built it (`stamp`, opaque here). */
export function encodeSnapshot(snapshot: EngineSnapshot, stamp = ''): Buffer {
  const counts: number[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  for (const a of snapshot.articles) {
    for (const p of a.paragraphs) {
      counts.push(p.sentences.length);
      for (const s of p.sentences) { starts.push(s.start); lengths.push(s.length); }
    }
  }
  const { index } = snapshot;
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    articles: snapshot.articles.map((a) => ({ id: a.id, meta: a.meta, language: a.language, paragraphs: a.paragraphs.map((p) => p.text) })),
    index: { terms: index.terms, surfaces: index.surfaces, articles: index.articles, paragraphs: index.paragraphs },
    extra: snapshot.extra,
  };
  const arrays = [
    Int32Array.from(counts), Int32Array.from(starts), Int32Array.from(lengths),
    index.surfaceCounts, index.postings.offsets, index.postings.ids,
    index.columns.ordinal, index.columns.paragraph, index.columns.sentence, index.columns.length, index.columns.paragraphKey,
  ];
  const stampBytes = Buffer.from(stamp, 'utf8');
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const crcAt = 12 + stampBytes.length;
  const headerAt = crcAt + 4;
  let size = align(headerAt + 4 + json.length);
  for (const a of arrays) size += 4 + a.byteLength;
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt8(SNAPSHOT_FORMAT, 7);
  out.writeUInt32LE(stampBytes.length, 8);
  stampBytes.copy(out, 12);
  out.writeUInt32LE(json.length, headerAt);
  json.copy(out, headerAt + 4);
  let at = align(headerAt + 4 + json.length);
  for (const a of arrays) {
    out.writeUInt32LE(a.length, at);
    at += 4;
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += a.byteLength;
  }
  out.writeUInt32LE(crc32(out.subarray(headerAt)), crcAt);
  return out;
}

/** A blob's format and stamp, read without decoding the rest; null when it is not a Kutip index file at all. */
export function readSnapshotStamp(blob: Uint8Array): { format: number; stamp: string | null } | null {
  if (blob.length < 8 || Buffer.from(blob.buffer, blob.byteOffset, 7).toString('latin1') !== MAGIC) return null;
  const format = blob[7] ?? 0;
  if (format !== SNAPSHOT_FORMAT || blob.length < 12) return { format, stamp: null };
  const length = new DataView(blob.buffer, blob.byteOffset, blob.byteLength).getUint32(8, true);
  if (12 + length > blob.length) return { format, stamp: null };
  return { format, stamp: Buffer.from(blob.buffer, blob.byteOffset + 12, length).toString('utf8') };
}

/** Decode a snapshot; throws an Error saying what is wrong with a foreign, old or damaged blob. */
export function decodeSnapshot(blob: Uint8Array): EngineSnapshot {
  const stamped = readSnapshotStamp(blob);
  if (stamped === null) throw new Error(blob.length < 8 ? 'the file is too short' : 'not a Kutip index file');
  if (stamped.format !== SNAPSHOT_FORMAT) throw new Error(`index format ${stamped.format}, this version reads ${SNAPSHOT_FORMAT}`);
  if (stamped.stamp === null) throw new Error('the index file is truncated');
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const crcAt = 12 + Buffer.byteLength(stamped.stamp, 'utf8');
  const headerAt = crcAt + 4;
  if (headerAt + 4 > blob.length) throw new Error('the index file is truncated');
  if (crc32(blob.subarray(headerAt)) !== view.getUint32(crcAt, true)) throw new Error('the index file is damaged (its checksum does not match)');
  const jsonLength = view.getUint32(headerAt, true);
  if (headerAt + 4 + jsonLength > blob.length) throw new Error('the index file is truncated');
  const header = JSON.parse(Buffer.from(blob.buffer, blob.byteOffset + headerAt + 4, jsonLength).toString('utf8')) as Header;
  let at = align(headerAt + 4 + jsonLength);
  const next = (): Int32Array => {
    if (at + 4 > blob.length) throw new Error('the index file is truncated');
    const count = view.getUint32(at, true);
    at += 4;
    if (at + count * 4 > blob.length) throw new Error('the index file is truncated');
    const offset = blob.byteOffset + at;
    at += count * 4;
    // Copied out, so the file's buffer (mostly paragraph text, now in strings) can be freed.
    return offset % 4 === 0 ? new Int32Array(blob.buffer, offset, count).slice() : new Int32Array(blob.slice(at - count * 4, at).buffer);
  };
  const [counts, starts, lengths, surfaceCounts, offsets, ids, ordinal, paragraph, sentence, length, paragraphKey] = Array.from({ length: 11 }, next) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  let p = 0;
  let s = 0;
  const articles: SnapshotArticle[] = header.articles.map((a) => ({
    id: a.id,
    meta: a.meta,
    language: a.language,
    paragraphs: a.paragraphs.map((text) => {
      const n = counts[p++] ?? 0;
      const sentences: { start: number; length: number }[] = [];
      for (let i = 0; i < n; i += 1, s += 1) sentences.push({ start: starts[s] ?? 0, length: lengths[s] ?? 0 });
      return { text, sentences };
    }),
  }));
  return {
    articles,
    index: { terms: header.index.terms, surfaces: header.index.surfaces, surfaceCounts, postings: { offsets, ids }, articles: header.index.articles, columns: { ordinal, paragraph, sentence, length, paragraphKey }, paragraphs: header.index.paragraphs },
    extra: header.extra,
  };
}
