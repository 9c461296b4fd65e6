import { describe, expect, it } from 'vitest';
import type { Message } from 'discord.js';
import { ConversationMemory } from '../../src/bot/memory.ts';
import { addressedTo } from '../../src/bot/on-message.ts';

const BOT = '1150000000000000001';

function message(fields: { content: string; bot?: boolean; inGuild?: boolean; replyTo?: string; repliedUser?: string; webhookId?: string }): Message {
  return {
    content: fields.content,
    author: { id: 'alice', bot: fields.bot ?? false },
    webhookId: fields.webhookId ?? null,
    channelId: 'chan',
    reference: fields.replyTo === undefined ? null : { messageId: fields.replyTo },
    mentions: { repliedUser: fields.repliedUser === undefined ? null : { id: fields.repliedUser } },
    inGuild: () => fields.inGuild ?? true,
  } as unknown as Message;
}

describe('addressedTo', () => {
  const memory = new ConversationMemory({ max: 10, ttlMs: 60_000 });
  memory.linkMessage('bot-answer', 'chan:bob');

  it('GIVEN a mention WHEN read THEN the question is the text without the mention', () => {
    expect(addressedTo(message({ content: `<@${BOT}>  who said it? <@!${BOT}>` }), BOT, memory)).toEqual({ question: 'who said it?', conversationKey: 'chan:alice', unreadable: false, rebuild: false });
  });

  it('GIVEN a bot or webhook author WHEN read THEN it is ignored (Kutip included)', () => {
    expect(addressedTo(message({ content: `<@${BOT}> hi`, bot: true }), BOT, memory)).toBeNull();
    expect(addressedTo(message({ content: `<@${BOT}> hi`, webhookId: 'w' }), BOT, memory)).toBeNull();
  });

  it('GIVEN a guild message that neither mentions nor replies to Kutip WHEN read THEN it is ignored', () => {
    expect(addressedTo(message({ content: 'who said it?' }), BOT, memory)).toBeNull();
    expect(addressedTo(message({ content: 'hi', replyTo: 'x', repliedUser: 'someone' }), BOT, memory)).toBeNull();
  });

  it('GIVEN a reply to one of Kutip\'s answers WHEN read THEN it continues that answer\'s conversation', () => {
    expect(addressedTo(message({ content: 'and when?', replyTo: 'bot-answer', repliedUser: BOT }), BOT, memory)?.conversationKey).toBe('chan:bob');
    expect(addressedTo(message({ content: 'and when?', replyTo: 'forgotten', repliedUser: BOT }), BOT, memory)?.conversationKey).toBe('chan:alice');
  });

  it('GIVEN a reply to an answer the bot no longer remembers WHEN read THEN it is flagged for rebuilding from that answer', () => {
    expect(addressedTo(message({ content: 'and when?', replyTo: 'forgotten', repliedUser: BOT }), BOT, memory)?.rebuild).toBe(true);
    expect(addressedTo(message({ content: 'and when?', replyTo: 'bot-answer', repliedUser: BOT }), BOT, memory)?.rebuild).toBe(false);
    expect(addressedTo(message({ content: `<@${BOT}> and when?` }), BOT, memory)?.rebuild).toBe(false);
  });

  it('GIVEN a reply whose text Discord withheld (no ping) WHEN read THEN it is flagged unreadable', () => {
    expect(addressedTo(message({ content: '', replyTo: 'bot-answer', repliedUser: BOT }), BOT, memory)?.unreadable).toBe(true);
  });

  it('GIVEN a DM WHEN read THEN no mention is needed', () => {
    expect(addressedTo(message({ content: 'who said it?', inGuild: false }), BOT, memory)?.question).toBe('who said it?');
  });
});
