import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConversationMemory } from '../../src/bot/memory.ts';
import { makeAnswer } from './helpers/fake-engine.ts';

const turn = (question: string) => ({ question, answer: makeAnswer({ question }), focus: [], terms: [] });

describe('ConversationMemory', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('GIVEN the same channel and user WHEN asked twice THEN both questions share one conversation', () => {
    const memory = new ConversationMemory({ max: 10, ttlMs: 60_000 });
    const key = ConversationMemory.key('chan', 'alice');
    memory.get(key).turns.push(turn('who?'));
    memory.save(key, memory.get(key));
    expect(memory.get(key).turns.map((t) => t.question)).toEqual(['who?']);
    expect(memory.get(ConversationMemory.key('chan', 'bob')).turns).toEqual([]);
    expect(memory.get(ConversationMemory.key('thread', 'alice')).turns).toEqual([]);
  });

  it('GIVEN more conversations than the bound WHEN adding THEN the least recently used is forgotten', () => {
    const memory = new ConversationMemory({ max: 3, ttlMs: 60_000 });
    for (const user of ['a', 'b', 'c']) memory.get(user).turns.push(turn(user));
    memory.get('a'); // a is now the most recently used
    memory.get('d');
    expect(memory.size).toBe(3);
    expect(memory.has('b')).toBe(false);
    expect(memory.get('a').turns).toHaveLength(1);
  });

  it('GIVEN 100,000 distinct users WHEN each asks THEN memory stays at its bound', () => {
    const memory = new ConversationMemory({ max: 500, ttlMs: 60_000 });
    for (let i = 0; i < 100_000; i++) {
      memory.get(`u${i}`);
      memory.linkMessage(`m${i}`, `u${i}`);
    }
    expect(memory.size).toBe(500);
    expect(memory.linkCount).toBe(2000);
  });

  it('GIVEN a conversation idle past its TTL WHEN the user asks again THEN it starts fresh', () => {
    const memory = new ConversationMemory({ max: 10, ttlMs: 30 * 60_000 });
    memory.get('k').turns.push(turn('who?'));
    vi.advanceTimersByTime(29 * 60_000);
    expect(memory.get('k').turns).toHaveLength(1); // use refreshes the TTL
    vi.advanceTimersByTime(29 * 60_000);
    expect(memory.get('k').turns).toHaveLength(1);
    vi.advanceTimersByTime(30 * 60_000 + 1);
    expect(memory.get('k').turns).toEqual([]);
  });

  it('GIVEN a long conversation WHEN saved THEN only the last turns are kept', () => {
    const memory = new ConversationMemory({ max: 10, ttlMs: 60_000, maxTurns: 3 });
    const c = memory.get('k');
    for (let i = 0; i < 10; i++) c.turns.push(turn(`q${i}`));
    memory.save('k', c);
    expect(memory.get('k').turns.map((t) => t.question)).toEqual(['q7', 'q8', 'q9']);
  });

  it('GIVEN a bot answer linked to a conversation WHEN someone replies to it after others spoke THEN the reply finds that conversation', () => {
    const memory = new ConversationMemory({ max: 10, ttlMs: 60_000 });
    const alice = ConversationMemory.key('chan', 'alice');
    memory.get(alice).turns.push(turn('who said it?'));
    memory.linkMessage('answer-1', alice);
    for (let i = 0; i < 5; i++) memory.linkMessage(`other-${i}`, ConversationMemory.key('chan', `user${i}`));
    expect(memory.keyForMessage('answer-1')).toBe(alice);
    expect(memory.keyForMessage('unknown')).toBeUndefined();
  });
});
