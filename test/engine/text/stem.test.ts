/** Index keys: an English word and its inflections share one key; an ordinal shares its number's. */
import { describe, expect, it } from 'vitest';
import { stemEnglish, stemIndonesian } from '../../../src/engine/text/stem.ts';

describe('index keys', () => {
  it('GIVEN English ordinals WHEN keyed THEN each is its number ("the 31st Games" meets "ke-31")', () => {
    expect(['31st', '2nd', '3rd', '100th'].map(stemEnglish)).toEqual(['31', '2', '3', '100']);
  });

  it('GIVEN words that only end like ordinals WHEN keyed THEN they stay words', () => {
    expect(stemEnglish('north')).not.toBe('nor');
    expect(stemEnglish('first')).toBe('first');
  });

  it('GIVEN an Indonesian number WHEN keyed THEN it is unchanged', () => {
    expect(stemIndonesian('31')).toBe('31');
  });
});
