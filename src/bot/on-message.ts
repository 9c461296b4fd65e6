/**
 * Questions typed in channels: a message that mentions Kutip, a reply to one of Kutip's answers (a
 * follow-up in that answer's conversation, rebuilt from the answer itself when the bot no longer
 * remembers it), or any message in a DM. Everything else, and every bot
 * (Kutip included), is ignored. Without the privileged MessageContent intent Discord still delivers
 * the text of mentions, replies that ping Kutip, and DMs — exactly these cases.
 */
import type { Message } from 'discord.js';
import { pickLocale } from '../i18n/messages.ts';
import type { Reply } from './ask.ts';
import type { BotContext } from './context.ts';
import { ConversationMemory } from './memory.ts';
import { readAnswerCard, rebuildFromCard } from './rebuild.ts';
import { renderNotice } from './render.ts';

/** What a message means for Kutip: null when it is not addressed to it. */
export interface Addressed {
  question: string;
  /** The conversation to continue: the replied-to answer's, or this user's in this channel. */
  conversationKey: string;
  /** A reply to Kutip whose text Discord withheld (the reply did not ping Kutip). */
  unreadable: boolean;
  /** A reply to an answer of Kutip's it no longer remembers: rebuild the context from that answer. */
  rebuild: boolean;
}

/** Decide whether `message` is addressed to the bot `botId`, and extract the question. */
export function addressedTo(message: Message, botId: string, memory: ConversationMemory): Addressed | null {
  if (message.author.bot || message.webhookId !== null) return null;
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  const mentioned = mention.test(message.content);
  const replyTo = message.reference?.messageId;
  const repliedToBot = replyTo !== undefined && message.mentions.repliedUser?.id === botId;
  if (!mentioned && !repliedToBot && message.inGuild()) return null;

  const question = message.content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  const linked = repliedToBot ? memory.keyForMessage(replyTo) : undefined;
  return {
    question,
    conversationKey: linked ?? ConversationMemory.key(message.channelId, message.author.id),
    unreadable: question === '' && !mentioned && repliedToBot && message.inGuild(),
    rebuild: repliedToBot && linked === undefined,
  };
}

/** Answer a message addressed to the bot, replying to it (typing shown meanwhile). */
export async function handleMessage(message: Message, botId: string, ctx: BotContext): Promise<void> {
  const addressed = addressedTo(message, botId, ctx.memory);
  if (addressed === null) return;
  let reply: Reply;
  if (addressed.unreadable) {
    reply = { message: renderNotice(ctx.messages(pickLocale(message.guild?.preferredLocale)).errors.unreadable), ephemeral: false };
  } else {
    if (message.channel.isSendable()) {
      // Typing is cosmetic: a failure (missing permission) must not stop the answer.
      message.channel.sendTyping().catch((err: unknown) => ctx.logger.debug({ err }, 'sendTyping failed'));
    }
    const key = addressed.rebuild ? await rebuiltKey(message, ctx) : null;
    reply = ctx.ask({
      question: addressed.question,
      userId: message.author.id,
      channelId: message.channelId,
      conversationKey: key ?? addressed.conversationKey,
      discordLocale: null,
      article: null,
      guildId: message.guildId,
    });
  }
  if (reply.quiet === true) return;
  const sent = await message.reply(reply.message);
  if (reply.conversationKey !== undefined) ctx.memory.linkMessage(sent.id, reply.conversationKey);
}

/**
 * After a restart (or once the conversation expired) a reply to an old answer still follows up on
 * it: the answer card is read back (`rebuild.ts`). Null when the replied message is not a card.
 */
async function rebuiltKey(message: Message, ctx: BotContext): Promise<string | null> {
  const referenced = await message.fetchReference().catch((err: unknown) => {
    ctx.logger.debug({ err }, 'could not fetch the replied-to message');
    return null;
  });
  const card = referenced === null ? null : readAnswerCard(referenced);
  if (referenced === null || card === null) return null;
  const key = rebuildFromCard(card, referenced.id, ctx, message.guildId);
  ctx.logger.debug({ message: referenced.id }, 'conversation rebuilt from an answer card');
  return key;
}
