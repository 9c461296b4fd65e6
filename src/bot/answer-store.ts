/**
 * Answers the "More" and "Gloss" buttons refer to, by a short random token that fits in a custom id.
 * Bounded like the conversation memory; after eviction (or a restart) the button says it expired.
 */
import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Answer } from '../engine/index.ts';
import type { Locale } from '../i18n/messages.ts';

/** What a button needs to render the rest of an answer. */
export interface StoredAnswer {
  answer: Answer;
  locale: Locale;
}

/** Bounds for `AnswerStore`. */
export interface AnswerStoreOptions {
  max: number;
  ttlMs: number;
  now?: () => number;
}

/** A bounded token → answer map. */
export class AnswerStore {
  readonly #answers: LRUCache<string, StoredAnswer>;

  constructor(options: AnswerStoreOptions) {
    const now = options.now ?? (() => Date.now());
    this.#answers = new LRUCache({ max: options.max, ttl: options.ttlMs, ttlResolution: 0, perf: { now } });
  }

  /** Keep an answer; returns its token (8 url-safe characters, never ":"). */
  put(entry: StoredAnswer): string {
    const token = randomBytes(6).toString('base64url');
    this.#answers.set(token, entry);
    return token;
  }

  /** The answer behind a token, or undefined once expired or evicted. */
  get(token: string): StoredAnswer | undefined {
    return this.#answers.get(token);
  }

  /** Answers currently kept. */
  get size(): number {
    return this.#answers.size;
  }
}
