import { describe, expect, it } from 'vitest';
import { messages, pickLocale } from '../../src/i18n/messages.ts';

function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([k, v]) => shape(v, path === '' ? k : `${path}.${k}`)).sort();
}

describe('messages', () => {
  it('GIVEN both locales WHEN compared THEN they have exactly the same keys', () => {
    expect(shape(messages('id'))).toEqual(shape(messages('en')));
  });

  it('GIVEN both locales WHEN compared THEN every text is translated (no English left in Indonesian)', () => {
    const en = messages('en');
    const id = messages('id');
    const same = Object.entries(en.labels).filter(([k, v]) => (id.labels as Record<string, string>)[k] === v).map(([k]) => k);
    expect(same).toEqual(['paragraph']); // "¶" is the same sign in both
  });

  it('GIVEN command descriptions WHEN checked THEN they fit Discord\'s 100 characters', () => {
    for (const locale of ['en', 'id'] as const) {
      for (const text of Object.values(messages(locale).commands)) expect(text.length).toBeLessThanOrEqual(100);
    }
  });

  it('GIVEN a coverage hint WHEN phrased THEN each locale names what the article covers', () => {
    const hint = { titles: ['A'], people: ['Mark Rutte'], topics: ['nuklir'] };
    expect(messages('en').answer.notFound(hint)).toBe('The article does not say. It covers: Mark Rutte, nuklir.');
    expect(messages('id').answer.notFound(hint)).toBe('Artikel tidak menyebutkannya. Artikel ini membahas: Mark Rutte, nuklir.');
    expect(messages('en').answer.notFound({ titles: ['A', 'B'], people: [], topics: [] })).toBe('The articles do not say.');
  });

  it('GIVEN a retry time WHEN rate limited THEN the message uses a Discord relative timestamp', () => {
    expect(messages('en').errors.rateLimited(1_700_000_000_500)).toBe('Slow down: try again <t:1700000001:R>.');
  });

  describe('pickLocale', () => {
    it.each([
      ['id', 'id', 'id'],
      ['en-US', 'id', 'id'],
      [null, 'id', 'id'],
      // The question's language first: an English question from an Indonesian client gets English.
      ['id', 'en', 'en'],
      ['en-US', 'en', 'en'],
      ['en-GB', null, 'en'],
      ['fr', 'en', 'en'],
      [undefined, undefined, 'en'],
    ] as const)('GIVEN Discord locale %s and a question in %s THEN the reply is in %s', (discord, question, expected) => {
      expect(pickLocale(discord, question)).toBe(expected);
    });
  });
});
