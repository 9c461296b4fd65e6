/**
 * Per-user question limit: at most `count` questions in any sliding `windowMs`. Memory is bounded:
 * one small entry per recently active user in an LRU whose TTL is the window (an entry older than
 * the window cannot refuse anything). Under a flood of distinct users the oldest entries are evicted,
 * which can only let someone through early, never lock anyone out.
 */
import { LRUCache } from 'lru-cache';
import type { RateLimit } from '../config.ts';

/** The limiter's verdict; `retryAt` is epoch milliseconds. */
export type RateDecision =
  | { allowed: true }
  | {
      allowed: false;
      retryAt: number;
      /** True for the first refusal since the user's last accepted question: reply once, not to every message. */
      firstRefusal: boolean;
    };

/** Options for `RateLimiter`. */
export interface RateLimiterOptions extends RateLimit {
  /** Most users tracked at once (default 10,000). */
  maxUsers?: number;
  now?: () => number;
}

interface Entry {
  hits: number[];
  warned: boolean;
}

/** Sliding-window limiter keyed by user id. */
export class RateLimiter {
  readonly #entries: LRUCache<string, Entry>;
  readonly #count: number;
  readonly #windowMs: number;
  readonly #now: () => number;

  constructor(options: RateLimiterOptions) {
    this.#count = options.count;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? (() => Date.now());
    this.#entries = new LRUCache({
      max: options.maxUsers ?? 10_000, ttl: options.windowMs, ttlResolution: 0, perf: { now: this.#now },
    });
  }

  /** Count one question by `userId` if allowed; otherwise say when the next one will be. */
  take(userId: string): RateDecision {
    const now = this.#now();
    const entry = this.#entries.get(userId) ?? { hits: [], warned: false };
    while (entry.hits.length > 0 && (entry.hits[0] ?? 0) <= now - this.#windowMs) entry.hits.shift();
    if (entry.hits.length < this.#count) {
      entry.hits.push(now);
      entry.warned = false;
      this.#entries.set(userId, entry);
      return { allowed: true };
    }
    const firstRefusal = !entry.warned;
    entry.warned = true;
    this.#entries.set(userId, entry);
    return { allowed: false, retryAt: (entry.hits[0] ?? now) + this.#windowMs, firstRefusal };
  }

  /** Users currently tracked (for tests and metrics). */
  get size(): number {
    return this.#entries.size;
  }
}
