/**
 * Reconciling article files with the engine: a deleted file's article leaves, a bad file is
 * rejected once (until it changes), and every new or changed file is ingested in one batch by the
 * engine's ingestion thread. A file's content hash tells a real change from an unchanged file.
 */
import { basename } from 'node:path';
import type { ArticleSource, Engine } from '../engine/index.ts';
import { contentHash } from './article-ids.ts';
import { readArticleText } from './read-article.ts';

/** What reconciling one file with the engine did. */
export type StoreChange =
  | { kind: 'added' | 'updated'; id: string; file: string; title: string | null }
  | { kind: 'removed'; id: string; file: string }
  | { kind: 'rejected'; id: string; file: string; reason: string; removed: boolean };

/** A file the engine serves: its article id and the hash of the text it was read from. */
export interface Known {
  id: string;
  hash: string;
}

/** The store's records, which reconciling updates. */
export interface Ledger {
  engine: Engine;
  /** Served files by path. */
  known: Map<string, Known>;
  /** Last rejection per path (its hash), so an unchanged bad file is reported once. */
  rejected: Map<string, string>;
  maxBytes: number;
  /** The article id of a path to reconcile now; null to leave it alone (not an article, being written, another shard's). */
  idOf(file: string): string | null;
}

/** A file to ingest, and what was known of it before. */
interface Pending {
  file: string;
  id: string;
  text: string;
  hash: string;
  known: Known | undefined;
}

const NO_PARAGRAPHS = 'no article paragraphs were found in it (only short lines or headings)';

function reject(ledger: Ledger, file: string, id: string, hash: string, known: Known | undefined, reason: string): StoreChange {
  if (known !== undefined) ledger.engine.remove(known.id);
  ledger.known.delete(file);
  ledger.rejected.set(file, hash);
  return { kind: 'rejected', id, file, reason, removed: known !== undefined };
}

/** Bring the engine in line with `files` (created, changed or deleted); the changes, in `files` order. */
export async function reconcileFiles(files: readonly string[], ledger: Ledger): Promise<StoreChange[]> {
  const changes = new Map<string, StoreChange>();
  const pending: Pending[] = [];
  const claimed = new Map<string, string>();
  for (const file of files) {
    const id = ledger.idOf(file);
    if (id === null) continue;
    const known = ledger.known.get(file);
    const read = readArticleText(file, ledger.maxBytes);
    if (read === null) {
      ledger.rejected.delete(file);
      if (known === undefined) continue;
      ledger.known.delete(file);
      ledger.engine.remove(known.id);
      changes.set(file, { kind: 'removed', id: known.id, file });
      continue;
    }
    const hash = 'text' in read ? contentHash(read.text) : `!${read.reason}`;
    if (known?.hash === hash || ledger.rejected.get(file) === hash) continue;
    if ('reason' in read) {
      changes.set(file, reject(ledger, file, id, hash, known, read.reason));
      continue;
    }
    // Two files for one id ("x.txt" and "x.md"): the first one keeps it.
    const twin = claimed.get(id) ?? [...ledger.known.entries()].find(([other, k]) => k.id === id && other !== file)?.[0];
    if (twin !== undefined) {
      changes.set(file, reject(ledger, file, id, hash, known, `${basename(twin)} already provides the article id ${id}`));
      continue;
    }
    claimed.set(id, file);
    pending.push({ file, id, text: read.text, hash, known });
  }
  if (pending.length > 0) {
    const sources: ArticleSource[] = pending.map((p) => ({ id: p.id, text: p.text, file: p.file }));
    const outcome = await ledger.engine.ingest(sources);
    const byId = new Map(outcome.articles.map((a) => [a.id, a] as const));
    const failures = new Map(outcome.failed.map((f) => [f.source.id, f.reason] as const));
    for (const p of pending) {
      const article = byId.get(p.id);
      if (article === undefined) {
        changes.set(p.file, reject(ledger, p.file, p.id, p.hash, p.known, `it could not be read as an article (${failures.get(p.id) ?? 'unknown error'})`));
      } else if (article.paragraphs.length === 0) {
        ledger.engine.remove(p.id);
        changes.set(p.file, reject(ledger, p.file, p.id, p.hash, p.known, NO_PARAGRAPHS));
      } else {
        ledger.known.set(p.file, { id: p.id, hash: p.hash });
        ledger.rejected.delete(p.file);
        changes.set(p.file, { kind: p.known === undefined ? 'added' : 'updated', id: p.id, file: p.file, title: article.meta.title });
      }
    }
  }
  return files.map((f) => changes.get(f)).filter((c): c is StoreChange => c !== undefined);
}
