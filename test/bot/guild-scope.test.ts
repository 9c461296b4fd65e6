import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { buttonReply } from '../../src/bot/buttons.ts';
import { articleChoices } from '../../src/bot/choices.ts';
import { createContext } from '../../src/bot/context.ts';
import { articlesOf, canSee, isOwnedBy, ownName, resolveArticle, scopeOf, visibleArticle } from '../../src/bot/guild-scope.ts';
import { messages } from '../../src/i18n/messages.ts';
import { createFakeEngine, makeArticle, RUSIA_PARAGRAPHS } from './helpers/fake-engine.ts';

const A = '1150000000000000100';
const B = '1150000000000000777';
const OWN_A = `g${A}/ferry-1a2b3c`;
const OWN_B = `g${B}/market-4d5e6f`;

function setup() {
  const engine = createFakeEngine({
    articles: [
      makeArticle('rusia', { title: 'Rusia Dukung Program Nuklir', paragraphs: RUSIA_PARAGRAPHS }),
      makeArticle(OWN_A, { title: 'Ferry Line Opens', paragraphs: ['Mark Rutte opened the ferry line to Brussels with dukungan from Rusia and nuklir talk.'] }),
      makeArticle(OWN_B, { title: 'Night Market Returns', paragraphs: ['The night market returned.'] }),
    ],
  });
  const ctx = createContext({ engine, logger: pino({ level: 'silent' }), config: { conversationTtlMs: 60_000, conversationMax: 100, rateLimit: { count: 100, windowMs: 60_000 } } });
  return { engine, ctx };
}

describe('guild scope', () => {
  it.each([
    ['rusia', A, true], ['rusia', null, true], [OWN_A, A, true], [OWN_A, B, false], [OWN_A, null, false],
    [OWN_B, A, false], ['gabc/x', A, false], [`g${A}`, A, true], ['a/b', A, false],
  ] as const)('GIVEN the article %j WHEN seen from %j THEN visible: %s', (id, guildId, visible) => {
    expect(canSee(id, guildId)).toBe(visible);
  });

  it('GIVEN three articles WHEN scoped THEN each server sees the bundled one and its own, a DM the bundled one only', () => {
    const { engine } = setup();
    expect(scopeOf(engine, A)).toEqual(['rusia', OWN_A]);
    expect(scopeOf(engine, B)).toEqual(['rusia', OWN_B]);
    expect(scopeOf(engine, null)).toEqual(['rusia']);
    expect(articlesOf(engine, A).map((a) => a.meta.title)).toEqual(['Rusia Dukung Program Nuklir', 'Ferry Line Opens']);
    expect(visibleArticle(engine, B, OWN_A)).toBeUndefined();
  });

  it('GIVEN ids WHEN ownership is checked THEN only a server\'s own articles are its to remove', () => {
    expect(isOwnedBy(OWN_A, A)).toBe(true);
    expect(isOwnedBy(OWN_A, B)).toBe(false);
    expect(isOwnedBy('rusia', A)).toBe(false);
    expect(isOwnedBy(OWN_A, null)).toBe(false);
  });

  it.each([
    [OWN_A, A, 'ferry-1a2b3c'], ['ferry-1a2b3c', A, 'ferry-1a2b3c'], [' ferry-1a2b3c ', A, 'ferry-1a2b3c'],
    [OWN_B, A, null], ['../x', A, null], ['', A, null], [`g${A}/`, A, null],
  ] as const)('GIVEN the typed id %j in %s WHEN resolved to a local name THEN %j', (value, guildId, name) => {
    expect(ownName(value, guildId)).toBe(name);
  });

  it('GIVEN a typed value WHEN resolved THEN an id, a local name or an exact title of a visible article works, nothing else', () => {
    const { engine } = setup();
    expect(resolveArticle(engine, A, OWN_A)?.id).toBe(OWN_A);
    expect(resolveArticle(engine, A, 'ferry-1a2b3c')?.id).toBe(OWN_A);
    expect(resolveArticle(engine, A, 'ferry line opens')?.id).toBe(OWN_A);
    expect(resolveArticle(engine, B, 'Ferry Line Opens')).toBeUndefined();
    expect(resolveArticle(engine, B, OWN_A)).toBeUndefined();
  });

  it('GIVEN a question in A WHEN asked THEN the engine is scoped to A\'s articles, and B\'s article id matches no article', () => {
    const { engine, ctx } = setup();
    const request = { question: 'Who opened the ferry line?', userId: 'u', channelId: 'c', discordLocale: 'en-US', article: null };
    ctx.ask({ ...request, guildId: A });
    expect(engine.calls.at(-1)?.options?.articles).toEqual(['rusia', OWN_A]);
    ctx.ask(request);
    expect(engine.calls.at(-1)?.options?.articles).toEqual(['rusia']);
    const calls = engine.calls.length;
    expect(ctx.ask({ ...request, guildId: A, article: OWN_B }).message.content).toBe(messages('en').timeline.noMatch(OWN_B));
    expect(engine.calls).toHaveLength(calls);
  });

  it('GIVEN a "Show paragraph" button naming another server\'s article WHEN clicked THEN it has expired, in the owner\'s server it shows', () => {
    const { ctx } = setup();
    const action = { kind: 'para', article: OWN_A, paragraph: 1 } as const;
    expect(buttonReply(action, 'en-US', ctx, B).message.content).toBe(messages('en').errors.expired);
    expect(buttonReply(action, 'en-US', ctx, A).message.embeds[0]?.description).toContain('ferry line');
  });

  it('GIVEN autocomplete WHEN typed in a server THEN only its visible articles are offered', () => {
    const { engine } = setup();
    expect(articleChoices(engine, '', A).map((c) => c.value)).toEqual(['rusia', OWN_A]);
    expect(articleChoices(engine, 'market', A)).toEqual([]);
    expect(articleChoices(engine, 'market', B)).toEqual([{ name: 'Night Market Returns', value: OWN_B }]);
    expect(articleChoices(engine, '')).toEqual([{ name: 'Rusia Dukung Program Nuklir', value: 'rusia' }]);
  });
});
