import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  alignOffsets,
  parseBahasa,
  parseCounts,
  parseDataLine,
  parseIndexLine,
  rankSynonyms,
  rankTranslations,
  orderSenses,
  type WordnetData,
} from '../../../scripts/build-wordnet.ts';
import { loadLexicon } from '../../../src/engine/lexicon/lexicon.ts';
import { compareKeys, SortedLines } from '../../../src/engine/lexicon/sorted-lines.ts';

const lexicon = loadLexicon();

describe('the WordNet tier of the loaded lexicon', () => {
  it.each([
    ['massive', 'besar-besaran'],
    ['accelerate', 'mempercepat'],
    ['speed up', 'mempercepat'],
    ['walk out', 'mogok'],
    ['walked out', 'mogok'],
    ['tenant', 'penyewa'],
    ['evacuate', 'mengungsikan'],
    ['evacuated', 'mengungsikan'],
  ])('When looking up "%s", which the glossary and the dictionary lack, it finds "%s"', (english, indonesian) => {
    expect(lexicon.toIndonesian(english)).toContain(indonesian);
  });

  it.each([
    ['menandatangani', 'sign'],
    ['ditandatangani', 'sign'],
    ['terletak', 'located'],
    ['lokasi', 'location'],
    ['judul', 'title'],
  ])('When glossing "%s", which the glossary and the dictionary lack, it finds "%s"', (indonesian, english) => {
    expect(lexicon.toEnglish(indonesian)).toContain(english);
  });

  it('When a word has many senses its translations come from the common ones ("say" is "mengatakan", not "memerintahkan")', () => {
    const say = lexicon.translate('say', 'en').filter((t) => t.tier === 'wordnet').map((t) => t.text);
    expect(say).not.toContain('memerintahkan');
  });

  it.each([
    ['said', 'tell'],
    ['says', 'state'],
    ['criticized', 'criticise'],
    ['revealed', 'disclose'],
    ['begin', 'start'],
    ['car', 'automobile'],
  ])('When asked for synonyms of "%s" it gives "%s"', (word, synonym) => {
    expect(lexicon.synonyms(word)).toContain(synonym);
  });

  it('When asked for synonyms it never gives a name, a phrasal verb without its particle, or the word itself', () => {
    expect(lexicon.synonyms('tell')).not.toContain('william tell');
    for (const word of ['collapse', 'rise', 'say', 'support']) {
      for (const synonym of lexicon.synonyms(word)) {
        expect(synonym).not.toMatch(/\b(in|out|up|down|on|off)$/);
        expect(synonym).not.toBe(word);
      }
    }
  });

  it('When the WordNet files are read they carry both licenses: Wordnet Bahasa (MIT) and Princeton WordNet 3.0', () => {
    for (const name of ['wordnet-en-id.tsv', 'wordnet-synonyms.tsv']) {
      const head = readFileSync(new URL(`../../../data/lexicon/${name}`, import.meta.url), 'utf8').slice(0, 1000);
      expect(head).toMatch(/Wordnet Bahasa/);
      expect(head).toMatch(/MIT License/);
      expect(head).toMatch(/Princeton University/);
    }
  });
});

describe('a sorted table', () => {
  const table = new SortedLines('# comment\napple\t3\tapel\nbanana split\t0\tes pisang|pisang\ncherry\t1\tceri\n');

  it('When a key is looked up it finds its fields by binary search, and nothing for a missing key', () => {
    expect(table.size).toBe(3);
    expect(table.get('banana split')).toEqual(['0', 'es pisang|pisang']);
    expect(table.get('cherry')).toEqual(['1', 'ceri']);
    expect(table.get('apple')).toEqual(['3', 'apel']);
    expect(table.get('banana')).toBeUndefined();
    expect(table.get('# comment')).toBeUndefined();
  });

  it('When the last field is inverted every value points back to its line and place', () => {
    const inverse = table.invertLastField();
    expect(inverse.get('pisang')).toEqual([1 * 8 + 1]);
    expect(inverse.get('apel')).toEqual([0]);
  });

  it('When keys are compared they sort by code units, as the build script writes them', () => {
    expect(['walk out', 'walk', 'walkout'].sort(compareKeys)).toEqual(['walk', 'walk out', 'walkout']);
  });
});

describe('building the WordNet tier', () => {
  it('When parsing WordNet data and index lines it reads lemmas, markers and sense order', () => {
    const line = '01009258 32 v 03 state 0 say 0 tell 4 021 @ 00940402 v 0000 | express in words';
    expect(parseDataLine(line, 'v')).toEqual({ pos: 'v', offset: 1009258, lexFile: 32, words: ['state', 'say', 'tell'] });
    expect(parseDataLine('00001740 00 a 01 able(a) 0 000 | gloss', 'a')?.words).toEqual(['able']);
    expect(parseDataLine('  1 This software and database is being provided', 'v')).toBeNull();
    expect(parseIndexLine('speed_up v 2 2 @ ~ 2 1 00440485 00440292  ')).toEqual({ lemma: 'speed up', offsets: [440485, 440292] });
  });

  it('When parsing tag counts and Wordnet Bahasa it keys them by lemma, part of speech and sense', () => {
    const counts = parseCounts('say%2:32:00:: 1 1861\nmassive%5:00:00:large:00 3 0\n');
    expect(counts.get('say\tv\t1')).toBe(1861);
    expect(counts.get('massive\ta\t3')).toBe(0);
    const bahasa = parseBahasa('# header\n01009240-v\tind:lemma\tberkata\n01009240-v\tind:lemma\tmengatakan\n01009240-v\tind:def\t0\tgloss\n00001740-s\tind:lemma\tmampu\n');
    expect(bahasa.get('v1009240')).toEqual(['berkata', 'mengatakan']);
    expect(bahasa.get('a1740')).toEqual(['mampu']);
  });

  it('When the installed WordNet moved synsets by a few bytes it restores the match with a running drift', () => {
    // Debian's wordnet-base fixed some glosses: "say" is at 01009258 instead of 01009240.
    const installed = [100, 200, 318, 418, 517];
    const { map, drifts, unmatched } = alignOffsets([100, 200, 300, 400, 500], installed);
    expect([...map]).toEqual([[100, 100], [200, 200], [300, 318], [400, 418], [500, 517]]);
    expect(drifts).toBe(2);
    expect(unmatched).toBe(0);
  });

  /** Two senses of "reveal" and one of "unveil", as readWordnet joins them. */
  const data: WordnetData = {
    synsets: new Map([
      ['v1', { pos: 'v', offset: 1, lexFile: 32, words: ['reveal', 'disclose', 'let on'] }],
      ['v2', { pos: 'v', offset: 2, lexFile: 32, words: ['reveal', 'uncover', 'Reveal'] }],
      ['v3', { pos: 'v', offset: 3, lexFile: 32, words: ['unveil', 'reveal'] }],
    ]),
    senses: new Map([
      ['reveal', orderSenses([{ key: 'v3', rank: 3, count: 0 }, { key: 'v1', rank: 1, count: 30 }, { key: 'v2', rank: 2, count: 10 }])],
      ['disclose', [{ key: 'v1', rank: 1, count: 12 }]],
      ['let on', [{ key: 'v1', rank: 1, count: 1 }]],
      ['uncover', [{ key: 'x9', rank: 1, count: 20 }, { key: 'x8', rank: 2, count: 5 }, { key: 'v2', rank: 3, count: 2 }]],
      ['unveil', [{ key: 'v3', rank: 1, count: 2 }]],
    ]),
    indonesian: new Map([
      ['v1', ['mengungkapkan', 'membeberkan', 'kita']],
      ['v2', ['mengungkapkan', 'membongkar']],
      ['v3', ['menyingkap', 'reveal']],
    ]),
  };
  const frequencies = { word: (w: string): number => ({ mengungkapkan: 20, membeberkan: 2, membongkar: 5, menyingkap: 1 })[w] ?? 0 };

  it('When ranking translations the common sense and agreement come first; function words and English lemmas are dropped', () => {
    expect(rankTranslations('reveal', data, frequencies, new Map())).toEqual(['mengungkapkan', 'membeberkan', 'membongkar', 'menyingkap']);
  });

  it('When ranking synonyms only words whose own first senses share the synset qualify, names and phrasal verbs never', () => {
    // "uncover" has the synset only as its second sense, under a much commoner first one.
    expect(rankSynonyms('reveal', data)).toEqual(['disclose']);
  });
});
