import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { pino } from 'pino';
import type { Reply } from '../../src/bot/ask.ts';
import { ConversationMemory } from '../../src/bot/memory.ts';
import { renderNotice } from '../../src/bot/render.ts';
import { respondInTime } from '../../src/bot/respond.ts';

function interaction(ageMs = 0) {
  return {
    id: 'i1',
    createdTimestamp: Date.now() - ageMs,
    deferReply: vi.fn(async () => undefined),
    reply: vi.fn(async () => ({ resource: { message: { id: 'reply-msg' } } })),
    editReply: vi.fn(async () => ({ id: 'edited-msg' })),
  };
}

const answer: Reply = { message: renderNotice('answer'), ephemeral: false, conversationKey: 'chan:user' };
const options = () => ({ memory: new ConversationMemory({ max: 10, ttlMs: 60_000 }), logger: pino({ level: 'silent' }) });
const asInteraction = (i: ReturnType<typeof interaction>) => i as unknown as RepliableInteraction;

describe('respondInTime', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('GIVEN a reply ready at once WHEN responding THEN it is one immediate reply, linked to its conversation', async () => {
    const i = interaction();
    const opts = options();
    await respondInTime(asInteraction(i), () => answer, opts);
    expect(i.deferReply).not.toHaveBeenCalled();
    expect(i.reply).toHaveBeenCalledWith(expect.objectContaining({ content: 'answer', withResponse: true }));
    expect(opts.memory.keyForMessage('reply-msg')).toBe('chan:user');
  });

  it('GIVEN an ephemeral reply WHEN responding THEN the ephemeral flag is set and nothing is linked', async () => {
    const i = interaction();
    const opts = options();
    await respondInTime(asInteraction(i), () => ({ ...answer, ephemeral: true }), opts);
    expect(i.reply).toHaveBeenCalledWith(expect.objectContaining({ flags: MessageFlags.Ephemeral }));
    expect(opts.memory.linkCount).toBe(0);
  });

  it('GIVEN a reply that takes 2 s WHEN responding THEN it defers at 1.5 s and edits the reply in', async () => {
    const i = interaction();
    const slow = () => new Promise<Reply>((resolve) => setTimeout(() => resolve(answer), 2000));
    const done = respondInTime(asInteraction(i), slow, options());
    await vi.advanceTimersByTimeAsync(1499);
    expect(i.deferReply).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(i.deferReply).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    await done;
    expect(i.editReply).toHaveBeenCalledWith(expect.objectContaining({ content: 'answer' }));
    expect(i.reply).not.toHaveBeenCalled();
  });

  it('GIVEN an interaction that arrived 2 s late WHEN responding THEN it defers before doing any work', async () => {
    const i = interaction(2000);
    const order: string[] = [];
    i.deferReply.mockImplementation(async () => void order.push('defer'));
    await respondInTime(asInteraction(i), () => (order.push('work'), answer), options());
    expect(order).toEqual(['defer', 'work']);
    expect(i.editReply).toHaveBeenCalled();
  });

  it('GIVEN work that fails after the deferral started WHEN responding THEN the error surfaces after the deferral landed', async () => {
    const i = interaction();
    let deferred = false;
    i.deferReply.mockImplementation(async () => { await new Promise((r) => setTimeout(r, 100)); deferred = true; });
    const failing = () => new Promise<Reply>((_, reject) => setTimeout(() => reject(new Error('boom')), 1600));
    const done = respondInTime(asInteraction(i), failing, options());
    const check = expect(done).rejects.toThrow('boom');
    await vi.advanceTimersByTimeAsync(1800);
    await check;
    expect(deferred).toBe(true);
  });
});
