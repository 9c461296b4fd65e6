import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeButton } from '../../src/bot/custom-id.ts';
import { CARD_EXCERPT_MAX, excerptAround, moreItems, renderAnswer, renderMore, type RenderContext } from '../../src/bot/render.ts';
import { ELLIPSIS, MORE_PER_PAGE } from '../../src/bot/render-limits.ts';
import { messages, type Locale } from '../../src/i18n/messages.ts';
import type { Article } from '../../src/engine/index.ts';
import { makeAnswer, makeArticle, makeCitation, RUSIA_PARAGRAPHS } from './helpers/fake-engine.ts';
import { allText, expectNoRawMentions, expectWithinLimits } from './helpers/limits.ts';

const TITLE = 'Rusia Dukung Program Nuklir Korea Utara';
const LONG = `${RUSIA_PARAGRAPHS[0] ?? ''} ${RUSIA_PARAGRAPHS[1] ?? ''}`;
const idArticle = makeArticle('rusia', { title: TITLE, paragraphs: [...RUSIA_PARAGRAPHS, LONG] });
const enArticle = makeArticle('nato-en', { language: 'en', title: 'NATO chief warns', paragraphs: ['Rutte said Russia backs the program.'] });

function ctx(locale: Locale = 'en', articles: Article[] = [idArticle, enArticle]): RenderContext {
  return { messages: messages(locale), article: (id) => articles.find((a) => a.id === id) };
}

const buttons = (msg: ReturnType<typeof renderAnswer>) => msg.components.flatMap((r) => r.components);
const labels = (msg: ReturnType<typeof renderAnswer>) => buttons(msg).map((b) => b.label);
const cite = (paragraph: number, excerpt = RUSIA_PARAGRAPHS[paragraph - 1] ?? '') => makeCitation('rusia', paragraph, excerpt, TITLE);
const en = messages('en');

describe('renderAnswer: the answer card', () => {
  it('GIVEN a found answer WHEN rendered THEN it shows the answer line, one quote, and the source once in the footer', () => {
    const answer = makeAnswer({ citations: [cite(3), cite(1)] });
    const msg = renderAnswer(answer, ctx(), { token: 'tok12345' });
    const description = msg.embeds[0]?.description ?? '';
    expect(description).toBe(`Answer: **Mark Rutte**\n\n> “Sebagai imbalan atas pasukan dan senjata dari Korea Utara, Rusia memberikan dukungan pada program rudal dan nuklir Pyongyang,” ujar Rutte, seperti dilansir dari The Straits Times, Kamis 5 Desember 2024.`);
    expect(msg.embeds[0]?.footer?.text).toBe(`Source: ¶3 · ${TITLE} · Metrotvnews.com · 5 December 2024 11:53`);
    // The second citation is behind "More", not on the card.
    expect(description).not.toContain('Brussels');
    expect(msg.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('GIVEN a paragraph of several sentences WHEN its long sentence is cited THEN the quote is trimmed around the answer and "Show paragraph" is offered', () => {
    const answer = makeAnswer({ answer: 'Mark Rutte', citations: [cite(5, LONG)] });
    const msg = renderAnswer(answer, ctx(), { token: 'tok' });
    const quote = (msg.embeds[0]?.description ?? '').split('\n\n')[1] ?? '';
    expect(quote.length).toBeLessThanOrEqual(CARD_EXCERPT_MAX + 10);
    expect(quote).toContain('Mark Rutte');
    expect(quote.endsWith(ELLIPSIS)).toBe(true);
    expect(labels(msg)).toContain('Show paragraph ¶5');
  });

  it('GIVEN a one-sentence paragraph shown whole WHEN rendered THEN there is no "Show paragraph" button', () => {
    expect(labels(renderAnswer(makeAnswer({ citations: [cite(3)] }), ctx(), { token: 'tok' }))).not.toContain('Show paragraph ¶3');
  });

  it('GIVEN a plain question WHEN rendered THEN the card fits a phone screen: a short description and one row of buttons', () => {
    const answer = makeAnswer({ citations: [cite(1), cite(3), cite(2)], related: [{ article: 'rusia', title: TITLE, paragraph: 4, score: 1 }] });
    const msg = renderAnswer(answer, ctx(), { token: 'tok' });
    expect((msg.embeds[0]?.description ?? '').length).toBeLessThanOrEqual(420);
    expect((msg.embeds[0]?.footer?.text ?? '').length).toBeLessThanOrEqual(200);
    expect(msg.components.length).toBeLessThanOrEqual(1);
  });

  it('GIVEN a normalized date WHEN rendered THEN it follows the verbatim answer', () => {
    const answer = makeAnswer({ answer: 'Senin 2 Desember 2024', normalized: 'Monday, 2 December 2024', citations: [cite(1)] });
    expect(renderAnswer(answer, ctx()).embeds[0]?.description).toMatch(/\*\*Senin 2 Desember 2024\*\*\n\*Monday, 2 December 2024\*/);
  });

  it.each([['en', 'Answer: **Yes**'], ['id', 'Jawaban: **Ya**']] as const)('GIVEN a yes/no answer (%s) WHEN rendered THEN it says %s with the stating sentence, never the bare span', (locale, line) => {
    const span = 'Rusia memberikan dukungan terhadap program rudal dan nuklir Korea Utara';
    const answer = makeAnswer({ type: 'yes-no', language: locale, answer: span, citations: [cite(1)] });
    const description = renderAnswer(answer, ctx(locale)).embeds[0]?.description ?? '';
    expect(description.startsWith(`${line}\n\n> `)).toBe(true);
    expect(description).toContain(span);
    expect(description).not.toContain(`**${span}**`);
  });

  it('GIVEN a 10,000-character excerpt and 30 citations WHEN rendered THEN every Discord limit holds and the quote ends with an ellipsis', () => {
    const huge = 'kata '.repeat(2000).trim();
    const citations = Array.from({ length: 30 }, (_, i) => makeCitation('rusia', (i % 4) + 1, huge, 'T'.repeat(300)));
    const msg = renderAnswer(makeAnswer({ question: 'q'.repeat(5000), answer: 'a'.repeat(3000), citations }), ctx(), { token: 'tok12345' });
    expectWithinLimits(msg);
    expect(msg.embeds[0]?.title?.endsWith(ELLIPSIS)).toBe(true);
    expect(msg.embeds[0]?.description?.endsWith(ELLIPSIS)).toBe(true);
  });

  it('GIVEN markdown in the question and the article WHEN rendered THEN it is escaped, not interpreted', () => {
    const answer = makeAnswer({ question: '**bold** _it_ `code` [x](http://e.com)', citations: [makeCitation('rusia', 1, '# Heading ~~gone~~ ||spoiler||')] });
    const msg = renderAnswer(answer, ctx());
    expect(msg.embeds[0]?.title).toContain('\\*\\*bold\\*\\*');
    expect(msg.embeds[0]?.title).toContain('\\`code\\`');
    expect(msg.embeds[0]?.description).toContain('\\# Heading \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\|');
  });

  it('GIVEN @everyone, a role and a user mention in the question and the article WHEN rendered THEN none survives and nothing may ping', () => {
    const evil = 'hey @everyone and @here, <@&123> and <@123> and <@!456> see <#789>';
    const answer = makeAnswer({ question: evil, answer: evil, citations: [makeCitation('rusia', 1, evil, evil)] });
    const msg = renderAnswer(answer, ctx());
    expectNoRawMentions(msg);
    expect(msg.allowedMentions.parse).toEqual([]);
    expect(allText(msg)).toContain('@\u200beveryone');
  });

  it.each([
    ['en', 'Answer', 'Source', 'Show paragraph ¶5'],
    ['id', 'Jawaban', 'Sumber', 'Tampilkan paragraf ¶5'],
  ] as const)('GIVEN locale %s WHEN rendered THEN labels are "%s", "%s" and "%s"', (locale, answerLabel, sourceLabel, button) => {
    const msg = renderAnswer(makeAnswer({ citations: [cite(5, LONG)] }), ctx(locale));
    expect(msg.embeds[0]?.description).toContain(`${answerLabel}: **Mark Rutte**`);
    expect(msg.embeds[0]?.footer?.text).toMatch(new RegExp(`^${sourceLabel}: ¶5 · `));
    expect(labels(msg)[0]).toBe(button);
  });

  it('GIVEN a not-found answer WHEN rendered THEN it says so with the coverage hint and has no buttons', () => {
    const answer = makeAnswer({ found: false, answer: null, hint: { titles: ['Rusia'], people: ['Mark Rutte'], topics: ['nuklir'] } });
    expect(renderAnswer(answer, ctx()).embeds[0]?.description).toBe('The article does not say. It covers: Mark Rutte, nuklir.');
    const id = renderAnswer({ ...answer, language: 'id' }, ctx('id'));
    expect(id.embeds[0]?.description).toBe('Artikel tidak menyebutkannya. Artikel ini membahas: Mark Rutte, nuklir.');
    expect(id.components).toEqual([]);
  });

  describe('the English gloss button', () => {
    const clause = { answer: 'dukungan pada program rudal dan nuklir Pyongyang', type: 'what' as const };
    it('GIVEN an English question whose answer is a clause of an Indonesian excerpt WHEN rendered THEN "English gloss" is offered', () => {
      expect(labels(renderAnswer(makeAnswer({ ...clause, citations: [cite(3)] }), ctx(), { token: 'tok' }))).toContain('English gloss');
      expect(labels(renderAnswer(makeAnswer({ ...clause, citations: [cite(3)] }), ctx('id'), { token: 'tok' }))).not.toContain('English gloss');
    });

    it.each([
      ['the answer is only a name', makeAnswer({ answer: 'Mark Rutte', citations: [cite(3)] })],
      ['the answer is only a date', makeAnswer({ answer: 'Senin 2 Desember 2024', type: 'when', citations: [cite(1)] })],
      ['the question is Indonesian', makeAnswer({ ...clause, language: 'id', citations: [cite(3)] })],
      ['the excerpt is English', makeAnswer({ ...clause, citations: [makeCitation('nato-en', 1, 'Rutte said Russia backs the program.')] })],
    ])('GIVEN %s WHEN rendered THEN there is no gloss button', (_why, answer) => {
      expect(labels(renderAnswer(answer, ctx(answer.language), { token: 'tok' }))).not.toContain(messages(answer.language).labels.gloss);
    });

    it('GIVEN an Indonesian Discord user WHEN the label is read THEN it says "Glosarium Inggris"', () => {
      expect(messages('id').labels.gloss).toBe('Glosarium Inggris');
      expect(en.labels.gloss).toBe('English gloss');
    });
  });

  describe('More', () => {
    it('GIVEN further citations and related paragraphs WHEN rendered THEN "More" pages through them, each paragraph once, none the card shows', () => {
      const related = [1, 2, 4].map((paragraph) => ({ article: 'rusia', title: TITLE, paragraph, score: 1 }));
      const answer = makeAnswer({ citations: [cite(3), cite(1), cite(3)], related });
      const c = ctx();
      expect(moreItems(answer, c).map((i) => i.paragraph)).toEqual([1, 2, 4]);
      const card = renderAnswer(answer, c, { token: 'tok' });
      const more = buttons(card).find((b) => b.label === en.labels.more);
      expect(decodeButton(more?.custom_id ?? '')).toEqual({ kind: 'more', token: 'tok', page: 1 });
      const page = renderMore(answer, 1, c, 'tok');
      expect(page?.embeds[0]?.footer?.text).toBe(en.answer.morePage(1, 3, 3));
      expect(page?.embeds[0]?.description).toContain('**¶1**');
      expect(page?.embeds[0]?.description).toContain('> Ia menambahkan');
      expect(renderMore(answer, 2, c, 'tok')).toBeNull();
    });

    it('GIVEN nothing beyond the card WHEN rendered THEN there is no "More" button', () => {
      expect(labels(renderAnswer(makeAnswer({ citations: [cite(3)] }), ctx(), { token: 'tok' }))).not.toContain(en.labels.more);
    });

    it('GIVEN more items than a page WHEN the first page is rendered THEN its own "More" leads on', () => {
      const related = [1, 2, 4, 5].map((paragraph) => ({ article: 'rusia', title: TITLE, paragraph, score: 1 }));
      const page = renderMore(makeAnswer({ citations: [cite(3)], related }), 1, ctx(), 'tok');
      const more = page?.components.flatMap((r) => r.components).find((b) => b.label === en.labels.more);
      expect(MORE_PER_PAGE).toBe(3);
      expect(decodeButton(more?.custom_id ?? '')).toEqual({ kind: 'more', token: 'tok', page: 2 });
    });
  });

  it('GIVEN an article id too long for a custom id WHEN rendered THEN "Show paragraph" refers to the stored citation', () => {
    const long = 'a'.repeat(120);
    const article = makeArticle(long, { paragraphs: [LONG] });
    const msg = renderAnswer(makeAnswer({ citations: [makeCitation(long, 1, LONG)] }), ctx('en', [article]), { token: 'tok' });
    expect(decodeButton(buttons(msg)[0]?.custom_id ?? '')).toEqual({ kind: 'cite', token: 'tok', index: 0 });
  });

  it('GIVEN any question and excerpt text (property) WHEN rendered THEN limits hold and no mention gets through', () => {
    const text = fc.oneof(fc.string({ maxLength: 6000 }), fc.string({ unit: 'binary', maxLength: 3000 }),
      fc.constantFrom('@everyone', '<@&1>', '**', '\\', '> quote', '```', '@here'.repeat(500)));
    fc.assert(fc.property(text, text, fc.integer({ min: 0, max: 30 }), (question, excerpt, n) => {
      const citations = Array.from({ length: n }, (_, i) => makeCitation('rusia', (i % 4) + 1, excerpt, excerpt));
      const answer = makeAnswer({ question, answer: excerpt, citations, related: [{ article: 'rusia', title: excerpt, paragraph: 5, score: 1 }] });
      for (const msg of [renderAnswer(answer, ctx(), { token: 'tok' }), renderMore(answer, 1, ctx(), 'tok')]) {
        if (msg === null) continue;
        expectWithinLimits(msg);
        expectNoRawMentions(msg);
      }
    }), { numRuns: 150 });
  });
});

describe('excerptAround', () => {
  it('GIVEN a short sentence WHEN trimmed THEN it is whole', () => {
    expect(excerptAround('Rutte said so.', 'Rutte', 200)).toBe('Rutte said so.');
  });

  it('GIVEN an answer deep in a long sentence WHEN trimmed THEN the answer is kept whole, with marks where text was left out', () => {
    const text = `${'awal '.repeat(60)}Mark Rutte berkata ${'akhir '.repeat(60)}`;
    const out = excerptAround(text, 'Mark Rutte', 120);
    expect(out.startsWith(ELLIPSIS)).toBe(true);
    expect(out.endsWith(ELLIPSIS)).toBe(true);
    expect(out).toContain('Mark Rutte berkata');
    expect(out.length).toBeLessThanOrEqual(124);
  });
});
