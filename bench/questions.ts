/**
 * Benchmark questions, each with the paragraphs that count as a correct source:
 * - FacQA train questions whose passage sentence sits verbatim in the corpus (the paragraph it was
 *   placed in is the source);
 * - questions made from a corpus sentence: 3–5 of its content words, rarer words more likely (people
 *   ask about names and events), as "Siapa/Apa/Kapan … ?", English-like, or bare keyword queries;
 * - a typo (swap, delete or replace one letter, never the first, in a word of ≥5 letters) in every third.
 * A question's sources are every paragraph with one sentence holding all of its required words
 * (for FacQA: the question's content words found in the gold sentence), so a varied copy of the
 * sentence that matches the question exactly as well is not counted as a retrieval miss (whether its
 * answer is still right is answer quality, measured by `npm run eval`, not by this benchmark).
 */
import type { Corpus } from './corpus.ts';
import { createRandom, type Random } from './random.ts';
import type { SourceText } from './source-text.ts';
import { contentWords, fold, keywordQuery, words } from './words.ts';

export interface BenchQuestion {
  id: string;
  kind: 'facqa' | 'generated';
  /** What Kutip is asked. */
  text: string;
  /** The same question as a search-box query (content words only), for the baselines. */
  query: string;
  /** "nuklir→nukilr" when a typo was injected. */
  typo: string | null;
  /** Acceptable source paragraph keys; the first is the paragraph the sentence was placed in. */
  sources: string[];
}

export interface QuestionOptions {
  count?: number;
  /** Share of FacQA questions (the rest are generated). */
  facqaShare?: number;
  seed?: number;
}

const DATEISH = /\b(?:19|20)\d\d\b|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu/;

/** Inject one typo into a word of ≥5 letters (not a question word); null when there is none. */
export function injectTypo(text: string, random: Random): { text: string; typo: string } | null {
  const candidates = [...text.matchAll(/\p{L}{5,}/gu)].filter((m) => contentWords(m[0]).length > 0);
  if (!candidates.length) return null;
  const m = random.pick(candidates);
  const w = m[0];
  let typo = w;
  for (let attempt = 0; attempt < 5 && typo === w; attempt += 1) {
    const op = random.int(0, 2);
    if (op === 0) {
      const i = random.int(1, w.length - 2);
      typo = w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
    } else if (op === 1) {
      const i = random.int(1, w.length - 1);
      typo = w.slice(0, i) + w.slice(i + 1);
    } else {
      const i = random.int(1, w.length - 1);
      typo = w.slice(0, i) + random.pick([...'abcdefghijklmnopqrstuvwxyz']) + w.slice(i + 1);
    }
  }
  if (typo === w) return null;
  return { text: text.slice(0, m.index) + typo + text.slice(m.index + w.length), typo: `${w}→${typo}` };
}

/** Sentence document frequency of every folded content word. */
function documentFrequency(corpus: Corpus): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of corpus.paragraphs) for (const s of p.sentences) for (const w of contentWords(s.text)) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

interface Draft {
  id: string;
  kind: BenchQuestion['kind'];
  text: string;
  primary: string;
  required: string[];
}

function facqaDrafts(corpus: Corpus, source: SourceText, count: number, random: Random): Draft[] {
  const placed = source.facqa.filter((f) => corpus.verbatim.has(f.origin));
  return random.shuffle(placed).slice(0, count).map((f, i) => {
    const sentence = new Set(words(source.sentences[f.origin]?.text ?? '').map(fold));
    const required = contentWords(f.question).filter((w) => sentence.has(w));
    return { id: `facqa-${i + 1}`, kind: 'facqa', text: f.question, primary: corpus.verbatim.get(f.origin) ?? '', required };
  });
}

/** Pick k words without replacement, each with probability proportional to its weight. */
function weightedPick<T>(items: readonly T[], weight: (t: T) => number, k: number, random: Random): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < k && pool.length) {
    const total = pool.reduce((s, t) => s + weight(t), 0);
    let r = random.next() * total;
    let i = 0;
    for (; i < pool.length - 1; i += 1) {
      r -= weight(pool[i] as T);
      if (r <= 0) break;
    }
    out.push(...pool.splice(i, 1));
  }
  return out;
}

function generatedDrafts(corpus: Corpus, count: number, random: Random): Draft[] {
  const df = documentFrequency(corpus);
  const total = corpus.paragraphs.reduce((s, p) => s + p.sentences.length, 0);
  const drafts: Draft[] = [];
  for (let guard = 0; drafts.length < count && guard < count * 50; guard += 1) {
    const paragraph = random.pick(corpus.paragraphs);
    const sentence = random.pick(paragraph.sentences).text;
    const verbatim = new Map<string, string>();
    for (const w of words(sentence)) if (!verbatim.has(fold(w))) verbatim.set(fold(w), w);
    const candidates = contentWords(sentence).filter((w) => /^\p{L}+$/u.test(w) || /^(?:19|20)\d\d$/.test(w));
    if (candidates.length < 4) continue;
    const k = Math.min(candidates.length - 1, random.int(3, 5));
    const picked = new Set(weightedPick(candidates, (w) => Math.log(1 + total / (df.get(w) ?? 1)), k, random));
    const chosen = candidates.filter((w) => picked.has(w));
    const phrase = chosen.map((w) => verbatim.get(w) ?? w).join(' ');
    const style = random.next();
    let text: string;
    if (style < 0.45) {
      const hasOtherName = words(sentence).some((w) => /^[A-Z][a-z]/.test(w) && !picked.has(fold(w)));
      const wh = DATEISH.test(sentence) && random.chance(0.5) ? 'Kapan' : hasOtherName && random.chance(0.5) ? 'Siapa' : 'Apa';
      text = `${wh} ${phrase}?`;
    } else if (style < 0.7) {
      text = `${random.pick(['What about', 'Who', 'When', 'What'])} ${phrase}?`;
    } else {
      text = phrase;
    }
    drafts.push({ id: `gen-${drafts.length + 1}`, kind: 'generated', text, primary: paragraph.key, required: chosen });
  }
  return drafts;
}

/** Every paragraph with a sentence that holds all of a draft's required words. */
function acceptableSources(corpus: Corpus, drafts: readonly Draft[]): Map<string, string[]> {
  const needed = new Set(drafts.flatMap((d) => d.required));
  const postings = new Map<string, number[]>();
  const paragraphOf: number[] = [];
  corpus.paragraphs.forEach((p, pi) => {
    for (const s of p.sentences) {
      const id = paragraphOf.length;
      paragraphOf.push(pi);
      for (const w of new Set(words(s.text).map(fold))) {
        if (!needed.has(w)) continue;
        const list = postings.get(w);
        if (list) list.push(id);
        else postings.set(w, [id]);
      }
    }
  });
  const out = new Map<string, string[]>();
  for (const d of drafts) {
    const lists = d.required.map((w) => postings.get(w) ?? []).sort((a, b) => a.length - b.length);
    const keys = new Set<string>([d.primary]);
    if (lists.length) {
      const rest = lists.slice(1).map((l) => new Set(l));
      for (const id of lists[0] ?? []) {
        if (rest.every((set) => set.has(id))) keys.add(corpus.paragraphs[paragraphOf[id] ?? 0]?.key ?? '');
      }
    }
    out.set(d.id, [...keys]);
  }
  return out;
}

/** The questions for one corpus: half FacQA, half generated, shuffled, a typo in every third. */
export function makeQuestions(corpus: Corpus, source: SourceText, options: QuestionOptions = {}): BenchQuestion[] {
  const { count = 240, facqaShare = 0.5, seed = 7 } = options;
  const random = createRandom(seed);
  const facqa = facqaDrafts(corpus, source, Math.round(count * facqaShare), random);
  const drafts = random.shuffle([...facqa, ...generatedDrafts(corpus, count - facqa.length, random)]);
  const sources = acceptableSources(corpus, drafts);
  return drafts.map((d, i) => {
    const typo = i % 3 === 2 ? injectTypo(d.text, random) : null;
    const text = typo?.text ?? d.text;
    return { id: d.id, kind: d.kind, text, query: keywordQuery(text), typo: typo?.typo ?? null, sources: sources.get(d.id) ?? [d.primary] };
  });
}
