// Bad input never crashes the engine: for any string up to 6000 characters — unicode, emoji, RTL,
// control characters, markdown, mentions, very long words, only punctuation — `ask` returns a valid
// Answer within a bounded time, alone, in a conversation and scoped to one article.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newConversation, type Engine } from '../../src/engine/index.ts';
import { expectValidAnswer, realEngine } from './helpers/engine.ts';

/** No single `ask` may take longer (the measured worst case on a busy 2-core host is ~150 ms). */
const ASK_BOUND_MS = 750;

const TRICKY = [
  'Rusia', 'nuklir', 'Mark', 'Rutte', 'Siapa', 'kapan', 'who', 'said', 'when', '?', '.', ' ', '  ', '\t',
  '@everyone', '@here', '<@&1150000000000000400>', '<@1150000000000000300>', '<#1150000000000000200>',
  '**', '__', '`', '```', '> ', '||', '~~', '[x](http://e.com)', '# ',
  '\u202e', '\u200f', '\u200b', '\ufeff', 'مرحبا', 'שלום', '😀', '👩‍👩‍👧‍👦', '🇮🇩', 'é', 'e\u0301', '\u0000', '\u0007', '\u001b[31m', '\r', '\n',
  'Supercalifragilisticexpialidocious'.repeat(20), '…', '“', '”', '"', "'", '(', ')', '{', '}', '\\', '/', '%', '$1', '.*', '(?:', '[^',
];

const question = fc.oneof(
  fc.string({ maxLength: 6000 }),
  fc.string({ maxLength: 6000, unit: 'binary' }),
  fc.string({ maxLength: 6000, unit: 'grapheme' }),
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 400 }).map((parts) => parts.join('').slice(0, 6000)),
  // The slowest kind measured: many unknown English words, each sent to typo correction.
  fc.array(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 6, maxLength: 10 }), { minLength: 16, maxLength: 60 })
    .map((words) => `Who said ${words.join(' ')}?`),
  fc.constantFrom('', ' ', '?', '?!.,;:'.repeat(1000), 'a'.repeat(6000), 'x '.repeat(3000), '\u0000'.repeat(6000),
    '\u202e'.repeat(6000), '😀'.repeat(3000), '@everyone '.repeat(600), `${'Siapa '.repeat(999)}?`),
);

describe('GIVEN the real engine over Indonesian and English articles', () => {
  let engine: Engine;
  let slowest = { ms: 0, question: '' };

  /** Ask and check the answer and the time. */
  const ask = (q: string, options: Parameters<Engine['ask']>[1] = {}) => {
    const start = performance.now();
    const answer = engine.ask(q, options);
    const ms = performance.now() - start;
    if (ms > slowest.ms) slowest = { ms, question: q };
    expect(ms, `ask took ${ms.toFixed(0)} ms for ${JSON.stringify(q.slice(0, 120))}`).toBeLessThan(ASK_BOUND_MS);
    expectValidAnswer(answer, engine);
    return answer;
  };

  beforeAll(() => {
    engine = realEngine();
    // Lazily built indexes (fuzzy vocabularies) are built by the first typo, not by the property.
    engine.ask('Siapa yng mengatakn rusia mendukng nuklir?');
    engine.ask('Who saide the nucelar progam?');
  });

  it('WHEN asked any string up to 6000 characters THEN a valid Answer comes back in bounded time', () => {
    fc.assert(fc.property(question, (q) => {
      ask(q);
    }), { numRuns: 250, seed: 20241205 });
    fc.assert(fc.property(question, (q) => {
      ask(q);
    }), { numRuns: 100 });
  });

  it('WHEN arbitrary strings are asked in one conversation and as follow-ups THEN every turn is valid and the memory stays bounded', () => {
    fc.assert(fc.property(fc.array(question, { minLength: 1, maxLength: 8 }), (questions) => {
      const conversation = newConversation();
      for (const q of questions) {
        ask(q, { conversation });
        ask('and when did he say that?', { conversation });
      }
      expect(conversation.turns.length).toBeLessThanOrEqual(6);
    }), { numRuns: 40, seed: 7 });
  });

  it('WHEN arbitrary strings are asked about one article, or an unknown one, THEN the answer cites only that article', () => {
    const ids = engine.articles().map((a) => a.id);
    fc.assert(fc.property(question, fc.constantFrom(...ids, 'no-such-article'), (q, article) => {
      const answer = ask(q, { article });
      for (const c of answer.citations) expect(c.article).toBe(article);
    }), { numRuns: 80, seed: 11 });
  });

  it('WHEN the answer is checked for the known question THEN the property harness itself is sound', () => {
    // Guards against a vacuous property: a real question must still be found, with a verbatim excerpt.
    const answer = ask("Who said Russia supports North Korea's nuclear program?");
    expect(answer.found).toBe(true);
    expect(answer.answer).toBe('Mark Rutte');
    expect(slowest.ms).toBeLessThan(ASK_BOUND_MS);
  });
});
