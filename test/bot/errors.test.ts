import { describe, expect, it, vi } from 'vitest';
import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes } from 'discord.js';
import { pino } from 'pino';
import { errorReplyKind, replyWithError, type InteractionTarget } from '../../src/bot/errors.ts';
import { messages } from '../../src/i18n/messages.ts';

const apiError = (code: number) =>
  new DiscordAPIError({ code, message: 'x' }, code, 404, 'POST', 'https://discord.com/api/v10/interactions/1/secret/callback', { body: undefined, files: undefined });

function target(state: { deferred: boolean; replied: boolean }, fail = false): InteractionTarget & Record<'reply' | 'editReply' | 'followUp', ReturnType<typeof vi.fn>> {
  const send = () => vi.fn(async () => { if (fail) throw new Error('network down'); });
  return { ...state, reply: send(), editReply: send(), followUp: send() };
}

function collector() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (l: string) => lines.push(JSON.parse(l) as Record<string, unknown>) });
  return { logger, lines };
}

const m = messages('en');

describe('replyWithError', () => {
  it.each([
    [{ deferred: false, replied: false }, 'reply'],
    [{ deferred: true, replied: false }, 'edit'],
    [{ deferred: true, replied: true }, 'follow-up'],
    [{ deferred: false, replied: true }, 'follow-up'],
  ] as const)('GIVEN an interaction %o WHEN a handler fails THEN the apology is a %s', (state, kind) => {
    expect(errorReplyKind(new Error('boom'), target(state))).toBe(kind);
  });

  it('GIVEN an unacknowledged interaction WHEN a handler fails THEN the apology is an ephemeral reply that pings nobody', async () => {
    const t = target({ deferred: false, replied: false });
    const { logger, lines } = collector();
    await replyWithError(t, new Error('boom'), { logger, messages: m, where: '/ask' });
    expect(t.reply).toHaveBeenCalledWith(expect.objectContaining({
      content: m.errors.generic, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [], repliedUser: false },
    }));
    expect(lines.some((l) => l['level'] === 50 && l['msg'] === 'handler failed')).toBe(true);
  });

  it('GIVEN a deferred interaction WHEN a handler fails THEN the "thinking…" placeholder is replaced by the apology', async () => {
    const t = target({ deferred: true, replied: false });
    await replyWithError(t, new Error('boom'), { ...collector(), messages: messages('id'), where: '/ask' });
    expect(t.editReply).toHaveBeenCalledWith(expect.objectContaining({ content: messages('id').errors.generic }));
    expect(t.reply).not.toHaveBeenCalled();
  });

  it.each([RESTJSONErrorCodes.UnknownInteraction, RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged])(
    'GIVEN Discord error %i WHEN handled THEN it is logged only, nothing is sent', async (code) => {
      const t = target({ deferred: false, replied: false });
      const { logger, lines } = collector();
      await replyWithError(t, apiError(code), { logger, messages: m, where: '/ask' });
      expect(t.reply).not.toHaveBeenCalled();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 40, code });
    });

  it('GIVEN a message WHEN its handler fails THEN the apology is a reply to it', async () => {
    const message = { reply: vi.fn(async () => undefined) };
    await replyWithError(message, new Error('boom'), { ...collector(), messages: m, where: 'message' });
    expect(message.reply).toHaveBeenCalledWith(expect.objectContaining({ content: m.errors.generic }));
  });

  it('GIVEN the apology itself fails WHEN handled THEN nothing is thrown and the failure is logged', async () => {
    const { logger, lines } = collector();
    await expect(replyWithError(target({ deferred: false, replied: false }, true), new Error('boom'), { logger, messages: m, where: '/ask' })).resolves.toBeUndefined();
    expect(lines.map((l) => l['msg'])).toEqual(['handler failed', 'could not send the error reply']);
  });
});
