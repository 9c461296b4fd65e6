/**
 * The benchmark corpus: articles of 5–15 paragraphs (~60 words each) assembled from real sentences.
 * The first pass over the source places every sentence once, verbatim, with its passage neighbours;
 * later passes place varied copies (shuffled order, swapped names and numbers, mixed clauses), and
 * one sentence in five is pulled from another passage. Seeded: the same options give the same
 * corpus, and a smaller corpus is a prefix of a larger one (same articles, same paragraphs).
 * Every placed sentence remembers its origin, so questions know their source paragraph.
 */
import { createRandom } from './random.ts';
import type { SourceText } from './source-text.ts';
import { DEFAULT_VARY, SentenceVarier, type VaryOptions } from './vary.ts';

export interface PlacedSentence {
  /** Id of the origin sentence it was made from. */
  origin: number;
  text: string;
  /** True for the one verbatim copy of the origin. */
  verbatim: boolean;
}

export interface BenchParagraph {
  /** `${article}#${number}`: how questions and results name a paragraph. */
  key: string;
  article: string;
  /** 1-based body paragraph number (the title line is not a paragraph). */
  number: number;
  text: string;
  sentences: PlacedSentence[];
}

export interface BenchArticle {
  id: string;
  title: string;
  /** Title line, blank line, paragraphs separated by blank lines: what the engine ingests. */
  text: string;
  paragraphs: BenchParagraph[];
}

export interface Corpus {
  articles: BenchArticle[];
  /** All paragraphs in corpus order. */
  paragraphs: BenchParagraph[];
  /** Origin sentence id → key of the paragraph holding its verbatim copy. */
  verbatim: Map<number, string>;
  /** Distinct names available for swapping at the end (grows with made-up names). */
  names: number;
}

export interface CorpusOptions {
  paragraphs: number;
  seed?: number;
  minArticleParagraphs?: number;
  maxArticleParagraphs?: number;
  /** Words per paragraph are drawn in this range; a paragraph has 2–5 sentences. */
  minWords?: number;
  maxWords?: number;
  /** Share of sentences taken from a random other passage. */
  mixRate?: number;
  vary?: VaryOptions;
}

/** How questions and results name a paragraph. */
export function paragraphKey(article: string, number: number): string {
  return `${article}#${number}`;
}

/** A title line: the first words of the lead sentence, without closing punctuation. */
function titleOf(sentence: string, words: number): string {
  return sentence.split(/\s+/).slice(0, words).join(' ').replace(/[\s,.;:!?"“”'(-]+$/u, '');
}

/** Build a corpus of exactly `options.paragraphs` paragraphs from the source sentences. */
export function buildCorpus(source: SourceText, options: CorpusOptions): Corpus {
  const o = { seed: 20241205, minArticleParagraphs: 5, maxArticleParagraphs: 15, minWords: 45, maxWords: 75, mixRate: 0.2, vary: DEFAULT_VARY, ...options };
  if (!source.sentences.length) throw new RangeError('the source has no sentences');
  const random = createRandom(o.seed);
  const varier = new SentenceVarier(source, random, o.vary);
  const groupIds = source.groups.map((_, i) => i).filter((i) => source.groups[i]?.length);
  let epoch = 0;
  let queue = random.shuffle(groupIds);
  let position = 0;
  let current: number[] = [];

  const sentence = (id: number, verbatim: boolean): PlacedSentence => {
    const text = source.sentences[id]?.text ?? '';
    return { origin: id, text: verbatim ? text : varier.vary(text), verbatim };
  };
  const next = (): PlacedSentence => {
    if (random.chance(o.mixRate)) return sentence(random.pick(source.sentences).id, false);
    while (!current.length) {
      if (position >= queue.length) {
        epoch += 1;
        queue = random.shuffle(groupIds);
        position = 0;
      }
      const group = source.groups[queue[position] ?? 0] ?? [];
      position += 1;
      current = epoch === 0 ? [...group] : random.shuffle(group);
    }
    return sentence(current.shift() ?? 0, epoch === 0);
  };

  const articles: BenchArticle[] = [];
  const paragraphs: BenchParagraph[] = [];
  const verbatim = new Map<number, string>();
  while (paragraphs.length < o.paragraphs) {
    const id = `bench-${String(articles.length + 1).padStart(6, '0')}`;
    const planned = random.int(o.minArticleParagraphs, o.maxArticleParagraphs);
    const count = Math.min(planned, o.paragraphs - paragraphs.length);
    const body: BenchParagraph[] = [];
    for (let n = 1; n <= count; n += 1) {
      const target = random.int(o.minWords, o.maxWords);
      const placed: PlacedSentence[] = [];
      let words = 0;
      while (placed.length < 2 || (words < target && placed.length < 5)) {
        const s = next();
        placed.push(s);
        words += s.text.split(' ').length;
      }
      const key = paragraphKey(id, n);
      for (const s of placed) if (s.verbatim) verbatim.set(s.origin, key);
      body.push({ key, article: id, number: n, text: placed.map((s) => s.text).join(' '), sentences: placed });
    }
    const title = titleOf(body[0]?.sentences[0]?.text ?? id, random.int(5, 9));
    articles.push({ id, title, text: `${title}\n\n${body.map((p) => p.text).join('\n\n')}\n`, paragraphs: body });
    paragraphs.push(...body);
  }
  return { articles, paragraphs, verbatim, names: varier.nameCount };
}
