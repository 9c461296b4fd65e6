/** The public example questions (shared/questions/public.jsonl) and how an answer is judged. */
import { readFileSync } from 'node:fs';
import type { Answer } from '../../src/engine/index.ts';

export interface PublicExample {
  q: string;
  conversation?: string;
  expect: { answer?: string; answer_contains_any?: string[]; paragraphs?: number[]; metadata?: boolean; found?: boolean };
}

/** Read the JSONL file. */
export function readPublic(file: string): PublicExample[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PublicExample);
}

const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');

/** Why an answer fails its expectation, or null when it passes. */
export function judge(example: PublicExample, answer: Answer): string | null {
  const e = example.expect;
  if (e.found === false) return answer.found ? `expected not found, got "${answer.answer}"` : null;
  if (!answer.found || answer.answer === null) return 'expected an answer, got not found';
  const text = norm(`${answer.answer} ${answer.normalized ?? ''}`);
  if (e.answer && !text.includes(norm(e.answer))) return `answer "${answer.answer}" lacks "${e.answer}"`;
  if (e.answer_contains_any && !e.answer_contains_any.some((a) => text.includes(norm(a)))) return `answer "${answer.answer}" has none of ${JSON.stringify(e.answer_contains_any)}`;
  if (e.paragraphs && !e.metadata) {
    const first = answer.citations[0]?.paragraph;
    if (first === undefined || !e.paragraphs.includes(first)) return `cited ¶${first ?? '-'}, expected one of ${e.paragraphs.join(',')}`;
  }
  return null;
}
