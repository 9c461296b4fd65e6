/**
 * Builds data/lexicon/en-id.json from the FreeDict English–Indonesian dictionary (WikDict edition,
 * CC BY-SA 3.0), as Debian ships it in dictd format.
 *
 *   apt-get install dict-freedict-eng-ind && npm run build-lexicon
 *   npm run build-lexicon -- --dir /usr/share/dictd --out data/lexicon/en-id.json
 *
 * The output is committed so that the engine needs neither the Debian package nor this script at
 * run time; rerun it only to pick up a newer dictionary or a change in the cleaning rules below.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { normalizeEnglish } from '../src/engine/lexicon/english.ts';

/** Base name of the dictd files inside the dictionary folder. */
const DICT_NAME = 'freedict-eng-ind';
/** Translations kept per English headword: beyond this they are rare senses that add noise. */
const MAX_TRANSLATIONS = 8;
/** Longest headword or translation kept, in words: longer ones are proverbs and definitions. */
const MAX_WORDS = 3;
/** Parts of speech whose entries are affixes or sayings, useless for word-by-word bridging. */
const SKIPPED_POS = new Set(['prefix', 'suffix', 'proverb', 'symbol']);

/**
 * Acronyms that lowercase to an everyday English word ("US" → "us", "AIDS" → "aids"): keyed in
 * lowercase like everything else, they would translate the pronoun or the verb.
 */
const ACRONYM_CLASHES = new Set(['us', 'aids', 'ad', 'ok', 'it', 'who', 'am', 'an', 'as', 'or', 'in', 'on', 'no', 'wc']);

/** One dictionary entry: a headword with one part of speech, its senses in order. */
export interface DictEntry {
  headword: string;
  pos: string | null;
  /** Each sense's translations, as written (before cleaning). */
  senses: string[][];
}

/** The alphabet dictd uses to write offsets and lengths in its .index file (not RFC 4648 padding). */
const DICTD_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a dictd index number: base 64, most significant digit first. */
export function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const ch of text) {
    const digit = DICTD_B64.indexOf(ch);
    if (digit < 0) throw new Error(`Not a dictd base64 number: ${text}`);
    value = value * 64 + digit;
  }
  return value;
}

/**
 * Parses one entry's text. The FreeDict dictd layout is: a header line `headword /ipa/ <pos>`, then
 * either one unnumbered translation line or lines `N. a, b, c`, each followed by English glosses.
 * A trailing ` 2.` on a translation line and indented ` 3.` lines number glosses, not translations.
 */
export function parseEntry(text: string): DictEntry | null {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const header = lines[0];
  if (header === undefined) return null;
  const pos = /<([a-z ]+)>\s*$/.exec(header)?.[1] ?? null;
  const headword = header.replace(/\s*<[a-z ]+>\s*$/, '').replace(/\s+\/.*$/, '').trim();
  const body = lines.slice(1);
  const senses: string[][] = [];
  const first = body[0];
  if (first === undefined) return { headword, pos, senses };
  if (/^1\. /.test(first)) {
    let next = 1;
    for (const line of body) {
      const match = /^(\d+)\. (.*)$/.exec(line);
      // Sense numbers must run 1, 2, 3…: a gloss that happens to start with a number is not a sense.
      if (match?.[1] !== undefined && Number(match[1]) === next) {
        senses.push(splitTranslations(match[2] ?? ''));
        next += 1;
      }
    }
  } else {
    senses.push(splitTranslations(first));
  }
  return { headword, pos, senses };
}

/** Splits a translation line into items, dropping the gloss numbering that trails it. */
function splitTranslations(line: string): string[] {
  const withoutNumber = line.replace(/\s+\d+\.\s*$/, '');
  return withoutNumber.split(/\s*[,;]\s*|\s+\/\s+/).filter((item) => item !== '');
}

/** Cleans one translation: wiki links, parentheses, stray punctuation; null when unusable. */
export function cleanTranslation(raw: string): string | null {
  let text = raw
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[()[\]"“”'‘’!?.:…]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // Affixes ("ke-", "-an") and numbered forms ("ke-10") do not occur as words in articles.
  if (text === '' || /\d/.test(text) || /^-|-$/.test(text)) return null;
  // Indonesian is written in plain Latin letters; "köln", "ébé" are other languages' forms.
  if (!/^[a-z][a-z' -]*$/.test(text)) return null;
  text = text.replace(/ - /g, '-');
  if (text.split(' ').length > MAX_WORDS || text.length > 40) return null;
  return text;
}

/**
 * Normalizes an English headword to the key the lexicon looks up (the same normalizer as at run
 * time, so "St. Petersburg" and a question's "st. petersburg" meet); null to skip the headword.
 */
export function cleanHeadword(raw: string): string | null {
  const text = normalizeEnglish(raw);
  if (text === '' || /\d/.test(text) || /^-|-$/.test(text)) return null;
  if (!/^[a-z][a-z' .-]*$/.test(text)) return null;
  if (text.split(' ').length > MAX_WORDS) return null;
  return text;
}

/**
 * Merges entries into headword → translations. Translations are ranked by their place inside a
 * sense first and by sense second, so every sense's main translation comes before any synonym.
 */
export function buildLexicon(entries: readonly DictEntry[]): Record<string, string[]> {
  const ranked = new Map<string, { text: string; rank: number; order: number }[]>();
  let order = 0;
  for (const entry of entries) {
    if (entry.pos !== null && SKIPPED_POS.has(entry.pos)) continue;
    const headword = cleanHeadword(entry.headword);
    if (headword === null) continue;
    if (/^[A-Z]+$/.test(entry.headword) && ACRONYM_CLASHES.has(headword)) continue;
    const list = ranked.get(headword) ?? [];
    entry.senses.forEach((sense, senseIndex) => {
      sense.forEach((raw, position) => {
        const text = cleanTranslation(raw);
        if (text === null || text === headword && entry.pos !== 'pn') return;
        list.push({ text, rank: position * 100 + senseIndex, order: order++ });
      });
    });
    if (list.length > 0) ranked.set(headword, list);
  }
  const result: Record<string, string[]> = {};
  for (const headword of [...ranked.keys()].sort()) {
    const list = (ranked.get(headword) ?? []).sort((a, b) => a.rank - b.rank || a.order - b.order);
    const unique = [...new Set(list.map((item) => item.text))].slice(0, MAX_TRANSLATIONS);
    if (unique.length > 0) result[headword] = unique;
  }
  return result;
}

/**
 * Sastrawi stems of the single-word translations, only where the stem differs from the word.
 * Stemming them all takes ~100 ms, too long to redo at every start, so the lexicon reads them here.
 */
export function buildStems(lexicon: Record<string, string[]>): Record<string, string> {
  // sastrawijs's types are hidden by its "exports" map under NodeNext, hence require().
  const require = createRequire(import.meta.url);
  const { Stemmer } = require('sastrawijs') as { Stemmer: new () => { stem(word: string): string } };
  const stemmer = new Stemmer();
  const stems: Record<string, string> = {};
  const words = new Set(Object.values(lexicon).flat().filter((word) => !word.includes(' ')));
  for (const word of [...words].sort()) {
    const stem = stemmer.stem(word);
    if (stem !== word) stems[word] = stem;
  }
  return stems;
}

/** Reads every entry of a dictd dictionary through its index, and the edition its header gives. */
export function readDictd(dir: string, name: string = DICT_NAME): { entries: DictEntry[]; edition: string | null } {
  const indexPath = join(dir, `${name}.index`);
  const dzPath = join(dir, `${name}.dict.dz`);
  const plainPath = join(dir, `${name}.dict`);
  if (!existsSync(indexPath)) {
    throw new Error(`${indexPath} not found: install it with "apt-get install dict-freedict-eng-ind" or pass --dir`);
  }
  // dictzip is gzip with an extra header field, so plain gunzip reads it.
  const data = existsSync(dzPath) ? gunzipSync(readFileSync(dzPath)) : readFileSync(plainPath);
  const entries: DictEntry[] = [];
  let edition: string | null = null;
  for (const line of readFileSync(indexPath, 'utf8').split('\n')) {
    const [word, offset, length] = line.split('\t');
    if (word === undefined || offset === undefined || length === undefined) continue;
    const start = decodeDictdNumber(offset);
    const text = data.subarray(start, start + decodeDictdNumber(length)).toString('utf8');
    // 00database* entries are the dictionary's own metadata, not words.
    if (word.startsWith('00database')) {
      edition ??= /^Edition:\s*(\S+)/m.exec(text)?.[1] ?? null;
      continue;
    }
    const entry = parseEntry(text);
    if (entry !== null) entries.push(entry);
  }
  return { entries, edition };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: '/usr/share/dictd' },
      out: { type: 'string', default: fileURLToPath(new URL('../data/lexicon/en-id.json', import.meta.url)) },
    },
  });
  const dir = values.dir;
  const out = values.out;
  const { entries, edition } = readDictd(dir);
  const lexicon = buildLexicon(entries);
  const stems = buildStems(lexicon);
  const meta = {
    _source: `FreeDict English-Indonesian dictionary, WikDict edition ${edition ?? '(unknown)'} (from Wiktionary via DBnary), https://freedict.org`,
    _license: 'CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/); this file is a derived work under the same license',
    _regenerate: 'apt-get install dict-freedict-eng-ind && npm run build-lexicon',
    _format: 'entries: English headword -> Indonesian translations, best first; stems: Sastrawi stem of a translation, where it differs',
  };
  // One key per line: compact, yet a dictionary update shows as a readable diff.
  const lines = (record: Record<string, unknown>): string =>
    Object.entries(record)
      .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
      .join(',\n');
  const json = `{\n${lines(meta)},\n"entries":{\n${lines(lexicon)}\n},\n"stems":{\n${lines(stems)}\n}}\n`;
  // The JSON is assembled by hand for its layout: prove it parses before replacing the old file.
  JSON.parse(json);
  writeFileSync(out, json);
  const headwords = Object.keys(lexicon).length;
  const translations = Object.values(lexicon).reduce((sum, list) => sum + list.length, 0);
  console.log(`${out}: ${headwords} headwords, ${translations} translations, ${Buffer.byteLength(json)} bytes (from ${entries.length} entries)`);
}

// Run only as a script, so tests can import the parser without writing files.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
