/**
 * Inverted index over sentences: term key → postings of sentence ids. Lookups cost the length of
 * the query terms' postings, not the corpus size, which is what keeps answers in milliseconds
 * over 100k paragraphs (fuse.js alone scans every record).
 *
 * Built for size: terms and surface words are interned to integer ids, postings live in Int32
 * blocks (postings.ts) and per-sentence facts in typed columns, so 370k sentences cost tens of MB.
 * An article's sentences get consecutive ids. Removal tombstones them; postings are compacted once
 * the dead outnumber the living, so an upload never pauses answering.
 */
import type { Language } from '../types.ts';
import { termKey } from '../text/stem.ts';
import { fold, forEachWord } from '../text/tokens.ts';
import { IntColumn, PostingStore, type FrozenPostings } from './postings.ts';
import { WordTable } from './word-table.ts';

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

/** What the index needs of an article: its id, language and the sentences of each paragraph. */
export interface IndexableArticle {
  id: string;
  language: Language;
  paragraphs: readonly { number: number; sentences: readonly { text: string }[] }[];
}

/** The index as plain data, for the persisted index cache. */
export interface IndexState {
  terms: string[];
  surfaces: string[];
  surfaceCounts: Int32Array;
  postings: FrozenPostings;
  /** Per article ordinal: its id (null once removed) and its sentences [first, first + count). */
  articles: { id: string | null; first: number; count: number }[];
  columns: { ordinal: Int32Array; paragraph: Int32Array; sentence: Int32Array; length: Int32Array; paragraphKey: Int32Array };
  paragraphs: number;
}

/** Surface ids stay below this (16.7 million distinct spellings) so two ids pack into one number. */
const SURFACE_SPAN = 2 ** 24;
const WORD_CACHE_LIMIT = 1_000_000;

/** The id of `key` in the list, appending it on first sight. */
function intern(list: string[], ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = list.length;
    list.push(key);
    ids.set(key, id);
  }
  return id;
}

interface Range {
  ordinal: number;
  first: number;
  count: number;
}

export class SentenceIndex {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postings: PostingStore;
  /** Folded surface word → id; counts of sentences containing it (typo correction runs over these). */
  private readonly surfaceIds = new Map<string, number>();
  private readonly surfaces: string[] = [];
  private readonly surfaceCounts: IntColumn;
  /**
   * Surface word as written → its term id and surface id packed in one number (term × 2^24 +
   * surface), per language: folding, stemming and interning run once per distinct spelling, and
   * each later occurrence costs one Map lookup.
   */
  private readonly wordCache = { id: new WordTable(), en: new WordTable() };
  // Per-sentence columns.
  private readonly ordinal: IntColumn;
  private readonly paragraphOf: IntColumn;
  private readonly sentenceOf: IntColumn;
  private readonly lengthOf: IntColumn;
  private readonly paragraphKeyOf: IntColumn;
  private alive: Uint8Array;
  /** Article ordinal → id (null once removed); id → its sentence range. */
  private readonly articleIds: (string | null)[] = [];
  private readonly ranges = new Map<string, Range>();
  // Dedupe within a sentence without a Set: the last sentence id that saw each term/surface.
  private termStamp: Int32Array = new Int32Array(1024).fill(-1);
  private surfaceStamp: Int32Array = new Int32Array(1024).fill(-1);
  private live = 0;
  private paragraphs = 0;
  private totalLength = 0;
  private dead = 0;
  /** Living-sentence counts of terms while removed sentences await compaction (see liveCount). */
  private readonly liveCounts = new Map<number, number>();
  private liveCountsVersion = -1;
  /** Bumped on every change so dependent caches (the fuzzy vocabulary) know to rebuild. */
  version = 0;

  constructor(state?: IndexState) {
    this.postings = new PostingStore(state?.postings);
    this.surfaceCounts = state ? IntColumn.from(state.surfaceCounts) : new IntColumn();
    const c = state?.columns;
    this.ordinal = c ? IntColumn.from(c.ordinal) : new IntColumn();
    this.paragraphOf = c ? IntColumn.from(c.paragraph) : new IntColumn();
    this.sentenceOf = c ? IntColumn.from(c.sentence) : new IntColumn();
    this.lengthOf = c ? IntColumn.from(c.length) : new IntColumn();
    this.paragraphKeyOf = c ? IntColumn.from(c.paragraphKey) : new IntColumn();
    this.alive = new Uint8Array(Math.max(1024, this.ordinal.length));
    if (!state) return;
    state.terms.forEach((t, i) => { this.terms.push(t); this.termIds.set(t, i); });
    state.surfaces.forEach((s, i) => { this.surfaces.push(s); this.surfaceIds.set(s, i); });
    for (const a of state.articles) {
      const ordinal = this.articleIds.length;
      this.articleIds.push(a.id);
      if (a.id === null) continue;
      this.ranges.set(a.id, { ordinal, first: a.first, count: a.count });
      this.alive.fill(1, a.first, a.first + a.count);
      this.live += a.count;
      for (let id = a.first; id < a.first + a.count; id += 1) this.totalLength += this.lengthOf.get(id);
    }
    this.paragraphs = state.paragraphs;
  }

  private internTerm(key: string): number {
    return intern(this.terms, this.termIds, key);
  }

  /** Term id × 2^24 + surface id of the word text[start, end) as written. */
  private wordIds(text: string, start: number, end: number, language: Language): number {
    const cache = this.wordCache[language];
    // Bounded: a corpus of names and typos could otherwise grow it without end.
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    const known = cache.find(text, start, end);
    if (known >= 0) return known;
    const surface = text.slice(start, end);
    const folded = fold(surface);
    const packed = this.internTerm(termKey(folded, language)) * SURFACE_SPAN + this.surfaceOf(folded);
    cache.add(surface, packed);
    return packed;
  }

  private surfaceOf(folded: string): number {
    const id = intern(this.surfaces, this.surfaceIds, folded);
    if (id === this.surfaceCounts.length) this.surfaceCounts.push(0);
    return id;
  }

  private static grow(stamps: Int32Array, need: number): Int32Array {
    if (need < stamps.length) return stamps;
    const grown = new Int32Array(Math.max(need + 1, stamps.length * 2)).fill(-1);
    grown.set(stamps);
    return grown;
  }

  /** Index every sentence of an article (replacing an earlier article with the same id). */
  add(article: IndexableArticle): void {
    if (this.ranges.has(article.id)) this.remove(article.id);
    const ordinal = this.articleIds.length;
    this.articleIds.push(article.id);
    const first = this.ordinal.length;
    const language = article.language;
    for (const p of article.paragraphs) {
      const paragraphKey = this.paragraphs++;
      p.sentences.forEach((s, si) => {
        const id = this.ordinal.length;
        let length = 0;
        forEachWord(s.text, (start, end) => {
          length += 1;
          const packed = this.wordIds(s.text, start, end, language);
          const term = Math.floor(packed / SURFACE_SPAN);
          const surfaceId = packed % SURFACE_SPAN;
          this.termStamp = SentenceIndex.grow(this.termStamp, term);
          if (this.termStamp[term] !== id) {
            this.termStamp[term] = id;
            this.postings.add(term, id);
          }
          this.surfaceStamp = SentenceIndex.grow(this.surfaceStamp, surfaceId);
          if (this.surfaceStamp[surfaceId] !== id) {
            this.surfaceStamp[surfaceId] = id;
            this.surfaceCounts.set(surfaceId, this.surfaceCounts.get(surfaceId) + 1);
          }
        });
        this.ordinal.push(ordinal);
        this.paragraphOf.push(p.number);
        this.sentenceOf.push(si);
        this.lengthOf.push(length);
        this.paragraphKeyOf.push(paragraphKey);
        this.live += 1;
        this.totalLength += length;
      });
    }
    const count = this.ordinal.length - first;
    if (this.alive.length < this.ordinal.length) {
      const grown = new Uint8Array(Math.max(this.ordinal.length, this.alive.length * 2));
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive.fill(1, first, first + count);
    this.ranges.set(article.id, { ordinal, first, count });
    if (this.postings.needsFreeze) this.freeze();
    this.version += 1;
  }

  /** Fold recent additions into the compact postings block (and drop removed sentences). */
  freeze(): void {
    this.postings.freeze(this.terms.length, (id) => this.alive[id] === 1, this.dead > 0);
    this.dead = 0;
  }

  /** Drop an article's sentences; postings are compacted once enough are dead. */
  remove(articleId: string): boolean {
    const range = this.ranges.get(articleId);
    if (!range) return false;
    for (let id = range.first; id < range.first + range.count; id += 1) {
      if (this.alive[id] !== 1) continue;
      this.alive[id] = 0;
      this.live -= 1;
      this.dead += 1;
      this.totalLength -= this.lengthOf.get(id);
    }
    this.articleIds[range.ordinal] = null;
    this.ranges.delete(articleId);
    // Surface counts are only used for typo correction: they are left approximate after removal.
    if (this.dead > this.live) this.freeze();
    this.version += 1;
    return true;
  }

  /** Sentence ids containing the term key (may include removed ids: check `isAlive`). */
  lookup(key: string): Int32Array {
    const term = this.termIds.get(key);
    return term === undefined ? new Int32Array(0) : this.postings.list(term);
  }

  has(key: string): boolean {
    const term = this.termIds.get(key);
    return term !== undefined && this.postings.count(term) > 0;
  }

  /**
   * Whether a living sentence holds the key. `has` also counts a removed article's postings until
   * they are compacted; what a question means must not depend on when that happened.
   */
  hasLive(key: string): boolean {
    if (!this.has(key)) return false;
    for (const id of this.lookup(key)) if (this.alive[id] === 1) return true;
    return false;
  }

  isAlive(id: number): boolean {
    return this.alive[id] === 1;
  }

  articleOf(id: number): string {
    return this.articleIds[this.ordinal.get(id)] ?? '';
  }

  paragraphKey(id: number): number {
    return this.paragraphKeyOf.get(id);
  }

  tokenCount(id: number): number {
    return this.lengthOf.get(id);
  }

  doc(id: number): SentenceDoc | undefined {
    if (!this.isAlive(id)) return undefined;
    return { article: this.articleOf(id), paragraph: this.paragraphOf.get(id), sentence: this.sentenceOf.get(id), length: this.lengthOf.get(id), paragraphKey: this.paragraphKeyOf.get(id) };
  }

  /** Inverse document frequency of a key (BM25 form, never negative), over the living sentences. */
  idf(key: string): number {
    const term = this.termIds.get(key);
    const df = term === undefined ? 0 : this.liveCount(term);
    return Math.log(1 + Math.max(0, this.live - df + 0.5) / (df + 0.5));
  }

  /**
   * How many living sentences hold a term. Until removed sentences are compacted away their
   * postings still count, and a question must weigh the same before and after that happens: the
   * living ones are counted then, once per term until the index changes.
   */
  private liveCount(term: number): number {
    if (this.dead === 0) return this.postings.count(term);
    if (this.liveCountsVersion !== this.version) {
      this.liveCounts.clear();
      this.liveCountsVersion = this.version;
    }
    let n = this.liveCounts.get(term);
    if (n === undefined) {
      n = 0;
      for (const id of this.postings.list(term)) if (this.alive[id] === 1) n += 1;
      this.liveCounts.set(term, n);
    }
    return n;
  }

  /** The idf a term would have if it occurred in no sentence: the most a term can weigh. */
  maxIdf(): number {
    return Math.log(1 + (this.live + 0.5) / 0.5);
  }

  get size(): number {
    return this.live;
  }

  /** Sentence ids handed out so far (the living and the removed): the bound for dense per-sentence arrays. */
  get idSpan(): number {
    return this.ordinal.length;
  }

  /** Paragraph keys handed out so far: the bound for dense per-paragraph arrays. */
  get paragraphSpan(): number {
    return this.paragraphs;
  }

  get averageLength(): number {
    return this.live ? this.totalLength / this.live : 1;
  }

  /** Folded surface words of the corpus, for fuzzy matching of misspelt query words. */
  surfaceWords(): Iterable<string> {
    const counts = this.surfaceCounts;
    return this.surfaces.filter((_, i) => counts.get(i) > 0);
  }

  /** In how many sentences a folded surface word occurs. */
  surfaceCount(folded: string): number {
    const id = this.surfaceIds.get(folded);
    return id === undefined ? 0 : this.surfaceCounts.get(id);
  }

  /**
   * Append another index's sentences (built in a worker thread over other articles) as if they had
   * been added here: terms and surfaces re-interned, ids and paragraph keys shifted. An article id
   * already present is replaced.
   */
  absorb(other: IndexState): void {
    const termMap = Int32Array.from(other.terms, (t) => this.internTerm(t));
    const surfaceMap = Int32Array.from(other.surfaces, (w) => this.surfaceOf(w));
    other.surfaces.forEach((_, i) => {
      const id = surfaceMap[i] ?? 0;
      this.surfaceCounts.set(id, this.surfaceCounts.get(id) + (other.surfaceCounts[i] ?? 0));
    });
    const shift = this.ordinal.length;
    const ordinalMap = other.articles.map((a) => {
      if (a.id !== null && this.ranges.has(a.id)) this.remove(a.id);
      const ordinal = this.articleIds.length;
      this.articleIds.push(a.id);
      if (a.id !== null) this.ranges.set(a.id, { ordinal, first: a.first + shift, count: a.count });
      return ordinal;
    });
    const c = other.columns;
    for (let i = 0; i < c.ordinal.length; i += 1) {
      this.ordinal.push(ordinalMap[c.ordinal[i] ?? 0] ?? 0);
      this.paragraphOf.push(c.paragraph[i] ?? 0);
      this.sentenceOf.push(c.sentence[i] ?? 0);
      this.lengthOf.push(c.length[i] ?? 0);
      this.paragraphKeyOf.push((c.paragraphKey[i] ?? 0) + this.paragraphs);
    }
    this.paragraphs += other.paragraphs;
    if (this.alive.length < this.ordinal.length) {
      const grown = new Uint8Array(Math.max(this.ordinal.length, this.alive.length * 2));
      grown.set(this.alive);
      this.alive = grown;
    }
    for (const a of other.articles) {
      if (a.id === null) continue;
      this.alive.fill(1, a.first + shift, a.first + shift + a.count);
      this.live += a.count;
      for (let id = a.first; id < a.first + a.count; id += 1) this.totalLength += c.length[id] ?? 0;
    }
    const { offsets, ids } = other.postings;
    for (let t = 0; t < other.terms.length; t += 1) {
      const term = termMap[t] ?? 0;
      for (let k = offsets[t] ?? 0; k < (offsets[t + 1] ?? 0); k += 1) this.postings.add(term, (ids[k] ?? 0) + shift);
    }
    // As `add`: folded in once enough is pending, so one upload into a large index stays cheap.
    if (this.postings.needsFreeze) this.freeze();
    this.version += 1;
  }

  /** The index as plain data (frozen first), for the persisted index cache. */
  state(): IndexState {
    this.freeze();
    const articles: IndexState['articles'] = this.articleIds.map((id) => {
      const range = id === null ? undefined : this.ranges.get(id);
      return range ? { id, first: range.first, count: range.count } : { id: null, first: 0, count: 0 };
    });
    return {
      terms: [...this.terms],
      surfaces: [...this.surfaces],
      surfaceCounts: this.surfaceCounts.toArray(),
      postings: this.postings.frozen(),
      articles,
      columns: { ordinal: this.ordinal.toArray(), paragraph: this.paragraphOf.toArray(), sentence: this.sentenceOf.toArray(), length: this.lengthOf.toArray(), paragraphKey: this.paragraphKeyOf.toArray() },
      paragraphs: this.paragraphs,
    };
  }
}
