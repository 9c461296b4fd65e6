import type { Answer, Article, ArticleQuote, ArticleSource, AskOptions } from './types.ts';

/** Options for createEngine; everything has a default. */
export interface EngineOptions {
  /** Maximum question length in characters before it is cut (default 500). */
  maxQuestionChars?: number;
}

/** The engine: a corpus of ingested articles and the questions asked about it. */
export interface Engine {
  /** Answer a question; never throws on bad input (returns found:false). */
  ask(question: string, options?: AskOptions): Answer;
  /** All loaded articles, in load order. */
  articles(): readonly Article[];
  article(id: string): Article | undefined;
  /** Ingest (or replace, by id) one article; the index is updated in place. */
  add(source: ArticleSource): Article;
  /** Remove an article by id; returns whether it existed. */
  remove(id: string): boolean;
  /** Attributed quotes, optionally filtered by a (fuzzy) speaker name and article ids. */
  quotes(filter?: { speaker?: string; articles?: readonly string[] }): ArticleQuote[];
  /** A few example questions drawn from the loaded articles (for /help). */
  examples(count: number, language: 'en' | 'id', articles?: readonly string[]): string[];
  /** English word gloss of Indonesian text: "dukungan [support] terhadap program [program]". */
  gloss(text: string): string;
}

/** Build an engine over the given article texts. */
export function createEngine(_sources: readonly ArticleSource[], _options: EngineOptions = {}): Engine {
  throw new Error('not implemented yet');
}
