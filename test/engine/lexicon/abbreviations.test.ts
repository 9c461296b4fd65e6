import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { AbbreviationTable, type AbbreviationDocument } from '../../../src/engine/lexicon/abbreviations.ts';
import { loadLexicon } from '../../../src/engine/lexicon/lexicon.ts';
import { analyzeQuestion } from '../../../src/engine/question/analyze.ts';
import { expandQuery } from '../../../src/engine/retrieval/expand.ts';
import { FuzzyVocabulary } from '../../../src/engine/retrieval/fuzzy-vocabulary.ts';
import { SentenceIndex } from '../../../src/engine/retrieval/sentence-index.ts';

const lexicon = loadLexicon();

describe('the abbreviation table', () => {
  const table = new AbbreviationTable({
    words: ['us'],
    entries: [
      { id: ['AS', 'Amerika Serikat'], en: ['United States', 'US'] },
      { id: ['Kemlu', 'Kementerian Luar Negeri'], en: ['Foreign Ministry'] },
      { id: ['WHO', 'Organisasi Kesehatan Dunia'], en: ['World Health Organization', 'WHO'] },
    ],
  });

  it('When a form in capitals spells an everyday word it is found only from capitals', () => {
    expect(table.toIndonesian('us', true)).toEqual(['as', 'amerika serikat']);
    expect(table.toIndonesian('us', false)).toEqual([]);
    expect(table.toEnglish('as', false)).toEqual([]);
    // "who" is a stopword: no list needed.
    expect(table.toIndonesian('who', false)).toEqual([]);
    expect(table.toIndonesian('who', true)).toEqual(['who', 'organisasi kesehatan dunia']);
  });

  it('When a form is no everyday word it is found in any case, and every form of the other language comes back', () => {
    expect(table.toEnglish('kemlu', false)).toEqual(['foreign ministry']);
    expect(table.toIndonesian('foreign ministry', false)).toEqual(['kemlu', 'kementerian luar negeri']);
    expect(table.toIndonesian('united states', false)).toEqual(['as', 'amerika serikat']);
  });
});

describe('the loaded abbreviations', () => {
  it.each([
    ['US', 'as'],
    ['UN', 'pbb'],
    ['EU', 'ue'],
    ['WHO', 'organisasi kesehatan dunia'],
    ['UK', 'inggris'],
  ])('When the English question word "%s" is written in capitals it finds "%s"', (word, indonesian) => {
    expect(lexicon.toIndonesian(word, { acronym: true })).toContain(indonesian);
  });

  it('When "us" and "who" are written in lowercase they are the pronoun and the question word, never the acronyms', () => {
    expect(lexicon.toIndonesian('us')).not.toContain('as');
    expect(lexicon.toIndonesian('us')).not.toContain('amerika serikat');
    expect(lexicon.toIndonesian('who')).not.toContain('organisasi kesehatan dunia');
  });

  it.each([
    ['AS', 'united states'],
    ['PBB', 'united nations'],
    ['KPK', 'corruption eradication commission'],
    ['Kemlu', 'foreign ministry'],
    ['Menlu', 'foreign minister'],
    ['Kapolri', 'national police chief'],
    ['Pemprov', 'provincial government'],
    ['Jubir', 'spokesperson'],
    ['BMKG', 'weather agency'],
  ])('When the Indonesian abbreviation "%s" is looked up it finds "%s"', (word, english) => {
    expect(lexicon.toEnglish(word, { acronym: /^\p{Lu}+$/u.test(word) })).toContain(english);
  });

  it.each([
    ['foreign minister', 'menlu'],
    ['national police chief', 'kapolri'],
    ['state-owned enterprise', 'bumn'],
    ['summit', 'ktt'],
  ])('When the English phrase "%s" is looked up it finds the abbreviation "%s"', (english, abbreviation) => {
    expect(lexicon.toIndonesian(english)).toContain(abbreviation);
  });

  it('When the file is read every entry has forms in both languages', () => {
    const document = JSON.parse(readFileSync(new URL('../../../data/lexicon/abbreviations.json', import.meta.url), 'utf8')) as AbbreviationDocument;
    expect(document.entries.length).toBeGreaterThan(200);
    for (const entry of document.entries) {
      expect(entry.id.length, JSON.stringify(entry)).toBeGreaterThan(0);
      expect(entry.en.length, JSON.stringify(entry)).toBeGreaterThan(0);
    }
  });
});

describe('acronyms in questions', () => {
  const index = new SentenceIndex();
  const groupsOf = (question: string) => {
    const analysis = analyzeQuestion(question);
    const ctx = { index, vocabulary: new FuzzyVocabulary(() => index.surfaceWords(), () => index.version), lexicon };
    return expandQuery(analysis.words, analysis.language, ctx);
  };
  const keysOf = (question: string, label: string): string[] =>
    groupsOf(question).filter((g) => g.label === label).flatMap((g) => g.alternatives.map((a) => a.keys.join(' ')));

  it('When an English question writes "US" it is expanded to the Indonesian "AS", and a lowercase "us" is not', () => {
    expect(keysOf('What did the US say about tariffs?', 'US')).toContain('as');
    expect(keysOf('Who told us about the plan?', 'us')).not.toContain('as');
  });

  it('When an Indonesian question writes an acronym that spells a function word it is kept as a name ("Apa kata AS")', () => {
    const words = analyzeQuestion('Apa kata AS soal tarif?').words;
    expect(words.map((w) => w.surface)).toContain('AS');
    expect(words.find((w) => w.surface === 'AS')?.isName).toBe(true);
    expect(keysOf('Apa kata AS soal tarif?', 'AS')).toContain('us');
  });

  it('When a whole question is in capitals its words are not taken for acronyms', () => {
    expect(analyzeQuestion('WHO IS THE PRESIDENT?').words.map((w) => w.folded)).toEqual(['president']);
  });
});
