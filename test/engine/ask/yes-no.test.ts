/**
 * Yes/no questions: "yes" with the sentence that states it — the same speaker, predicate and
 * object, in that order, not negated — and "the article does not say" otherwise, never a bare span.
 */
import { describe, expect, it } from 'vitest';
import { newConversation } from '../../../src/engine/index.ts';
import { ask, BUNDLED, engineOverAll } from './support.ts';

const engine = engineOverAll();
const scoped = { article: BUNDLED };

describe('yes/no questions over the bundled article', () => {
  it.each([
    ['Did Rutte say Russia supports North Korea?', 1, 'Rusia memberikan dukungan terhadap program rudal dan nuklir Korea Utara'],
    ['Apakah Rutte menyebut Tiongkok?', 6, 'Tiongkok'],
    ['Apakah Trump mengkritik dukungan militer AS?', 9, 'mengkritisi dukungan militer besar-besaran AS'],
    ['Did North Korea send troops to Russia?', 5, 'Korea Utara telah mengirimkan tentara ke Rusia'],
    ['Is Mark Rutte the secretary general of NATO?', 1, 'Sekretaris Jenderal NATO, Mark Rutte'],
  ])('GIVEN a sentence that states it WHEN asked %j THEN yes, citing ¶%i with the stating words as the answer', (question, paragraph, span) => {
    const a = ask(engine, question, scoped);
    expect(a.type).toBe('yes-no');
    expect(a.found).toBe(true);
    expect(a.citations[0]?.paragraph).toBe(paragraph);
    expect(a.answer).toContain(span);
    // What supports the answer is the cited sentence itself.
    expect(a.citations[0]?.excerpt).toContain(a.answer ?? '\u0000');
  });

  it.each([
    // Nothing in the article about Brazil.
    'Did Rutte say Russia supports Brazil?',
    // Korea Utara sent troops to Russia, not the other way round.
    'Did Russia send troops to Kursk?',
    // The troops claim is Ukraine's, not Rutte's.
    'Apakah Rutte mengatakan Korea Utara mengirim tentara?',
    // ¶12 has "dukungan" and "Rusia" far apart: stopping Russia's troops is no support for Russia.
    'Apakah Rutte mendukung Rusia?',
  ])('GIVEN no sentence states it WHEN asked %j THEN the article does not say (no bare span)', (question) => {
    const a = ask(engine, question, scoped);
    expect(a.type).toBe('yes-no');
    expect(a.found).toBe(false);
    expect(a.answer).toBeNull();
    expect(a.hint).not.toBeNull();
  });

  it('GIVEN FacQA-style "Apakah nama …" WHEN asked THEN it stays a what-question, answered with the name', () => {
    const a = ask(engine, 'Apakah nama sekretaris jenderal NATO?', scoped);
    expect(a.type).not.toBe('yes-no');
    expect(a.answer).toContain('Rutte');
  });

  it('GIVEN a yes WHEN the conversation goes on with "when did he say it?" THEN he is the speaker of the yes', () => {
    const conversation = newConversation();
    ask(engine, 'Did Rutte say Russia supports North Korea?', { ...scoped, conversation });
    expect(conversation.turns.at(-1)?.focus).toContain('Mark Rutte');
  });
});
