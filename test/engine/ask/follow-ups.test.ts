/**
 * Follow-ups through a conversation: pronouns (he/she/dia/ia/-nya) and ellipsis ("and when?",
 * "Where?", "lalu kapan?", "what about X?") resolve against the previous turn; a question that names
 * its own subject starts fresh.
 */
import { describe, expect, it } from 'vitest';
import { newConversation } from '../../../src/engine/index.ts';
import type { Answer, AskOptions, Conversation } from '../../../src/engine/index.ts';
import { ask, BUNDLED, DEFAULT_MAX_TURNS, engineOverAll, FLOOD, TRANSFER } from './support.ts';

const engine = engineOverAll();

/** Ask a sequence of questions in one conversation (optionally scoped); return every answer. */
function talk(questions: readonly string[], options: AskOptions = {}): { answers: Answer[]; conversation: Conversation } {
  const conversation = newConversation();
  const answers = questions.map((q) => ask(engine, q, { ...options, conversation }));
  return { answers, conversation };
}

describe('follow-ups: pronouns and ellipsis resolve against the previous turn', () => {
  it('GIVEN "Who said Russia supports North Korea\'s nuclear program?" WHEN followed by "and when did he say it?" THEN the date of Rutte\'s statement, normalized in English', () => {
    const { answers: [first, then] } = talk(["Who said Russia supports North Korea's nuclear program?", 'and when did he say it?'], { article: BUNDLED });
    expect(first?.answer).toContain('Rutte');
    expect(then?.found).toBe(true);
    expect(then?.type).toBe('when');
    expect(then?.answer).toContain('2 Desember 2024');
    expect(then?.normalized).toContain('2 December 2024');
    expect(then?.citations[0]?.paragraph).toBe(1);
  });

  it('GIVEN an Indonesian who-said question WHEN followed by "lalu kapan?" THEN the date, normalized in Indonesian', () => {
    const { answers: [first, then] } = talk(['Siapa yang mengatakan Rusia mendukung program nuklir Korea Utara?', 'lalu kapan?'], { article: BUNDLED });
    expect(first?.answer).toContain('Rutte');
    expect(then?.found).toBe(true);
    expect(then?.language).toBe('id');
    expect(then?.answer).toContain('2 Desember 2024');
    expect(then?.normalized).toContain('2 Desember 2024');
  });

  it('GIVEN "Who accused North Korea of sending soldiers to Russia?" WHEN followed by "Where?" THEN Kursk, from the same paragraph', () => {
    const { answers: [first, then] } = talk(['Who accused North Korea of sending soldiers to Russia?', 'Where?'], { article: BUNDLED });
    expect(first?.citations[0]?.paragraph).toBe(5);
    expect(then?.found).toBe(true);
    expect(then?.type).toBe('where');
    expect(then?.answer).toContain('Kursk');
    expect(then?.citations[0]?.paragraph).toBe(5);
  });

  it('GIVEN "Who announced the transfer?" WHEN followed by "And when did he announce it?" and "Where?" THEN the date and the place of that announcement', () => {
    const { answers: [who, when, where] } = talk(['Who announced the transfer?', 'And when did he announce it?', 'Where?'], { article: TRANSFER });
    expect(who?.answer).toContain('Bambang');
    expect(when?.answer).toContain('15/1');
    expect(when?.normalized).toContain('15 January 2025');
    expect(when?.citations[0]?.paragraph).toBe(2);
    expect(where?.answer).toContain('Stadion Mandala Krida');
    expect(where?.citations[0]?.paragraph).toBe(2);
  });

  it('GIVEN "Who is the regent of Lembah Hijau?" WHEN followed by "What did he say?" THEN the regent\'s own quote', () => {
    const { answers: [who, said] } = talk(['Who is the regent of Lembah Hijau?', 'What did he say?'], { article: FLOOD });
    expect(who?.answer).toContain('Hendra');
    expect(said?.found).toBe(true);
    expect(said?.type).toBe('what-said');
    expect(said?.answer).toContain('Keselamatan warga');
    expect(said?.citations[0]?.paragraph).toBe(3);
  });

  it('GIVEN "Siapa Bupati Lembah Hijau?" WHEN followed by "Kapan dia menetapkan status tanggap darurat?" THEN "dia" is the regent and the answer is the date', () => {
    const { answers: [, when] } = talk(['Siapa Bupati Lembah Hijau?', 'Kapan dia menetapkan status tanggap darurat?'], { article: FLOOD });
    expect(when?.found).toBe(true);
    expect(when?.answer).toContain('Selasa');
    expect(when?.normalized).toContain('4 Maret 2025');
    expect(when?.citations[0]?.paragraph).toBe(2);
  });

  it('GIVEN "Siapa yang menetapkan status tanggap darurat?" WHEN followed by "lalu kapan?" THEN the date of that decision', () => {
    const { answers: [, when] } = talk(['Siapa yang menetapkan status tanggap darurat?', 'lalu kapan?'], { article: FLOOD });
    expect(when?.answer).toContain('Selasa');
    expect(when?.citations[0]?.paragraph).toBe(2);
  });

  it('GIVEN "Who declared a state of emergency?" WHEN followed by "and when did he do that?" THEN the date of the declaration', () => {
    const { answers: [, when] } = talk(['Who declared a state of emergency?', 'and when did he do that?'], { article: FLOOD });
    expect(when?.answer).toContain('Selasa');
    expect(when?.normalized).toContain('4 March 2025');
  });
});

describe('follow-ups: "what about X?" / "bagaimana dengan X?" re-asks the previous question about X', () => {
  it('GIVEN "What did Hendra say?" WHEN followed by "What about Darmi?" THEN Darmi\'s words', () => {
    const { answers: [hendra, darmi] } = talk(['What did Hendra say?', 'What about Darmi?'], { article: FLOOD });
    expect(hendra?.citations[0]?.paragraph).toBe(3);
    expect(darmi?.found).toBe(true);
    expect(darmi?.type).toBe('what-said');
    expect(darmi?.citations[0]?.paragraph).toBe(7);
  });

  it('GIVEN "Apa kata Hendra?" WHEN followed by "Bagaimana dengan Darmi?" THEN Darmi\'s words', () => {
    const { answers: [, darmi] } = talk(['Apa kata Hendra?', 'Bagaimana dengan Darmi?'], { article: FLOOD });
    expect(darmi?.found).toBe(true);
    expect(darmi?.citations[0]?.paragraph).toBe(7);
  });

  it('GIVEN "Siapa pelatih Persita Raya?" WHEN followed by "Kalau presiden klub?" THEN the club president', () => {
    const { answers: [coach, president] } = talk(['Siapa pelatih Persita Raya?', 'Kalau presiden klub?'], { article: TRANSFER });
    expect(coach?.answer).toContain('Marco Vidal');
    expect(president?.found).toBe(true);
    expect(president?.answer).toContain('Bambang Sutrisno');
  });
});

describe('a question that names its own subject starts fresh', () => {
  it('GIVEN a conversation about the regent WHEN asked about the coach of Persita Raya and then "What did he say?" THEN "he" is the coach, not the regent', () => {
    const { answers: [regent, coach, said] } = talk(['Who is the regent of Lembah Hijau?', 'Who is the coach of Persita Raya?', 'What did he say?']);
    expect(regent?.citations[0]?.article).toBe(FLOOD);
    expect(coach?.answer).toContain('Marco Vidal');
    expect(coach?.citations[0]?.article).toBe(TRANSFER);
    expect(said?.found).toBe(true);
    expect(said?.citations[0]?.article).toBe(TRANSFER);
    expect(said?.citations[0]?.paragraph).toBe(4);
  });

  it('GIVEN "Siapa Bupati Lembah Hijau?" WHEN then asked "Siapa pelatih Persita Raya?" THEN the coach, unaffected by the previous turn', () => {
    const { answers: [, coach] } = talk(['Siapa Bupati Lembah Hijau?', 'Siapa pelatih Persita Raya?']);
    expect(coach?.answer).toContain('Marco Vidal');
    expect(coach?.citations[0]?.article).toBe(TRANSFER);
  });

  it('GIVEN "What did Hendra say?" WHEN then asked "What did Darmi say?" THEN Darmi\'s words', () => {
    const { answers: [, darmi] } = talk(['What did Hendra say?', 'What did Darmi say?'], { article: FLOOD });
    expect(darmi?.citations[0]?.paragraph).toBe(7);
  });

  it('GIVEN any earlier turns WHEN a full question is asked THEN it gets the same answer as in a fresh conversation', () => {
    const fresh = ask(engine, 'Kapan Sungai Cikaret meluap?', { article: FLOOD });
    const { answers } = talk(['Who is the coach of Persita Raya?', 'What did he say?', 'Kapan Sungai Cikaret meluap?'], { article: FLOOD });
    const later = answers.at(-1);
    expect(later?.answer).toBe(fresh.answer);
    expect(later?.citations[0]?.paragraph).toBe(fresh.citations[0]?.paragraph);
  });
});

describe('conversation state', () => {
  it('GIVEN a new conversation WHEN questions are asked THEN each turn is recorded with its question and answer, up to the last few', () => {
    const questions = ['Siapa Bupati Lembah Hijau?', 'Apa kata Hendra?', 'lalu kapan?', 'Di mana?', 'Siapa pelatih Persita Raya?', 'Kalau presiden klub?', 'Apa kata Darmi?', 'Berapa warga mengungsi?'];
    const { answers, conversation } = talk(questions);
    expect(conversation.turns.length).toBeGreaterThan(0);
    expect(conversation.turns.length).toBeLessThanOrEqual(DEFAULT_MAX_TURNS);
    const last = conversation.turns.at(-1);
    expect(last?.question).toBe('Berapa warga mengungsi?');
    expect(last?.answer).toBe(answers.at(-1));
  });

  it('GIVEN a bare follow-up ("Where?", "lalu kapan?", "and when?") with no earlier turn THEN it is not found rather than guessed', () => {
    for (const q of ['Where?', 'lalu kapan?', 'and when?', 'What about him?', 'Apa katanya?']) {
      const a = ask(engine, q, { conversation: newConversation() });
      expect(a.found, q).toBe(false);
      expect(ask(engine, q).found, `${q} without a conversation`).toBe(false);
    }
  });
});
