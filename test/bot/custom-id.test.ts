import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton, type ButtonAction } from '../../src/bot/custom-id.ts';

describe('button custom ids', () => {
  it.each<ButtonAction>([
    { kind: 'para', article: 'rusia-korea-utara', paragraph: 3 },
    { kind: 'para', article: 'odd:id:with:colons', paragraph: 12 },
    { kind: 'cite', token: 'AbC-_123', index: 4 },
    { kind: 'more', token: 'AbC-_123', page: 2 },
    { kind: 'gloss', token: 'AbC-_123', page: 0 },
  ])('GIVEN %o WHEN encoded and decoded THEN it round-trips within 100 characters', (action) => {
    const id = encodeButton(action);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeButton(id)).toEqual(action);
  });

  it('GIVEN an article id too long for Discord WHEN encoded with a fallback THEN the stored citation is referenced', () => {
    expect(encodeButton({ kind: 'para', article: 'x'.repeat(100), paragraph: 1 }, { token: 'tok', index: 2 })).toBe('kutip:cite:tok:2');
  });

  it.each(['', 'other-bot:thing', 'kutip:para:0:a', 'kutip:para:x:a', 'kutip:more:tok:-1', 'kutip:gloss:tok:1.5', 'kutip:nope:a:b'])(
    'GIVEN the foreign or mangled id %j WHEN decoded THEN it is rejected', (id) => {
      expect(decodeButton(id)).toBeNull();
    });
});
