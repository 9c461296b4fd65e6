import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { AskRequest } from '../../src/bot/ask.ts';
import { buttonReply } from '../../src/bot/buttons.ts';
import { createContext } from '../../src/bot/context.ts';
import { encodeButton } from '../../src/bot/custom-id.ts';
import { messages } from '../../src/i18n/messages.ts';
import { createFakeEngine } from './helpers/fake-engine.ts';

const WHO = "Who said Russia supports North Korea's nuclear program?";
const en = messages('en');

function setup(rate = { count: 100, windowMs: 60_000 }) {
  const engine = createFakeEngine({ extraCitations: 4 });
  const ctx = createContext({ engine, logger: pino({ level: 'silent' }), config: { conversationTtlMs: 60_000, conversationMax: 100, rateLimit: rate } });
  const request = (question: string, extra: Partial<AskRequest> = {}): AskRequest =>
    ({ question, userId: 'u1', channelId: 'c1', discordLocale: 'en-US', article: null, ...extra });
  return { engine, ctx, request };
}

describe('askQuestion', () => {
  it.each([
    ['   ', en.errors.empty],
    ['x'.repeat(501), en.errors.tooLong(500)],
  ])('GIVEN the question %j WHEN asked THEN an ephemeral notice explains, and the engine is not called', (question, text) => {
    const { ctx, engine, request } = setup();
    const reply = ctx.ask(request(question));
    expect(reply).toMatchObject({ ephemeral: true, message: { content: text } });
    expect(engine.calls).toEqual([]);
  });

  it('GIVEN an article option that matches nothing WHEN asked THEN the user is told what the option accepts', () => {
    const { ctx, request } = setup();
    expect(ctx.ask(request(WHO, { article: 'gone' }))).toMatchObject({ ephemeral: true, message: { content: en.timeline.noMatch('gone') } });
  });

  it('GIVEN part of a title typed in the article option WHEN asked THEN that article is searched, as autocomplete would pick it', () => {
    const { ctx, engine, request } = setup();
    ctx.ask(request(WHO, { article: 'nuklir korea' }));
    expect(engine.calls.at(-1)?.options?.article).toBe('rusia-korea-utara');
  });

  it.each([['en-US', en.errors.noArticlesYet], ['id', messages('id').errors.noArticlesYet]])(
    'GIVEN no article at all WHEN asked (Discord locale %s) THEN it says none is loaded yet and how one is added, not "the article does not say"', (locale, text) => {
      const engine = createFakeEngine({ articles: [] });
      const ctx = createContext({ engine, logger: pino({ level: 'silent' }), config: { conversationTtlMs: 60_000, conversationMax: 100, rateLimit: { count: 100, windowMs: 60_000 } } });
      const question = locale === 'id' ? 'Siapa yang mengatakan Rusia mendukung Korea Utara?' : WHO;
      expect(ctx.ask({ question, userId: 'u1', channelId: 'c1', discordLocale: locale, article: null })).toMatchObject({ ephemeral: true, message: { content: text } });
      expect(ctx.answers.size).toBe(0);
    });

  it('GIVEN a found answer WHEN asked twice THEN the second question sees the first turn and buttons point at the stored answer', () => {
    const { ctx, engine, request } = setup();
    const first = ctx.ask(request(WHO));
    expect(first).toMatchObject({ ephemeral: false, conversationKey: 'c1:u1' });
    ctx.ask(request('and when did he say that?'));
    expect(engine.calls[1]?.options?.conversation?.turns[0]?.question).toBe(WHO);
    expect(ctx.answers.size).toBe(2);
  });

  it('GIVEN the limit is reached WHEN asking again THEN the first refusal is loud and the next ones quiet', () => {
    const { ctx, request } = setup({ count: 1, windowMs: 60_000 });
    ctx.ask(request(WHO));
    expect(ctx.ask(request(WHO))).toMatchObject({ ephemeral: true, quiet: false });
    expect(ctx.ask(request(WHO))).toMatchObject({ quiet: true });
  });
});

describe('buttonReply', () => {
  it('GIVEN an unknown or expired token WHEN "More" is clicked THEN the button says it expired', () => {
    const { ctx } = setup();
    expect(buttonReply({ kind: 'more', token: 'nope', page: 1 }, 'en-US', ctx).message.content).toBe(en.errors.expired);
    expect(buttonReply(null, 'id', ctx).message.content).toBe(messages('id').errors.expired);
  });

  it('GIVEN a paragraph button for a removed article WHEN clicked THEN the button says it expired', () => {
    const { ctx } = setup();
    expect(buttonReply({ kind: 'para', article: 'removed', paragraph: 1 }, 'en-US', ctx).message.content).toBe(en.errors.expired);
  });

  it('GIVEN a stored answer WHEN a page past the end is requested THEN it says there are no other relevant paragraphs', () => {
    const { ctx, request } = setup();
    const reply = ctx.ask(request(WHO));
    const more = reply.message.components.flatMap((r) => r.components).find((b) => b.label === en.labels.more);
    const token = more?.custom_id.split(':')[2] ?? '';
    expect(buttonReply({ kind: 'more', token, page: 99 }, 'en-US', ctx)).toMatchObject({ ephemeral: true, message: { content: en.answer.noMore } });
    expect(encodeButton({ kind: 'more', token, page: 1 })).toBe(more?.custom_id);
  });
});
