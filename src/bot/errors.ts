/**
 * The one place that turns a handler's error into a reply. An interaction that was already
 * acknowledged gets the apology in place of its "thinking…" state or as an ephemeral follow-up;
 * one that was not gets an ephemeral reply; a message gets a reply. Discord's "Unknown interaction"
 * (10062: the 3 s window passed) and "already acknowledged" (40060) cannot be answered at all, so they
 * are logged only. Nothing here ever throws: a failed apology is logged too.
 */
import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes } from 'discord.js';
import type { Logger } from 'pino';
import type { Messages } from '../i18n/messages.ts';
import { renderNotice, type BotMessage } from './render.ts';

/** The parts of a repliable interaction this module uses (tests pass plain objects). */
export interface InteractionTarget {
  deferred: boolean;
  replied: boolean;
  reply(options: BotMessage & { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  editReply(options: BotMessage): Promise<unknown>;
  followUp(options: BotMessage & { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
}

/** The part of a message this module uses. */
export interface MessageTarget {
  reply(options: BotMessage): Promise<unknown>;
}

const UNANSWERABLE = new Set<number | string>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
]);

/** True for errors meaning the interaction can no longer be answered (10062, 40060). */
export function isUnanswerable(error: unknown): error is DiscordAPIError {
  return error instanceof DiscordAPIError && UNANSWERABLE.has(error.code);
}

/** How an error becomes a reply, decided from the interaction's state (pure, for tests). */
export function errorReplyKind(error: unknown, target: InteractionTarget | MessageTarget): 'log-only' | 'edit' | 'follow-up' | 'reply' | 'message' {
  if (isUnanswerable(error)) return 'log-only';
  if (!('deferred' in target)) return 'message';
  // After deferReply, editing replaces the "thinking…" placeholder, which would otherwise spin forever.
  if (target.deferred && !target.replied) return 'edit';
  return target.replied ? 'follow-up' : 'reply';
}

/** Log `error` and tell the user something went wrong, in their language. Never throws. */
export async function replyWithError(
  target: InteractionTarget | MessageTarget,
  error: unknown,
  context: { logger: Logger; messages: Messages; where: string },
): Promise<void> {
  const { logger, messages, where } = context;
  const kind = errorReplyKind(error, target);
  if (kind === 'log-only') {
    logger.warn({ where, code: (error as DiscordAPIError).code }, 'interaction could not be answered (expired or already acknowledged)');
    return;
  }
  logger.error({ err: error, where }, 'handler failed');
  const notice = renderNotice(messages.errors.generic);
  try {
    if (!('deferred' in target)) await target.reply(notice);
    else if (kind === 'edit') await target.editReply(notice);
    else if (kind === 'follow-up') await target.followUp({ ...notice, flags: MessageFlags.Ephemeral });
    else await target.reply({ ...notice, flags: MessageFlags.Ephemeral });
  } catch (sendError) {
    logger.warn({ err: sendError, where }, 'could not send the error reply');
  }
}
