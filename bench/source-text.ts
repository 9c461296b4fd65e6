/**
 * The raw material of the benchmark corpus: sentences of real Indonesian news, read at run time from
 * the shared folder (FacQA train passages and the sample articles); none of it is committed here.
 * A "group" is the passage or paragraph a sentence came from, so the builder can keep neighbours together.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detokenize, parseCsv, parsePyList } from '../scripts/eval/facqa.ts';

/** One sentence of real text, as found in the source. */
export interface OriginSentence {
  id: number;
  text: string;
  group: number;
}

/** A FacQA question whose gold answer lies in a known origin sentence. */
export interface FacqaGold {
  question: string;
  origin: number;
  answer: string;
}

export interface SourceText {
  sentences: OriginSentence[];
  /** Origin sentence ids per group, in source order. */
  groups: number[][];
  facqa: FacqaGold[];
  /** What was read, for the report. */
  files: string[];
}

const SENTENCE_END = /^[.!?]$/;

/** Close a sentence the way news prose does. */
export function asSentence(text: string): string {
  const t = text.trim();
  return /[.!?"”']$/.test(t) ? t : `${t}.`;
}

/** Build the source from in-memory groups of sentences (tests, or text from elsewhere). */
export function sourceFromGroups(groups: readonly (readonly string[])[], facqa: readonly { question: string; group: number; sentence: number; answer: string }[] = []): SourceText {
  const sentences: OriginSentence[] = [];
  const ids: number[][] = [];
  for (const [g, group] of groups.entries()) {
    ids.push(group.map((text) => {
      sentences.push({ id: sentences.length, text: asSentence(text), group: g });
      return sentences.length - 1;
    }));
  }
  const gold: FacqaGold[] = [];
  for (const f of facqa) {
    const origin = ids[f.group]?.[f.sentence];
    if (origin !== undefined) gold.push({ question: f.question, origin, answer: f.answer });
  }
  return { sentences, groups: ids, facqa: gold, files: [] };
}

/** Split a tokenized passage at sentence-final tokens; fragments under 4 tokens join their neighbour. */
function splitTokens(tokens: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  tokens.forEach((t, i) => {
    if (SENTENCE_END.test(t) || i === tokens.length - 1) {
      const last = spans.at(-1);
      if (last && i + 1 - start < 4) last.end = i + 1;
      else spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  });
  const first = spans[0];
  const second = spans[1];
  if (first && second && first.end - first.start < 4) spans.splice(0, 2, { start: first.start, end: second.end });
  return spans;
}

interface FacqaRaw {
  groups: string[][];
  gold: { question: string; group: number; sentence: number; answer: string }[];
}

function readFacqaPassages(file: string): FacqaRaw {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = (name: string) => header?.indexOf(name) ?? -1;
  const [qc, pc, lc] = [col('question'), col('passage'), col('seq_label')];
  const byPassage = new Map<string, number>();
  const groups: string[][] = [];
  const gold: FacqaRaw['gold'] = [];
  for (const row of rows) {
    if (row.length < 3) continue;
    const tokens = parsePyList(row[pc] ?? '');
    const labels = parsePyList(row[lc] ?? '');
    const spans = splitTokens(tokens);
    const key = tokens.join(' ');
    let group = byPassage.get(key);
    if (group === undefined) {
      group = groups.length;
      byPassage.set(key, group);
      groups.push(spans.map((s) => detokenize(tokens.slice(s.start, s.end))));
    }
    const first = labels.findIndex((l) => l !== 'O' && l !== '');
    if (first < 0) continue;
    let last = first;
    while (last + 1 < labels.length && labels[last + 1]?.startsWith('I')) last += 1;
    const sentence = spans.findIndex((s) => first >= s.start && first < s.end);
    const answer = detokenize(tokens.slice(first, last + 1));
    const question = detokenize(parsePyList(row[qc] ?? ''));
    if (sentence >= 0 && question && answer) gold.push({ question, group, sentence, answer });
  }
  return { groups, gold };
}

/** Body paragraphs of a pasted article: long lines that end like prose (titles, bylines, ads do not). */
function articleParagraphs(text: string): string[][] {
  return text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.split(' ').length >= 12 && /[.!?"”]$/.test(p))
    .map((p) => p.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/).filter((s) => s.split(' ').length >= 4));
}

/** Read the shared folder; null when neither source is there. */
export function loadSourceText(sharedDir: string): SourceText | null {
  const facqaFile = join(sharedDir, 'benchmarks', 'facqa', 'train.csv');
  const articleDir = join(sharedDir, 'articles');
  const groups: string[][] = [];
  const files: string[] = [];
  let gold: FacqaRaw['gold'] = [];
  if (existsSync(facqaFile)) {
    const raw = readFacqaPassages(facqaFile);
    groups.push(...raw.groups);
    gold = raw.gold;
    files.push(facqaFile);
  }
  if (existsSync(articleDir)) {
    for (const name of readdirSync(articleDir).filter((n) => n.endsWith('.txt')).sort()) {
      groups.push(...articleParagraphs(readFileSync(join(articleDir, name), 'utf8')));
      files.push(join(articleDir, name));
    }
  }
  if (!files.length) return null;
  return { ...sourceFromGroups(groups, gold), files };
}
