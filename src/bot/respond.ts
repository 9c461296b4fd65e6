/**
 * Acknowledging an interaction within Discord's 3 seconds. The engine answers in milliseconds, so
 * the normal path is one immediate `reply`. When the reply is not ready after `deferAfterMs`
 * (slow host, event loop stall, an interaction that arrived late), a timer sends `deferReply` and the
 * answer follows with `editReply`. An interaction already older than `deferAfterMs` on arrival is
 * deferred before any work, because synchronous work would block the timer.
 */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { Reply } from './ask.ts';
import type { ConversationMemory } from './memory.ts';

/** Options for `respondInTime`. */
export interface RespondOptions {
  memory: ConversationMemory;
  logger: Logger;
  /** Defer when the reply is not ready this long after the interaction was created (default 1500). */
  deferAfterMs?: number;
}

/** Send `produce()`'s reply to `interaction`, deferring first if it takes too long. */
export async function respondInTime(
  interaction: RepliableInteraction,
  produce: () => Reply | Promise<Reply>,
  options: RespondOptions,
): Promise<void> {
  const deferAfterMs = options.deferAfterMs ?? 1500;
  let deferral: Promise<unknown> | undefined;
  const defer = (): Promise<unknown> => {
    if (deferral === undefined) {
      // Public: what a late reply will be is unknown yet, and answers are public. Notices (ephemeral)
      // are decided before any slow work, so they practically never take this path.
      deferral = interaction.deferReply();
      // Marked handled here; the error (if any) is rethrown where the deferral is awaited.
      deferral.catch(() => undefined);
    }
    return deferral;
  };

  const age = Date.now() - interaction.createdTimestamp;
  let timer: NodeJS.Timeout | undefined;
  if (age >= deferAfterMs) await defer();
  else timer = setTimeout(() => void defer(), deferAfterMs - age);

  let reply: Reply;
  try {
    reply = await produce();
  } catch (error) {
    // Let an in-flight deferral land, so the error reply sees the interaction as acknowledged.
    if (deferral !== undefined) await deferral.catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }

  let sentId: string | undefined;
  if (deferral !== undefined) {
    await deferral;
    options.logger.debug({ interaction: interaction.id }, 'reply was deferred');
    sentId = (await interaction.editReply(reply.message)).id;
  } else {
    const flags = reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
    const response = await interaction.reply({ ...reply.message, ...flags, withResponse: true });
    sentId = response.resource?.message?.id;
  }
  if (sentId !== undefined && reply.conversationKey !== undefined && !reply.ephemeral) {
    options.memory.linkMessage(sentId, reply.conversationKey);
  }
}
