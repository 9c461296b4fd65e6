/**
 * How the orchestrator hands a corpus and its questions to the measuring processes: one JSON file
 * per size in the temp folder (built once, read by each worker, removed at the end).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Corpus } from './corpus.ts';
import type { BenchQuestion } from './questions.ts';

export interface CorpusFile {
  size: number;
  articles: { id: string; title: string; paragraphs: string[][] }[];
  questions: BenchQuestion[];
}

export function writeCorpusFile(file: string, corpus: Corpus, questions: readonly BenchQuestion[]): void {
  const data: CorpusFile = {
    size: corpus.paragraphs.length,
    articles: corpus.articles.map((a) => ({ id: a.id, title: a.title, paragraphs: a.paragraphs.map((p) => p.sentences.map((s) => s.text)) })),
    questions: [...questions],
  };
  writeFileSync(file, JSON.stringify(data));
}

export function readCorpusFile(file: string): CorpusFile {
  return JSON.parse(readFileSync(file, 'utf8')) as CorpusFile;
}

/** The article as the engine reads it: title line, blank line, paragraphs separated by blank lines. */
export function articleText(article: CorpusFile['articles'][number]): string {
  return `${article.title}\n\n${article.paragraphs.map((p) => p.join(' ')).join('\n\n')}\n`;
}
