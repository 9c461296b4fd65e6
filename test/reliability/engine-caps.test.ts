// Queries are capped before they reach fuse.js (length and word count), and nothing builds a RegExp
// from user input. fuse.js is wrapped here to record every pattern the engine searches for.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, type Engine } from '../../src/engine/index.ts';
import { realEngine } from './helpers/engine.ts';
import { ROOT } from './helpers/process.ts';

const searched = vi.hoisted(() => [] as string[]);
vi.mock('fuse.js', async (importOriginal) => {
  const real = (await importOriginal()) as { default: new (...args: never[]) => { search(pattern: string, options?: unknown): unknown } };
  class RecordingFuse extends real.default {
    override search(pattern: string, options?: unknown): unknown {
      searched.push(pattern);
      return super.search(pattern, options);
    }
  }
  return { ...real, default: RecordingFuse };
});

describe('GIVEN the real engine with fuse.js recorded', () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });

  /** Fuse patterns searched while answering `q`. */
  const patternsOf = (q: string): string[] => {
    searched.length = 0;
    engine.ask(q);
    return [...searched];
  };

  it('WHEN a question has typos THEN fuse.js is used (the recording works)', () => {
    expect(patternsOf('Siapa yng mengatakn rusia mendukng nuklir?').length).toBeGreaterThan(0);
  });

  it('WHEN any question up to 6000 characters is asked THEN fuse.js sees at most the capped question: short words, few of them', () => {
    const words = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéü'), minLength: 1, maxLength: 700 });
    const huge = fc.array(words, { maxLength: 2000 }).map((ws) => `Who said ${ws.join(' ')}?`.slice(0, 6000));
    fc.assert(fc.property(fc.oneof(huge, fc.string({ maxLength: 6000 }), fc.string({ maxLength: 6000, unit: 'grapheme' })), (q) => {
      const patterns = patternsOf(q);
      for (const p of patterns) expect(p.length).toBeLessThanOrEqual(DEFAULT_SETTINGS.maxQuestionChars);
      // Each content word is corrected at most once per vocabulary (Indonesian corpus words, English lexicon).
      expect(new Set(patterns).size).toBeLessThanOrEqual(2 * DEFAULT_SETTINGS.maxQuestionWords);
    }), { numRuns: 120, seed: 5 });
  });

  it('WHEN a 6000-character one-word question is asked THEN no fuse pattern is longer than the length cap', () => {
    for (const p of patternsOf('x'.repeat(6000))) expect(p.length).toBeLessThanOrEqual(DEFAULT_SETTINGS.maxQuestionChars);
  });
});

describe('GIVEN the source code', () => {
  /** Every `RegExp(` construction in src/ and commands/, by file and line. */
  function regexpConstructions(): string[] {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts')) {
          readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
            if (/\bRegExp\s*\(/.test(line) && !/^\s*(\/\/|\*)/.test(line)) found.push(`${relative(ROOT, path)}:${i + 1}`);
          });
        }
      }
    };
    walk(join(ROOT, 'src'));
    walk(join(ROOT, 'commands'));
    return found.map((f) => f.replace(/:\d+$/, '')).sort();
  }

  it('WHEN every RegExp construction is listed THEN each is built from constants, escaped article text or a bot id — none from user input', () => {
    // Reviewed one by one (update with a reason when adding one; never pass a question or an option value):
    const reviewed: Record<string, string> = {
      'src/engine/ingest/dates.ts': 'month, weekday and relative-day word lists (constants)',
      'src/engine/ingest/boilerplate.ts': 'two constant call-to-action patterns joined (constants)',
      'src/engine/ingest/date-gate.ts': "chrono-node's own Indonesian parser patterns, joined once at load (library constants)",
      'src/engine/ingest/attribution.ts': 'adverb word list (constant)',
      'src/engine/answer/spans.ts': 'month names (constant)',
      'src/engine/ingest/photo-credit.ts': 'photo-credit label words, one constant shared by two patterns built at load',
      'src/engine/answer/quantities.ts': 'number, scale, currency and time-unit word lists of src/engine/language (constants, built at load)',
      'src/engine/answer/candidates.ts': 'weekday, part-of-day and relative-day word lists (constants, built at load)',
      'src/engine/answer/reasons.ts': 'reason-marker word lists of src/engine/language (constants, built at load)',
      'src/engine/question/classify.ts': 'follow-up connector word lists of src/engine/language (constants, built at load)',
      'src/engine/conversation/followup.ts': 'follow-up connector word lists of src/engine/language (constants, built at load)',
      'src/bot/on-message.ts': "the bot's own user id from Discord (digits), to strip its mention",
    };
    const files = [...new Set(regexpConstructions())];
    expect(files.filter((f) => !(f in reviewed)), 'unreviewed RegExp constructions').toEqual([]);
  });
});
