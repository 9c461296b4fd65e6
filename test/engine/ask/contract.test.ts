/**
 * The Answer contract, swept over many questions (easy, hard, vague, follow-up) on every article,
 * scoped and unscoped: citations are verbatim spans of the paragraph they name (paragraphs are 1-based,
 * 0 = metadata), confidence is in 0..1, language is 'en' | 'id', and the short answer is taken from
 * the first citation: nothing invented. The checks themselves live in support.ts (expectValidAnswer).
 */
import { describe, expect, it } from 'vitest';
import { newConversation } from '../../../src/engine/index.ts';
import { ask, engineOverAll } from './support.ts';

const engine = engineOverAll();

const english = [
  'Who?', 'Who said it?', 'What happened?', 'When did it happen?', 'Where did it happen?', 'How many?', 'Why?',
  'What did he say?', 'Who is mentioned in the article?', 'What is the article about?', 'Which company?', 'How much money?',
  'Who wrote this?', 'When was it published?', 'Who is the chief executive?', 'How many people?', 'What did they send?',
  'Why did prices fall?', 'Who said the situation is difficult?', 'Where will they open a factory?', 'When is the next match?',
  'What is the capital of France?', 'Who is the president?', 'and when?', 'What about the coach?',
];
const indonesian = [
  'Apa yang terjadi?', 'Siapa yang mengatakan itu?', 'Kapan itu terjadi?', 'Di mana kejadiannya?', 'Berapa jumlahnya?',
  'Mengapa?', 'Apa katanya?', 'Siapa saja yang disebut?', 'Berita ini tentang apa?', 'Perusahaan mana?', 'Berapa uangnya?',
  'Siapa penulisnya?', 'Kapan diterbitkan?', 'Siapa kepala dinas?', 'Berapa orang mengungsi?', 'Apa yang dikirim?',
  'Mengapa harga turun?', 'Siapa yang bilang situasinya sulit?', 'Di mana pabriknya?', 'Kapan pertandingan berikutnya?',
  'Siapa pemenang Piala Dunia 2018?', 'Siapa presidennya?', 'lalu kapan?', 'Bagaimana dengan pelatihnya?',
];

describe('the Answer contract over a sweep of questions', () => {
  const ids = engine.articles().map((a) => a.id);

  it.each(ids)('GIVEN article %s WHEN asked every sweep question, alone and as one conversation THEN every Answer keeps the contract', (article) => {
    const conversation = newConversation();
    for (const q of [...english, ...indonesian]) {
      ask(engine, q, { article });
      ask(engine, q, { article, conversation });
    }
  });

  it('GIVEN every article unscoped WHEN asked every sweep question THEN every Answer keeps the contract', () => {
    const conversation = newConversation();
    for (const q of [...english, ...indonesian]) {
      ask(engine, q);
      ask(engine, q, { conversation });
    }
  });

  it('GIVEN a scope of some articles WHEN asked every sweep question THEN citations stay inside the scope', () => {
    const scope = ids.filter((_, i) => i % 2 === 0);
    for (const q of [...english, ...indonesian]) ask(engine, q, { articles: scope });
  });
});

describe('what the Answer echoes', () => {
  it.each([
    ['Siapa Bupati Lembah Hijau?', 'id'],
    ['Who is the regent of Lembah Hijau?', 'en'],
    ['Kapan Sungai Cikaret meluap?', 'id'],
    ['When did the Cikaret river overflow?', 'en'],
    ['Berapa warga mengungsi?', 'id'],
    ['How much did net profit rise?', 'en'],
    ['Mengapa Rafael memilih Indonesia?', 'id'],
    ['Why did Rafael choose Indonesia?', 'en'],
  ] as const)('GIVEN %j WHEN asked with surrounding spaces THEN question is the trimmed text and language is %s', (q, language) => {
    const a = ask(engine, `  ${q}  `);
    expect(a.question).toBe(q);
    expect(a.language).toBe(language);
  });

  it('GIVEN the same question twice WHEN asked without a conversation THEN the answers are identical (no hidden state)', () => {
    const first = ask(engine, 'Apa yang diberikan Persita Raya kepada Rafael?');
    ask(engine, 'Who is the regent of Lembah Hijau?');
    const second = ask(engine, 'Apa yang diberikan Persita Raya kepada Rafael?');
    expect(second).toEqual(first);
  });
});
