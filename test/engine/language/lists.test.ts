/**
 * The word lists of src/engine/language: every list is filled for both languages and written as
 * the folding makes words (lowercase, no accents), so rules that compare folded text can use them.
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH, INDONESIAN, bothLanguages, valuesOf } from '../../../src/engine/language/index.ts';
import { fold } from '../../../src/engine/text/tokens.ts';

const words = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : Object.keys(v as object));

describe('language word lists', () => {
  for (const [name, lists] of [['Indonesian', INDONESIAN], ['English', ENGLISH]] as const) {
    it(`GIVEN the ${name} lists WHEN read THEN every field has words, each folded and unique`, () => {
      for (const [field, value] of Object.entries(lists)) {
        const list = words(value);
        expect(list.length, field).toBeGreaterThan(0);
        for (const w of list) expect(fold(w), `${field}: ${w}`).toBe(w);
        expect(new Set(list).size, `${field} has duplicates`).toBe(list.length);
      }
    });
  }

  it('GIVEN both languages WHEN a list is asked for THEN it holds the words of each', () => {
    expect(bothLanguages('weekdays').has('senin')).toBe(true);
    expect(bothLanguages('weekdays').has('monday')).toBe(true);
    expect(valuesOf('numberWords').get('tujuh')).toBe(7);
    expect(valuesOf('scales').get('million')).toBe(1e6);
  });
});
