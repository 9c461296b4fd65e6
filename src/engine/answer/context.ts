/** What the answer stage sees: the question, its term groups, the ranking and the corpus. */
import type { QuestionAnalysis } from '../question/analyze.ts';
import type { AnswerKind } from '../question/classify.ts';
import type { TermGroup } from '../retrieval/expand.ts';
import type { Ranking, SentenceHit } from '../retrieval/rank.ts';
import type { Article, Citation, DateMention, Paragraph } from '../types.ts';
import type { AnswerModel } from './model.ts';

/** Read access to the ingested corpus. */
export interface CorpusView {
  article(id: string): Article | undefined;
  /** Folded words the article capitalizes mid-sentence. */
  properWords(id: string): ReadonlySet<string>;
}

export interface AnswerContext {
  analysis: QuestionAnalysis;
  groups: TermGroup[];
  ranking: Ranking;
  corpus: CorpusView;
  /** Article ids in scope, in load order. */
  scope: readonly string[];
  /** Paragraphs the previous turn cited ("article\0paragraph"): follow-ups prefer them. */
  previousParagraphs: ReadonlySet<string>;
  /** People the conversation is about (resolved pronouns), full names. */
  focus: readonly string[];
  /** Whether the question leaned on the previous turn. */
  isFollowUp: boolean;
  /** The previous turn's answer, when this question follows up on it. */
  previousAnswer: string | null;
  /** The fitted weights of candidate scoring and of the answer/not-found decision. */
  model: AnswerModel;
  /** Told what the answer stage weighed (for the trainer and for debugging). */
  trace?: (event: AnswerTrace) => void;
}

/** What the answer stage weighed for one question. */
export interface AnswerTrace {
  /** The kind of answer the question wanted ("count", "person" …). */
  kind: AnswerKind;
  /** Typed candidates, best first, with their features (empty for clause answers). */
  ranked: readonly { candidate: { kind: string; text: string }; hit: HitSentence; features: Readonly<Record<string, number>>; probability: number }[];
  /** The answer that was weighed (before the decision), or null. */
  extraction: Extraction | null;
  /** The decision model's features, its probability, and whether the answer was given. */
  decision: Readonly<Record<string, number>>;
  confidence: number;
  /** The probability that the articles do not answer the question. */
  unanswerable: number;
  answered: boolean;
  /** The question's word groups as expanded: label, alternatives' keys, weight, whether no article has them. */
  groups?: readonly { label: string; keys: readonly string[]; weight: number; missing: boolean }[];
}

/** The extracted answer before it is dressed as an `Answer`. */
export interface Extraction {
  answer: string;
  /** Where the answer came from: the first citation. */
  citations: Citation[];
  confidence: number;
  /** When the answer is a date: its parsed form, for normalization. */
  date?: DateMention;
  /** Entities the answer is about, for the next turn's pronouns. */
  focus: string[];
}

/** A sentence with its paragraph and article, resolved from a hit. */
export interface HitSentence {
  hit: SentenceHit;
  article: Article;
  paragraph: Paragraph;
  text: string;
  /** Offset of the sentence within the paragraph. */
  offset: number;
}

/**
 * Answers are extracted from the sentences of the best-ranked few articles: reading an article's
 * people, places and dates costs its analysis the first time, and in a 10,000-article corpus the
 * top hits would otherwise touch a new article each.
 */
export const ANSWER_ARTICLES = 3;

/** Resolve the top hits to their sentences (skipping any whose article went away). */
export function resolveHits(ctx: AnswerContext, limit: number): HitSentence[] {
  const out: HitSentence[] = [];
  const articles = new Set<string>();
  for (const hit of ctx.ranking.hits) {
    if (out.length >= limit) break;
    if (!articles.has(hit.doc.article)) {
      if (articles.size >= ANSWER_ARTICLES) continue;
      articles.add(hit.doc.article);
    }
    const article = ctx.corpus.article(hit.doc.article);
    const paragraph = article?.paragraphs[hit.doc.paragraph - 1];
    const sentence = paragraph?.sentences[hit.doc.sentence];
    if (!article || !paragraph || !sentence) continue;
    out.push({ hit, article, paragraph, text: sentence.text, offset: sentence.start });
  }
  return out;
}

/** A citation of a sentence (its verbatim text) or of a given span of its paragraph. */
export function citationOf(h: { article: Article; paragraph: Paragraph; text: string }, score: number): Citation {
  return { article: h.article.id, title: h.article.meta.title, paragraph: h.paragraph.number, excerpt: h.text, score: Math.round(score * 1000) / 1000 };
}
