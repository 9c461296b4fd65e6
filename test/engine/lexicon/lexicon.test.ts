import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { createLexicon, loadLexicon } from '../../../src/engine/lexicon/lexicon.ts';

const lexicon = loadLexicon();

describe('the loaded lexicon, English to Indonesian', () => {
  it.each([
    ['troops', 'pasukan'],
    ['soldiers', 'tentara'],
    ['said', 'ujar'],
    ['says', 'kata'],
    ['stressed', 'tegas'],
    ['emphasized', 'tegas'],
    ['criticized', 'kritik'],
    ['urged', 'desak'],
    ['accused', 'tuduh'],
    ['announced', 'umum'],
    ['revealed', 'ungkap'],
    ['offer', 'imbalan'],
    ['provided', 'beri'],
    ['sent', 'kirim'],
    ['supports', 'dukung'],
    ['backs', 'dukungan'],
    ['missile', 'rudal'],
    ['nuclear', 'nuklir'],
    ['weapons', 'senjata'],
    ['arms', 'persenjataan'],
    ['allies', 'sekutu'],
    ['threat', 'ancaman'],
    ['newspaper', 'koran'],
    ['quoted', 'lansir'],
    ['happening', 'terjadi'],
    ['price', 'harga'],
    ['rice', 'beras'],
    ['inflation', 'inflasi'],
    ['government', 'pemerintah'],
    ['Monday', 'senin'],
    ['December', 'desember'],
    ['Russia', 'rusia'],
    ['Ukraine', 'ukraina'],
    ['China', 'tiongkok'],
    ['Japan', 'jepang'],
    ['Netherlands', 'belanda'],
    ['Moscow', 'moskow'],
  ])('When looking up "%s" it finds "%s"', (english, indonesian) => {
    expect(lexicon.toIndonesian(english)).toContain(indonesian);
  });

  it.each([
    ['north korea', 'korea utara'],
    ["North Korea's", 'korut'],
    ['secretary general', 'sekretaris jenderal'],
    ['Secretary-General', 'sekjen'],
    ['front line', 'garis depan'],
    ['front lines', 'garis depan'],
    ['United States', 'amerika serikat'],
    ['U.S.', 'as'],
  ])('When looking up the phrase "%s" it finds "%s"', (english, indonesian) => {
    expect(lexicon.toIndonesian(english)).toContain(indonesian);
  });

  it('When a word is in the glossary its translations come before the dictionary ones', () => {
    expect(lexicon.toIndonesian('stock')[0]).toBe('stok');
    expect(lexicon.toIndonesian('supports').slice(0, 3)).toEqual(['dukung', 'dukungan', 'mendukung']);
  });

  it('When a word is only in the dictionary it is still found ("abbreviation" → "singkatan")', () => {
    expect(lexicon.toIndonesian('abbreviation')).toContain('singkatan');
  });

  it('When looking up the pronoun "us" it does not answer "AS" (the United States)', () => {
    expect(lexicon.toIndonesian('us')).not.toContain('as');
  });

  it('When the word is unknown or empty it returns nothing', () => {
    expect(lexicon.toIndonesian('xyzzyplugh')).toEqual([]);
    expect(lexicon.toIndonesian('')).toEqual([]);
  });

  it('When asked twice it returns equal, independent arrays', () => {
    const once = lexicon.toIndonesian('war');
    const copy = [...once];
    once.push('changed');
    expect(lexicon.toIndonesian('war')).toEqual(copy);
    expect(copy.slice(0, 2)).toEqual(['perang', 'peperangan']);
  });
});

describe('the loaded lexicon, Indonesian to English', () => {
  it.each([
    ['dukungan', 'support'],
    ['mendukung', 'support'],
    ['pasukan', 'troop'],
    ['menegaskan', 'stress'],
    ['ujarnya', 'say'],
    ['katanya', 'say'],
    ['kata', 'say'],
    ['rudal', 'missile'],
    ['diserang', 'attack'],
    ['pemerintah', 'government'],
    ['harga', 'price'],
    ['korut', 'north korea'],
    ['korea utara', 'north korea'],
    ['Rusia', 'russia'],
    ['sekjen', 'secretary general'],
    ['kemarin', 'yesterday'],
  ])('When glossing "%s" it gives "%s" first', (indonesian, english) => {
    expect(lexicon.toEnglish(indonesian)[0]).toBe(english);
  });

  it.each([
    ['persenjataan', 'weapon'],
    ['negara-negara', 'country'],
    ['rumahnya', 'house'],
    ['dikirim', 'send'],
    ['pengiriman', 'send'],
  ])('When glossing the derived form "%s" it finds "%s"', (indonesian, english) => {
    expect(lexicon.toEnglish(indonesian)).toContain(english);
  });

  it('When a word has several glosses it returns at most four short ones', () => {
    for (const word of ['kata', 'tentara', 'yang', 'mendukung', 'tegas']) {
      const glosses = lexicon.toEnglish(word);
      expect(glosses.length).toBeLessThanOrEqual(4);
      for (const gloss of glosses) expect(gloss.split(' ').length).toBeLessThanOrEqual(3);
    }
  });

  it('When two spellings of one English word share a gloss it shows one of them', () => {
    const glosses = lexicon.toEnglish('menekankan');
    expect(glosses).toContain('emphasize');
    expect(glosses).not.toContain('emphasise');
  });

  it('When the word is unknown it returns nothing', () => {
    expect(lexicon.toEnglish('xyzzyplugh')).toEqual([]);
    expect(lexicon.toEnglish('')).toEqual([]);
  });
});

describe('loadLexicon', () => {
  it('When called again it returns the same cached lexicon', () => {
    expect(loadLexicon()).toBe(lexicon);
  });

  it('When given the data folder explicitly it loads the same tables', () => {
    const explicit = loadLexicon('data/lexicon');
    expect(explicit.toIndonesian('troops')).toEqual(lexicon.toIndonesian('troops'));
  });

  it('When the folder has no lexicon it says how to rebuild it', () => {
    expect(() => loadLexicon('test/no-such-lexicon-dir')).toThrow(/npm run build-lexicon/);
  });

  it('When the dictionary file is read it carries the FreeDict attribution and license', () => {
    const document = JSON.parse(readFileSync(new URL('../../../data/lexicon/en-id.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(String(document._source)).toMatch(/FreeDict/);
    expect(String(document._license)).toMatch(/CC BY-SA 3\.0/);
  });
});

describe('createLexicon', () => {
  const small = createLexicon(
    { Support: ['Dukung', 'dukungan'], 'front line': ['garis depan'] },
    { support: ['mendukung', 'dukung'], back: ['punggung', 'mendukung'], stead: ['mendukung'] },
  );

  it('When both tables translate a word the first table comes first and repeats are dropped', () => {
    expect(small.toIndonesian('supported')).toEqual(['dukung', 'dukungan', 'mendukung']);
  });

  it('When glossing, the first table is preferred and the second fills in', () => {
    expect(small.toEnglish('mendukung')).toEqual(['support', 'stead', 'back']);
    expect(small.toEnglish('dukung')).toEqual(['support']);
  });

  it('When glossing a derived word with no entry of its own it goes through the Sastrawi stem', () => {
    expect(small.toEnglish('pendukung')).toEqual(['support']);
  });

  it('When glossing a passive verb it finds the active form the tables list ("didukung" → "mendukung")', () => {
    expect(small.toEnglish('didukung')).toEqual(small.toEnglish('mendukung'));
  });

  it('When a phrase is written with a hyphen it matches the spaced key', () => {
    expect(small.toIndonesian('front-line')).toEqual(['garis depan']);
  });
});
