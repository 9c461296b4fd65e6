/**
 * The alternatives Kutip is measured against, each over the SAME sentences of the corpus:
 * - fuse.js classic: Bitap over each sentence, `ignoreLocation: true`, threshold 0.6;
 * - fuse.js token search (`useTokenSearch: true`, fuse.js ≥ 7.5): each query word fuzzy-matched on
 *   its own, ranked with BM25-style IDF;
 * - MiniSearch: inverted index, BM25, `fuzzy: 0.2`, `prefix: true`.
 * They get the question as a search box query (content words only), return sentence ids, best first;
 * the harness maps sentences to paragraphs.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';

export type BaselineName = 'fuse-classic' | 'fuse-token' | 'minisearch';

export const BASELINES: readonly BaselineName[] = ['minisearch', 'fuse-token', 'fuse-classic'];

export const BASELINE_LABELS: Record<BaselineName, string> = {
  'fuse-classic': 'fuse.js classic (ignoreLocation, threshold 0.6)',
  'fuse-token': 'fuse.js useTokenSearch',
  minisearch: 'MiniSearch (BM25, fuzzy 0.2, prefix)',
};

export interface Retriever {
  /** Sentence ids, best first (at most `limit`). */
  search(query: string, limit: number): number[];
}

/** Build one baseline's index over the sentences (the id of a sentence is its index). */
export function buildBaseline(name: BaselineName, sentences: readonly string[]): Retriever {
  if (name === 'minisearch') {
    const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [], searchOptions: { fuzzy: 0.2, prefix: true } });
    mini.addAll(sentences.map((text, id) => ({ id, text })));
    return { search: (query, limit) => mini.search(query).slice(0, limit).map((r) => r.id as number) };
  }
  const fuse = new Fuse(sentences, name === 'fuse-token'
    ? { useTokenSearch: true, ignoreLocation: true, includeScore: true }
    : { ignoreLocation: true, threshold: 0.6, includeScore: true });
  return { search: (query, limit) => fuse.search(query, { limit }).map((r) => r.refIndex) };
}
