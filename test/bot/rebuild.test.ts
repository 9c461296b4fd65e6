import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createContext } from '../../src/bot/context.ts';
import { readAnswerCard, rebuildFromCard, unescapeText, type CardMessage } from '../../src/bot/rebuild.ts';
import { renderQuotes } from '../../src/bot/render-info.ts';
import { renderAnswer, renderNotice, type BotMessage } from '../../src/bot/render.ts';
import { escapeText } from '../../src/bot/escape.ts';
import { messages, type Locale } from '../../src/i18n/messages.ts';
import { createFakeEngine, makeAnswer, makeCitation, RUSIA_PARAGRAPHS } from './helpers/fake-engine.ts';

const engine = createFakeEngine();
const TITLE = engine.articles()[0]?.meta.title ?? '';
const rc = (locale: Locale) => ({ messages: messages(locale), article: (id: string) => engine.article(id) });

/** A rendered payload as discord.js hands a fetched message back (embed title/footer, rows of buttons). */
function asMessage(payload: BotMessage): CardMessage {
  return {
    embeds: payload.embeds.map((e) => ({ title: e.title ?? null, footer: e.footer === undefined ? null : { text: e.footer.text } })),
    components: payload.components.map((r) => ({ components: r.components.map((b) => ({ customId: b.custom_id })) })),
  };
}

describe('readAnswerCard', () => {
  it.each(['en', 'id'] as const)('GIVEN an answer card (%s) WHEN read back THEN its question, cited ¶ and article come out', (locale) => {
    const question = 'Who said **Russia** supports <@&1> North Korea?';
    const card = renderAnswer(makeAnswer({ question, citations: [makeCitation('rusia-korea-utara', 1, `${RUSIA_PARAGRAPHS[0] ?? ''} ${RUSIA_PARAGRAPHS[1] ?? ''}`, TITLE)] }), rc(locale), { token: 'tok' });
    expect(readAnswerCard(asMessage(card))).toEqual({ question, paragraph: 1, title: TITLE, article: 'rusia-korea-utara' });
  });

  it('GIVEN a card without a "Show paragraph" button WHEN read back THEN the article is found by its title later', () => {
    const card = renderAnswer(makeAnswer({ citations: [makeCitation('rusia-korea-utara', 3, RUSIA_PARAGRAPHS[2] ?? '', TITLE)] }), rc('en'), { token: 'tok' });
    expect(readAnswerCard(asMessage(card))).toMatchObject({ paragraph: 3, title: TITLE, article: null });
  });

  it.each([
    ['a /quotes page', renderQuotes(engine.quotes(), null, messages('en'))],
    ['a notice', renderNotice('Slow down')],
    ['a not-found card', renderAnswer(makeAnswer({ found: false, answer: null }), rc('en'))],
  ])('GIVEN %s WHEN read THEN it is no answer card', (_what, payload) => {
    expect(readAnswerCard(asMessage(payload))).toBeNull();
  });

  it('GIVEN any text WHEN escaped for Discord and read back THEN it is the text again', () => {
    for (const text of ['a_b *c* `d` ~e~ |f| > g', '# h\n- i\n1. j', '@everyone <@1> [k](http://l)', 'plain words']) {
      expect(unescapeText(escapeText(text))).toBe(text);
    }
  });
});

describe('rebuildFromCard', () => {
  it('GIVEN a card the bot no longer remembers WHEN rebuilt THEN a follow-up continues its question, citing its ¶', () => {
    const ctx = createContext({ engine, logger: pino({ level: 'silent' }), config: { conversationTtlMs: 60_000, conversationMax: 10, rateLimit: { count: 100, windowMs: 60_000 } } });
    const question = "Who said Russia supports North Korea's nuclear program?";
    const key = rebuildFromCard({ question, paragraph: 3, title: TITLE, article: null }, 'old-card', ctx, null);
    expect(ctx.memory.keyForMessage('old-card')).toBe(key);
    const turn = ctx.memory.get(key).turns.at(-1);
    expect(turn?.question).toBe(question);
    expect(turn?.answer.citations[0]?.paragraph).toBe(3);
    const followUp = ctx.ask({ question: 'and when did he say that?', userId: 'u', channelId: 'c', conversationKey: key, discordLocale: null, article: null });
    expect(followUp.message.embeds[0]?.description).toContain('**Senin 2 Desember 2024**');
  });
});
