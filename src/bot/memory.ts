/**
 * Conversation memory for the bot: one engine `Conversation` per (channel or thread, user), bounded
 * in count (LRU) and time (TTL refreshed on use), plus a map from the bot's reply message ids to the
 * conversation they belong to, so replying to an older answer continues *that* conversation even
 * after other people spoke in the channel. Memory stays flat however long the bot runs.
 */
import { LRUCache } from 'lru-cache';
import type { Conversation } from '../engine/index.ts';

/** Bounds for `ConversationMemory`. */
export interface MemoryOptions {
  /** Most conversations kept; the least recently used is dropped first. */
  max: number;
  /** A conversation is forgotten this long after its last question. */
  ttlMs: number;
  /** Turns kept per conversation: follow-ups need only the last few. */
  maxTurns?: number;
  /** Clock, for tests; defaults to `Date.now` (which vitest's fake timers control). */
  now?: () => number;
}

/** Conversations by (channel, user), and bot message id → conversation key. */
export class ConversationMemory {
  readonly #conversations: LRUCache<string, Conversation>;
  readonly #messages: LRUCache<string, string>;
  readonly #maxTurns: number;

  constructor(options: MemoryOptions) {
    const now = options.now ?? (() => Date.now());
    // ttlResolution 0: read the clock on every check (fake timers must see expiry immediately).
    const common = { ttl: options.ttlMs, updateAgeOnGet: true, ttlResolution: 0, perf: { now } };
    this.#conversations = new LRUCache({ max: options.max, ...common });
    // Several answers per conversation can be replied to, so links get a larger, still fixed, bound.
    this.#messages = new LRUCache({ max: options.max * 4, ...common });
    this.#maxTurns = options.maxTurns ?? 8;
  }

  /** The key for one user in one channel or thread (a thread has its own channel id). */
  static key(channelId: string, userId: string): string {
    return `${channelId}:${userId}`;
  }

  /** The conversation under `key`, created empty when missing or expired. */
  get(key: string): Conversation {
    const existing = this.#conversations.get(key);
    if (existing !== undefined) return existing;
    // A conversation is plain data (engine types.ts); building it here keeps the bot free of engine runtime code.
    const fresh: Conversation = { turns: [] };
    this.#conversations.set(key, fresh);
    return fresh;
  }

  /** Whether a live conversation exists under `key` (does not refresh it). */
  has(key: string): boolean {
    return this.#conversations.has(key);
  }

  /** Store the conversation after a question, keeping only its last turns. */
  save(key: string, conversation: Conversation): void {
    if (conversation.turns.length > this.#maxTurns) conversation.turns.splice(0, conversation.turns.length - this.#maxTurns);
    this.#conversations.set(key, conversation);
  }

  /** Forget one conversation (a fresh start). */
  reset(key: string): void {
    this.#conversations.delete(key);
  }

  /** Remember that the bot's message `messageId` answered within conversation `key`. */
  linkMessage(messageId: string, key: string): void {
    this.#messages.set(messageId, key);
  }

  /** The conversation key a bot message belongs to, if it is still remembered. */
  keyForMessage(messageId: string): string | undefined {
    return this.#messages.get(messageId);
  }

  /** Live conversations (for tests and metrics). */
  get size(): number {
    return this.#conversations.size;
  }

  /** Remembered message links (for tests and metrics). */
  get linkCount(): number {
    return this.#messages.size;
  }
}
