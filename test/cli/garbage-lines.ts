/**
 * Garbage input for the CLI's line protocol, and what the JSON contract says must come out of it:
 * exactly one JSON object per non-blank line, in order; an invalid JSON request gets `error`.
 */
import { expect } from 'vitest';
import fc from 'fast-check';

/** Real questions, asked as JSON requests with a marker, to check the order of the outputs. */
const MARKED = ["Who said Russia supports North Korea's nuclear program?", 'Kapan Rutte mengatakannya?', 'What is the capital of France?'];

/** What one input line must produce. */
export type Expectation =
  | { kind: 'blank' }
  | { kind: 'marker'; question: string }
  | { kind: 'error' }
  | { kind: 'answer' };

/** One generated line and its expectation. */
export interface GarbageLine {
  text: string;
  expect: Expectation;
}

/**
 * The contract, stated independently of the implementation: a blank line (whitespace only) is a
 * separator; a line starting with "{" is a request that must be an object with a string `question`
 * and, if any, a string `article` naming a loaded article (none of the random ones does); anything
 * else is a question.
 */
export function contractOf(text: string): Expectation {
  if (text.trim() === '') return { kind: 'blank' };
  if (!text.trimStart().startsWith('{')) return { kind: 'answer' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'error' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'error' };
  const { question, article } = value as Record<string, unknown>;
  if (typeof question !== 'string' || article !== undefined) return { kind: 'error' };
  return MARKER.test(question) ? { kind: 'marker', question } : { kind: 'answer' };
}

const MARKER = / #\d+$/;
// Line breaks (readline splits on \n, \r\n and a lone \r) would turn one generated line into several.
const oneLine = (s: string): string => s.replace(/[\r\n]/g, ' ');

/** Raw text of every kind: random unicode, binary, 6000-character lines, markup, broken JSON requests, marked requests. */
const garbageText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300, unit: 'binary' }), fc.string({ maxLength: 200, unit: 'grapheme' })) },
  { weight: 1, arbitrary: fc.string({ minLength: 5900, maxLength: 6000, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constantFrom('@everyone <@&1150000000000000400> **bold** ||x||', '\u202e\u202dمرحبا 😀👩‍👩‍👧', '?!?!...,,,;;', '\u0000\u0001\u0007\u001b[2J', '   ', '\t', '', '[1, 2]', 'null', '"just a string"') },
  // Starts with "{" but is not a valid request: broken JSON, wrong shapes, wrong types, unknown article.
  { weight: 2, arbitrary: fc.oneof(
    fc.string({ maxLength: 200 }).map((s) => `{${s}`),
    fc.constantFrom('{', '{}', '{"question": 5}', '{"question": null}', '{"question": "x", "article": 7}', '{"article": "x"}', '{"question": "x"',
      ' {"q": 1}', '{"question": ["a"]}', '{}}', '{"question": "Who?", "article": "no-such-article"}'),
  ) },
  // A valid request whose question comes back in its answer: the order check.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MARKED), fc.nat(1_000_000)).map(([q, n]) => JSON.stringify({ question: `${q} #${n}` })) },
);

/** A line of any kind, with what it must produce. */
export const garbageLine: fc.Arbitrary<GarbageLine> = garbageText.map((raw) => {
  const text = oneLine(raw);
  return { text, expect: contractOf(text) };
});

/** Check `outputs` (one per stdout line) against the lines fed in. */
export function expectContract(lines: readonly GarbageLine[], outputLines: readonly string[]): void {
  const expected = lines.filter((l) => l.expect.kind !== 'blank');
  expect(outputLines.length, 'one JSON object per non-blank input line').toBe(expected.length);
  outputLines.forEach((text, i) => {
    const line = expected[i];
    const context = `output ${i} for input ${JSON.stringify(line?.text.slice(0, 100))}`;
    const value = JSON.parse(text) as Record<string, unknown>;
    expect(typeof value, context).toBe('object');
    switch (line?.expect.kind) {
      case 'error':
        expect(typeof value['error'], context).toBe('string');
        break;
      case 'marker':
        expect(value['error'], context).toBeUndefined();
        expect(value['question'], context).toBe(line.expect.question);
        break;
      default:
        expect(value['error'], context).toBeUndefined();
        expect(typeof value['found'], context).toBe('boolean');
        expect(Array.isArray(value['citations']), context).toBe(true);
    }
  });
}
