/**
 * Garbage input never throws and always gets a valid Answer; garbage gets found:false.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newConversation } from '../../../src/engine/index.ts';
import { ask, BUNDLED, engineOverAll, expectValidAnswer, FLOOD, sourceOf } from './support.ts';

const engine = engineOverAll();

const garbage: readonly (readonly [string, string])[] = [
  ['the empty string', ''],
  ['only spaces and newlines', '   \n\t  \n'],
  ['6000 characters of one letter', 'x'.repeat(6000)],
  ['6000 characters of punctuation', '?!.,;:'.repeat(1000)],
  ['only punctuation', '?!?!...,,,;;'],
  ['only question marks', '??'],
  ['only emoji', '😀😀🔥'],
  ['emoji with a skin tone and ZWJ family', '👍🏽👨‍👩‍👧'],
  ['control characters', '\u0000\u0007\u001b[31m\u200b\u202e'],
  ['a Discord mass mention', '@everyone'],
  ['a Discord user mention', '<@123456789012345678>'],
  ['HTML', '<script>alert(1)</script>'],
  ['a lone stop word', 'the'],
  ['a lone Indonesian stop word', 'yang'],
  ['a bare question word', 'Who?'],
  ['a bare Indonesian question word', 'Siapa?'],
  ['a lone surrogate', '\uD800'],
  ['right-to-left override around punctuation', '\u202E?!\u202C'],
  ['keyboard mash', 'asdfghjkl'],
];

describe('garbage input', () => {
  it.each(garbage)('GIVEN %s WHEN asked THEN nothing throws, the Answer is valid and found is false', (_what, input) => {
    const a = ask(engine, input);
    expect(a.found).toBe(false);
    expect(a.answer).toBeNull();
    expect(a.confidence).toBeLessThan(0.5);
  });

  it.each(garbage)('GIVEN %s inside a conversation and a scope WHEN asked THEN nothing throws and the conversation still works after it', (_what, input) => {
    const conversation = newConversation();
    const a = ask(engine, input, { conversation, article: FLOOD });
    expect(a.found).toBe(false);
    const next = ask(engine, 'Siapa Bupati Lembah Hijau?', { conversation, article: FLOOD });
    expect(next.answer).toContain('Hendra Wijayakusuma');
  });

  it('GIVEN a very long real question (a whole article pasted, 6000+ characters) WHEN asked THEN nothing throws and the Answer is valid', () => {
    const text = sourceOf(BUNDLED).text;
    const long = (text + ' ').repeat(Math.ceil(6000 / text.length) + 1);
    expect(long.length).toBeGreaterThan(6000);
    const a = ask(engine, long);
    expect(a.question.length).toBeLessThan(long.length);
  });

  it('GIVEN a question wrapped in control and zero-width characters WHEN asked THEN it is answered as the clean question', () => {
    const clean = ask(engine, 'Siapa Bupati Lembah Hijau?');
    const dirty = ask(engine, '\u200bSiapa\u0000 Bupati\u200b Lembah Hijau?\u0007');
    expect(dirty.found).toBe(true);
    expect(dirty.answer).toBe(clean.answer);
  });

  it('GIVEN arbitrary strings (any Unicode, any length up to 6000) WHEN asked, alone or in a conversation THEN nothing throws and every Answer keeps the contract', () => {
    const conversation = newConversation();
    const property = (input: string): void => {
      expectValidAnswer(engine, engine.ask(input));
      expectValidAnswer(engine, engine.ask(input, { conversation }), {});
    };
    fc.assert(fc.property(fc.string({ maxLength: 6000, unit: 'binary' }), property), { numRuns: 60 });
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), property), { numRuns: 60 });
    const words = fc.constantFrom('who', 'siapa', 'kapan', 'where', 'berapa', 'said', 'kata', 'Rutte', 'Hendra', '?', 'and', 'lalu', 'dia', 'he', 'the', 'yang', '2024', '😀', '@everyone', '');
    fc.assert(fc.property(fc.array(words, { maxLength: 20 }).map((w) => w.join(' ')), property), { numRuns: 150 });
  });
});
