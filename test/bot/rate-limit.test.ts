import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/bot/rate-limit.ts';

describe('RateLimiter', () => {
  it('GIVEN 5 per 30 s WHEN a user asks 6 times at once THEN the 6th is refused until the first leaves the window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ count: 5, windowMs: 30_000, now: () => now });
    for (let i = 0; i < 5; i++) expect(limiter.take('alice')).toEqual({ allowed: true });
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAt: 1_030_000, firstRefusal: true });
    now += 29_999;
    expect(limiter.take('alice')).toMatchObject({ allowed: false, firstRefusal: false });
    now += 1;
    expect(limiter.take('alice')).toEqual({ allowed: true });
  });

  it('GIVEN one user at the limit WHEN another asks THEN the other is unaffected', () => {
    const limiter = new RateLimiter({ count: 1, windowMs: 1000, now: () => 0 });
    limiter.take('alice');
    expect(limiter.take('alice').allowed).toBe(false);
    expect(limiter.take('bob').allowed).toBe(true);
  });

  it('GIVEN a refusal WHEN the user is allowed again and refused again THEN that refusal is a first refusal again', () => {
    let now = 0;
    const limiter = new RateLimiter({ count: 1, windowMs: 1000, now: () => now });
    limiter.take('a');
    expect(limiter.take('a')).toMatchObject({ firstRefusal: true });
    now = 1000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toMatchObject({ firstRefusal: true });
  });

  it('GIVEN 50,000 distinct users WHEN each asks THEN the limiter tracks at most maxUsers', () => {
    const limiter = new RateLimiter({ count: 5, windowMs: 30_000, maxUsers: 1000, now: () => 0 });
    for (let i = 0; i < 50_000; i++) limiter.take(`u${i}`);
    expect(limiter.size).toBe(1000);
  });
});
