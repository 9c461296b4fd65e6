import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeButton } from '../../src/bot/custom-id.ts';
import { renderAnswer, type RenderContext } from '../../src/bot/render.ts';
import { CITATIONS_PER_PAGE, ELLIPSIS } from '../../src/bot/render-limits.ts';
import { messages, type Locale } from '../../src/i18n/messages.ts';
import type { Article } from '../../src/engine/index.ts';
import { makeAnswer, makeArticle, makeCitation, RUSIA_PARAGRAPHS } from './helpers/fake-engine.ts';
import { allText, expectNoRawMentions, expectWithinLimits } from './helpers/limits.ts';

const idArticle = makeArticle('rusia', { title: 'Rusia Dukung Program Nuklir Korea Utara', paragraphs: RUSIA_PARAGRAPHS });
const enArticle = makeArticle('nato-en', { language: 'en', title: 'NATO chief warns', paragraphs: ['Rutte said Russia backs the program.'] });

function ctx(locale: Locale = 'en', articles: Article[] = [idArticle, enArticle]): RenderContext {
  return { messages: messages(locale), article: (id) => articles.find((a) => a.id === id) };
}

const buttons = (msg: ReturnType<typeof renderAnswer>) => msg.components.flatMap((r) => r.components);

describe('renderAnswer', () => {
  it('GIVEN a found answer WHEN rendered THEN the short answer is bold and the excerpt is quoted with ¶, title and date', () => {
    const answer = makeAnswer({ citations: [makeCitation('rusia', 3, RUSIA_PARAGRAPHS[2] ?? '', 'Rusia Dukung Program Nuklir Korea Utara')] });
    const msg = renderAnswer(answer, ctx(), { token: 'tok12345' });
    const description = msg.embeds[0]?.description ?? '';
    expect(description).toContain('Answer: **Mark Rutte**');
    expect(description).toContain('> “Sebagai imbalan atas pasukan');
    expect(description).toContain('Source: ¶3 · *Rusia Dukung Program Nuklir Korea Utara* · 5 December 2024 11:53');
    expect(msg.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('GIVEN a normalized date WHEN rendered THEN it follows the verbatim answer', () => {
    const answer = makeAnswer({ answer: 'Senin 2 Desember 2024', normalized: 'Monday, 2 December 2024', citations: [makeCitation('rusia', 1, 'x')] });
    expect(renderAnswer(answer, ctx()).embeds[0]?.description).toMatch(/\*\*Senin 2 Desember 2024\*\*\n\*Monday, 2 December 2024\*/);
  });

  it('GIVEN a 10,000-character excerpt and 30 citations WHEN rendered THEN every Discord limit holds and excerpts end with an ellipsis', () => {
    const huge = 'kata '.repeat(2000).trim();
    const citations = Array.from({ length: 30 }, (_, i) => makeCitation('rusia', (i % 4) + 1, huge, 'T'.repeat(300)));
    const msg = renderAnswer(makeAnswer({ question: 'q'.repeat(5000), answer: 'a'.repeat(3000), citations }), ctx(), { token: 'tok12345' });
    expectWithinLimits(msg);
    expect(msg.embeds[0]?.title?.endsWith(ELLIPSIS)).toBe(true);
    expect(msg.embeds[0]?.description).toContain(`${ELLIPSIS}\n— Source`);
    expect(msg.embeds[0]?.footer?.text).toBe(`Sources 1–${CITATIONS_PER_PAGE} of 30`);
  });

  it('GIVEN two citations of one paragraph WHEN rendered THEN their "Show paragraph" buttons are not duplicated', () => {
    const c = makeCitation('rusia', 2, 'a');
    const ids = buttons(renderAnswer(makeAnswer({ citations: [c, { ...c }] }), ctx())).map((b) => b.custom_id);
    expect(ids).toEqual(['kutip:para:2:rusia']);
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
    ['en', 'Answer', 'Source', 'Show paragraph ¶1'],
    ['id', 'Jawaban', 'Sumber', 'Tampilkan paragraf ¶1'],
  ] as const)('GIVEN locale %s WHEN rendered THEN labels are "%s", "%s" and "%s"', (locale, answerLabel, sourceLabel, button) => {
    const msg = renderAnswer(makeAnswer({ citations: [makeCitation('rusia', 1, 'x')] }), ctx(locale));
    expect(msg.embeds[0]?.description).toContain(`${answerLabel}: **Mark Rutte**`);
    expect(msg.embeds[0]?.description).toContain(`— ${sourceLabel}: ¶1`);
    expect(buttons(msg)[0]?.label).toBe(button);
  });

  it('GIVEN a not-found answer WHEN rendered THEN it says so with the coverage hint and has no buttons', () => {
    const answer = makeAnswer({ found: false, answer: null, hint: { titles: ['Rusia'], people: ['Mark Rutte'], topics: ['nuklir'] } });
    expect(renderAnswer(answer, ctx()).embeds[0]?.description).toBe('The article does not say. It covers: Mark Rutte, nuklir.');
    const id = renderAnswer({ ...answer, language: 'id' }, ctx('id'));
    expect(id.embeds[0]?.description).toBe('Artikel tidak menyebutkannya. Artikel ini membahas: Mark Rutte, nuklir.');
    expect(id.components).toEqual([]);
  });

  describe('buttons', () => {
    it('GIVEN an English question citing an Indonesian article WHEN rendered THEN there is a Gloss button', () => {
      const labels = buttons(renderAnswer(makeAnswer({ citations: [makeCitation('rusia', 1, 'x')] }), ctx(), { token: 'tok' })).map((b) => b.label);
      expect(labels).toContain('Gloss');
    });

    it('GIVEN an Indonesian question, or an English article, WHEN rendered THEN there is no Gloss button', () => {
      const idQuestion = makeAnswer({ language: 'id', citations: [makeCitation('rusia', 1, 'x')] });
      const enSource = makeAnswer({ citations: [makeCitation('nato-en', 1, 'x')] });
      for (const a of [idQuestion, enSource]) expect(buttons(renderAnswer(a, ctx(), { token: 'tok' })).map((b) => b.label)).not.toContain('Gloss');
    });

    it('GIVEN more citations than a page WHEN rendered THEN "More" points at the next page, and the last page has none', () => {
      const citations = Array.from({ length: 5 }, (_, i) => makeCitation('rusia', i + 1, `c${i}`));
      const first = buttons(renderAnswer(makeAnswer({ citations }), ctx(), { token: 'tok' }));
      const more = first.find((b) => b.label === 'More');
      expect(decodeButton(more?.custom_id ?? '')).toEqual({ kind: 'more', token: 'tok', page: 1 });
      const second = renderAnswer(makeAnswer({ citations }), ctx(), { token: 'tok', page: 1 });
      expect(buttons(second).map((b) => b.label)).not.toContain('More');
      expect(second.embeds[0]?.description).toContain('> c3');
      expect(second.embeds[0]?.footer?.text).toBe('Sources 4–5 of 5');
    });

    it('GIVEN an article id too long for a custom id WHEN rendered THEN "Show paragraph" refers to the stored citation', () => {
      const long = 'a'.repeat(120);
      const msg = renderAnswer(makeAnswer({ citations: [makeCitation(long, 1, 'x')] }), ctx('en', [makeArticle(long, { paragraphs: ['x'] })]), { token: 'tok' });
      expect(decodeButton(buttons(msg)[0]?.custom_id ?? '')).toEqual({ kind: 'cite', token: 'tok', index: 0 });
    });
  });

  it('GIVEN any question and excerpt text (property) WHEN rendered THEN limits hold and no mention gets through', () => {
    const text = fc.oneof(fc.string({ maxLength: 6000 }), fc.string({ unit: 'binary', maxLength: 3000 }),
      fc.constantFrom('@everyone', '<@&1>', '**', '\\', '> quote', '```', '@here'.repeat(500)));
    fc.assert(fc.property(text, text, fc.integer({ min: 0, max: 30 }), (question, excerpt, n) => {
      const citations = Array.from({ length: n }, (_, i) => makeCitation('rusia', (i % 4) + 1, excerpt, excerpt));
      const msg = renderAnswer(makeAnswer({ question, answer: excerpt, citations }), ctx(), { token: 'tok' });
      expectWithinLimits(msg);
      expectNoRawMentions(msg);
    }), { numRuns: 150 });
  });
});
