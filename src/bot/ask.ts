/**
 * The question flow shared by /ask and mentions: rate limit, validation, conversation, engine,
 * rendering. User mistakes become replies (values), not exceptions; only engine bugs throw.
 */
import { pickLocale } from '../i18n/messages.ts';
import { pickArticle } from './choices.ts';
import type { BotContext } from './context.ts';
import { scopeOf } from './guild-scope.ts';
import { ConversationMemory } from './memory.ts';
import { QUESTION_MAX_CHARS } from './render-limits.ts';
import { pickProblemText } from './render-articles.ts';
import { renderAnswer, renderNotice, type BotMessage } from './render.ts';

/** A question from Discord, wherever it was typed. */
export interface AskRequest {
  question: string;
  userId: string;
  channelId: string;
  /** The conversation to continue (a reply chain's); default: this user in this channel. */
  conversationKey?: string;
  /** `interaction.locale`; null for messages, which carry no user locale. */
  discordLocale: string | null;
  /** Restrict to one article (/ask's `article` option): its id, or a title or id as typed. */
  article: string | null;
  /** The server asked in (null or absent: a DM). Only its articles and the bundled ones are searched. */
  guildId?: string | null;
}

/** What to send back. */
export interface Reply {
  message: BotMessage;
  ephemeral: boolean;
  /** For answers: the conversation the sent message continues, so replies to it can find it. */
  conversationKey?: string;
  /** A repeated refusal: interactions still need a reply, a plain message should get none. */
  quiet?: boolean;
}

/** The parts of the bot context the flow uses. */
export type AskDeps = Pick<BotContext, 'engine' | 'memory' | 'answers' | 'limiter' | 'messages' | 'render'>;

/** Answer one question, or explain why not (rate limit, empty, too long, no article at all, unknown article). */
export function askQuestion(deps: AskDeps, request: AskRequest): Reply {
  const fallback = deps.messages(pickLocale(request.discordLocale, null));
  const notice = (text: string, quiet = false): Reply => ({ message: renderNotice(text), ephemeral: true, quiet });

  // Limited first, so floods of invalid questions are limited too.
  const decision = deps.limiter.take(request.userId);
  if (!decision.allowed) return notice(fallback.errors.rateLimited(decision.retryAt), !decision.firstRefusal);
  const question = request.question.trim();
  if (question === '') return notice(fallback.errors.empty);
  if (question.length > QUESTION_MAX_CHARS) return notice(fallback.errors.tooLong(QUESTION_MAX_CHARS));
  // Another server's article is answered exactly like an unknown one.
  const scope = scopeOf(deps.engine, request.guildId ?? null);
  if (scope.length === 0) {
    // Nothing to search is not "the article does not say". Asked of no article, the engine only
    // reads the question's language, for the notice.
    const language = deps.engine.ask(question, { articles: [] }).language;
    return notice(deps.messages(pickLocale(request.discordLocale, language)).errors.noArticlesYet);
  }
  // The option is an id when picked from the list, or what was typed: matched like autocomplete matches it.
  let article: string | null = null;
  if (request.article !== null && request.article.trim() !== '') {
    const pick = pickArticle(deps.engine, request.guildId ?? null, request.article);
    if (!('article' in pick)) return notice(pickProblemText(pick, fallback));
    article = pick.article.id;
  }

  const key = request.conversationKey ?? ConversationMemory.key(request.channelId, request.userId);
  const conversation = deps.memory.get(key);
  const answer = deps.engine.ask(question, { conversation, articles: scope, ...(article === null ? {} : { article }) });
  deps.memory.save(key, conversation);

  const locale = pickLocale(request.discordLocale, answer.language);
  // Only found answers have buttons that need the stored answer (More, Gloss, long article ids).
  const token = answer.found ? deps.answers.put({ answer, locale }) : undefined;
  const message = renderAnswer(answer, deps.render(locale), token === undefined ? {} : { token });
  return { message, ephemeral: false, conversationKey: key };
}
