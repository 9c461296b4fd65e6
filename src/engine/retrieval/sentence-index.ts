/**
 * Inverted index over sentences: term key → postings of sentence ids. Lookups cost the length of
 * the query terms' postings, not the corpus size, which is what keeps answers in milliseconds
 * over 100k paragraphs (fuse.js alone scans every record). Removal tombstones a document and
 * compacts postings lazily, so an upload never pauses answering.
 */
import type { Article, Language } from '../types.ts';
import { termKey } from '../text/stem.ts';
import { tokenize } from '../text/tokens.ts';

/** Where an indexed sentence lives. */
export interface SentenceDoc {
  article: string;
  paragraph: number;
  sentence: number;
  /** Number of tokens, for length normalization. */
  length: number;
  /** A number unique to the (article, paragraph) pair, for grouping sentences by paragraph. */
  paragraphKey: number;
}

export class SentenceIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly docs: (SentenceDoc | undefined)[] = [];
  private readonly byArticle = new Map<string, number[]>();
  /** Folded surface word → how many sentences contain it (typo correction runs over these). */
  private readonly surfaces = new Map<string, number>();
  private live = 0;
  private paragraphs = 0;
  private totalLength = 0;
  private dead = 0;
  /** Bumped on every change so dependent caches (the fuzzy vocabulary) know to rebuild. */
  version = 0;

  /** Index every sentence of an article (replacing an earlier article with the same id). */
  add(article: Article): void {
    if (this.byArticle.has(article.id)) this.remove(article.id);
    const ids: number[] = [];
    for (const p of article.paragraphs) {
      const paragraphKey = this.paragraphs++;
      p.sentences.forEach((s, si) => {
        const id = this.docs.length;
        const tokens = tokenize(s.text);
        this.docs.push({ article: article.id, paragraph: p.number, sentence: si, length: tokens.length, paragraphKey });
        ids.push(id);
        this.live += 1;
        this.totalLength += tokens.length;
        const seen = new Set<string>();
        for (const t of tokens) {
          const key = termKey(t.folded, article.language);
          if (!seen.has(key)) {
            seen.add(key);
            const list = this.postings.get(key);
            if (list) list.push(id);
            else this.postings.set(key, [id]);
          }
          if (!seen.has(`\u0000${t.folded}`)) {
            seen.add(`\u0000${t.folded}`);
            this.surfaces.set(t.folded, (this.surfaces.get(t.folded) ?? 0) + 1);
          }
        }
      });
    }
    this.byArticle.set(article.id, ids);
    this.version += 1;
  }

  /** Drop an article's sentences; postings are compacted once enough are dead. */
  remove(articleId: string): boolean {
    const ids = this.byArticle.get(articleId);
    if (!ids) return false;
    for (const id of ids) {
      const doc = this.docs[id];
      if (!doc) continue;
      this.docs[id] = undefined;
      this.live -= 1;
      this.dead += 1;
      this.totalLength -= doc.length;
    }
    this.byArticle.delete(articleId);
    if (this.dead > this.live) this.compact();
    this.version += 1;
    return true;
  }

  private compact(): void {
    for (const [key, list] of this.postings) {
      const kept = list.filter((id) => this.docs[id] !== undefined);
      if (kept.length) this.postings.set(key, kept);
      else this.postings.delete(key);
    }
    this.dead = 0;
    this.recountSurfaces();
  }

  private recountSurfaces(): void {
    this.surfaces.clear();
    // Surfaces are only used for typo correction; an approximate count after compaction is fine.
    for (const key of this.postings.keys()) this.surfaces.set(key, 1);
  }

  /** Sentence ids containing the term key (may include removed ids: check `doc`). */
  lookup(key: string): readonly number[] {
    return this.postings.get(key) ?? [];
  }

  has(key: string): boolean {
    return this.postings.has(key);
  }

  doc(id: number): SentenceDoc | undefined {
    return this.docs[id];
  }

  /** Inverse document frequency of a key (BM25 form, never negative). */
  idf(key: string): number {
    const df = this.postings.get(key)?.length ?? 0;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** The idf a term would have if it occurred in no sentence: the most a term can weigh. */
  maxIdf(): number {
    return Math.log(1 + (this.live + 0.5) / 0.5);
  }

  get size(): number {
    return this.live;
  }

  get averageLength(): number {
    return this.live ? this.totalLength / this.live : 1;
  }

  /** Folded surface words of the corpus, for fuzzy matching of misspelt query words. */
  surfaceWords(): IterableIterator<string> {
    return this.surfaces.keys();
  }

  hasSurface(folded: string): boolean {
    return this.surfaces.has(folded);
  }
}

/** Index key of a folded word in the given language (re-exported for query expansion). */
export function keyOf(folded: string, language: Language): string {
  return termKey(folded, language);
}
