/**
 * Follow-ups to answers the bot no longer remembers (it restarted, or the conversation expired):
 * the answer card itself says what it answered — its title is the question, its footer the cited
 * ¶ and article ("Source: ¶1 · <title> · …"), its "Show paragraph" button, when there is one, the
 * article id — so the conversation is rebuilt from it: the question is asked again (of the cited
 * article when it is still there) and the turn made to cite that ¶, and the reply then follows up
 * on it like on any remembered answer.
 */
import type { Engine } from '../engine/index.ts';
import { messages } from '../i18n/messages.ts';
import { decodeButton } from './custom-id.ts';
import { articlesOf } from './guild-scope.ts';
import type { ConversationMemory } from './memory.ts';

/** What an answer card says about the answer it shows. */
export interface CardFacts {
  question: string;
  /** The cited ¶ (0: the article header); null when the card cites nothing (not found). */
  paragraph: number | null;
  /** The cited article's title as the footer prints it (perhaps shortened with "…"). */
  title: string | null;
  /** The cited article's id, when a button carries it. */
  article: string | null;
}

/** The parts of a Discord message the card is read from (discord.js `Message` has them). */
export interface CardMessage {
  embeds: readonly { title: string | null; footer: { text: string } | null }[];
  components: readonly unknown[];
}

const SOURCE_LABELS = [messages('en').labels, messages('id').labels];

/** Undo `escapeText`: markdown backslashes and the zero-width spaces that defuse mentions. */
export function unescapeText(text: string): string {
  return text.replace(/\u200b/g, '').replace(/\\([\\`*_~|>#[\]()!.:\-+={}<])/g, '$1');
}

/** The custom ids of a message's buttons, in any layout (rows of buttons, or nested components). */
function customIds(components: readonly unknown[]): string[] {
  const out: string[] = [];
  const visit = (c: unknown): void => {
    if (typeof c !== 'object' || c === null) return;
    const r = c as { customId?: unknown; custom_id?: unknown; components?: unknown; data?: { custom_id?: unknown } };
    for (const id of [r.customId, r.custom_id, r.data?.custom_id]) if (typeof id === 'string') out.push(id);
    if (Array.isArray(r.components)) r.components.forEach(visit);
  };
  components.forEach(visit);
  return out;
}

/** Read an answer card of Kutip's; null for any other message (a /quotes page, a notice). */
export function readAnswerCard(message: CardMessage): CardFacts | null {
  const embed = message.embeds[0];
  const footer = embed?.footer?.text ?? '';
  const title = embed?.title ?? '';
  if (embed === undefined || title.trim() === '') return null;
  const label = SOURCE_LABELS.find((l) => footer.startsWith(`${l.source}: `));
  if (label === undefined) return null;
  const parts = footer.slice(label.source.length + 2).split(' · ');
  const where = parts[0] ?? '';
  const paragraph = where === label.header ? 0 : Number(/^¶(\d+)$/.exec(where)?.[1] ?? Number.NaN);
  const button = customIds(message.components).map(decodeButton).find((a) => a?.kind === 'para');
  return {
    question: unescapeText(title).trim(),
    paragraph: Number.isInteger(paragraph) ? paragraph : null,
    title: parts[1]?.trim() || null,
    article: button?.kind === 'para' ? button.article : null,
  };
}

/** The conversation key a card's follow-ups continue once rebuilt. */
export function cardKey(messageId: string): string {
  return `card:${messageId}`;
}

/**
 * Rebuild the conversation of an answer card under `cardKey(messageId)` and link the card to it;
 * returns the key. The card's question is asked again within what `guildId` may see.
 */
export function rebuildFromCard(card: CardFacts, messageId: string, deps: { engine: Engine; memory: ConversationMemory }, guildId: string | null): string {
  const key = cardKey(messageId);
  const visible = articlesOf(deps.engine, guildId);
  const shortened = card.title?.endsWith('…') === true ? card.title.slice(0, -1).trimEnd() : card.title;
  const article = visible.find((a) => a.id === card.article)
    ?? (shortened === null ? undefined : visible.find((a) => (a.meta.title ?? '') === card.title || (a.meta.title ?? '').startsWith(shortened)));
  const conversation = deps.memory.get(key);
  conversation.turns.length = 0;
  const answer = deps.engine.ask(card.question, {
    conversation, articles: visible.map((a) => a.id), ...(article === undefined ? {} : { article: article.id }),
  });
  const turn = conversation.turns.at(-1);
  // The card cited this ¶: make the rebuilt turn cite it too, so "he", "then", "that" mean what they meant there.
  const cited = article?.paragraphs.find((p) => p.number === card.paragraph);
  if (turn !== undefined && article !== undefined && cited !== undefined && answer.citations[0]?.paragraph !== cited.number) {
    turn.answer = { ...turn.answer, citations: [{ article: article.id, title: article.meta.title, paragraph: cited.number, excerpt: cited.text, score: 1 }, ...turn.answer.citations] };
  }
  deps.memory.save(key, conversation);
  deps.memory.linkMessage(messageId, key);
  return key;
}
