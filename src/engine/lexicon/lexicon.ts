/**
 * The English↔Indonesian bridge: English question words to the Indonesian words an article uses,
 * and Indonesian article words back to short English glosses. Two sources, in order of trust: the
 * hand-written news glossary (data/lexicon/news-glossary.json), then the FreeDict dictionary
 * (data/lexicon/en-id.json, CC BY-SA 3.0, built by scripts/build-lexicon.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { englishLemmas, normalizeEnglish } from './english.ts';

/** Looks words up in both directions. Every answer is lowercase, best first, without duplicates. */
export interface Lexicon {
  /**
   * Indonesian translations of an English word or short phrase ("troops", "north korea",
   * "secretary general"), inflected forms included ("criticized" finds "kritik"). Empty when unknown.
   */
  toIndonesian(englishWordOrPhrase: string): string[];
  /**
   * Short English glosses of an Indonesian word or phrase, also reached through its clitics
   * ("ujarnya"), reduplication ("negara-negara") and Sastrawi stem ("dukungan" → "support").
   */
  toEnglish(indonesianWord: string): string[];
  /** Single-word English headwords, for correcting misspelt English question words. */
  englishWords(): readonly string[];
}

/** A translation table: lowercase English headword or phrase → Indonesian translations, best first. */
export type LexiconEntries = Readonly<Record<string, readonly string[]>>;

/** Glosses returned by toEnglish: enough to show a sense, few enough to read inline. */
const MAX_GLOSSES = 4;
/** Longer English headwords are descriptions ("a lesser pilgrimage"), not glosses. */
const MAX_GLOSS_WORDS = 3;
/** Indonesian enclitics and particles that attach to any word ("ujarnya", "itulah", "apakah"). */
const CLITICS = /(nya|lah|kah|pun|ku|mu)$/;

// The project's data/lexicon, found upwards from this module: it sits at different depths in the
// sources (src/engine/lexicon/) and in the start-up bundle (dist/, dist/chunks/).
const DEFAULT_DIRS = ['../../../', '../../', '../', './'].map((up) => new URL(`${up}data/lexicon/`, import.meta.url));

function defaultDir(): URL {
  return DEFAULT_DIRS.find((u) => existsSync(new URL(DICTIONARY_FILE, u))) ?? (DEFAULT_DIRS[0] as URL);
}
const DICTIONARY_FILE = 'en-id.json';
const GLOSSARY_FILE = 'news-glossary.json';

interface Reference {
  english: string;
  /** Place of the Indonesian word in the headword's translations: 0 is its main sense. */
  position: number;
  /** Headword order in the source, to keep ties stable and in the author's order. */
  order: number;
}

/**
 * One translation table. The reverse index is built on the first English gloss asked for, so that
 * loading stays a JSON parse: glossing is needed only when Indonesian text is shown to a reader.
 */
class Source {
  #reverse: Map<string, Reference[]> | undefined;
  #stems: Map<string, Reference[]> | undefined;

  /**
   * `entries` must already be normalized (lowercase keys, clean translations, no repeats).
   * `stems` are precomputed Sastrawi stems (word → stem where they differ); without them the
   * translations are stemmed here.
   */
  constructor(
    private readonly entries: Readonly<Record<string, readonly string[]>>,
    private readonly stems?: Readonly<Record<string, string>>,
  ) {}

  /** Headwords without spaces. */
  words(): string[] {
    return Object.keys(this.entries).filter((k) => !k.includes(' '));
  }

  forward(key: string): readonly string[] {
    return Object.hasOwn(this.entries, key) ? (this.entries[key] ?? []) : [];
  }

  reverse(translation: string): readonly Reference[] {
    this.#reverse ??= this.#buildReverse();
    return this.#reverse.get(translation) ?? [];
  }

  /** References of every single-word translation whose Sastrawi stem is `stem`. */
  byStem(stem: string): readonly Reference[] {
    // Grouping thousands of translations is work that only a word reaching this tier should pay for.
    this.#stems ??= this.#buildStems();
    return this.#stems.get(stem) ?? [];
  }

  #buildReverse(): Map<string, Reference[]> {
    const reverse = new Map<string, Reference[]>();
    let order = 0;
    for (const english in this.entries) {
      const translations = this.entries[english] ?? [];
      for (let position = 0; position < translations.length; position++) {
        const translation = translations[position] as string;
        const reference: Reference = { english, position, order };
        const list = reverse.get(translation);
        if (list === undefined) reverse.set(translation, [reference]);
        else list.push(reference);
      }
      order += 1;
    }
    return reverse;
  }

  #buildStems(): Map<string, Reference[]> {
    this.#reverse ??= this.#buildReverse();
    const index = new Map<string, Reference[]>();
    const stored = this.stems;
    const stem =
      stored === undefined
        ? (word: string): string => getStemmer().stem(word)
        : (word: string): string => (Object.hasOwn(stored, word) ? (stored[word] ?? word) : word);
    for (const [translation, references] of this.#reverse) {
      if (translation.includes(' ')) continue;
      const key = stem(translation);
      const list = index.get(key);
      if (list === undefined) index.set(key, [...references]);
      else list.push(...references);
    }
    return index;
  }
}

interface Stemmer {
  stem(word: string): string;
}

let stemmer: Stemmer | undefined;

/**
 * sastrawijs ships types that its package.json "exports" hide from NodeNext resolution, so it is
 * required through createRequire (its CommonJS build) with the one method used typed here.
 */
function getStemmer(): Stemmer {
  if (stemmer === undefined) {
    const require = createRequire(import.meta.url);
    const { Stemmer: StemmerClass } = require('sastrawijs') as { Stemmer: new () => Stemmer };
    stemmer = new StemmerClass();
  }
  return stemmer;
}

function normalizeIndonesian(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Normalizes caller-given entries; repeated keys (after normalizing) are merged in order. */
function normalizeEntries(entries: LexiconEntries): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [rawKey, rawTranslations] of Object.entries(entries)) {
    const key = normalizeEnglish(rawKey);
    if (key === '' || !Array.isArray(rawTranslations)) continue;
    const translations = rawTranslations.map(normalizeIndonesian).filter((t) => t !== '');
    result[key] = [...new Set([...(Object.hasOwn(result, key) ? (result[key] ?? []) : []), ...translations])];
  }
  return result;
}

/** Forms of an Indonesian word that carry the same meaning, before stemming is needed. */
function surfaceVariants(word: string): string[] {
  const variants: string[] = [];
  const reduplicated = /^(\p{L}+)-\1$/u.exec(word);
  if (reduplicated?.[1] !== undefined) variants.push(reduplicated[1]);
  const bare = word.replace(CLITICS, '');
  if (bare !== word && bare.length >= 3) variants.push(bare);
  return variants;
}

/**
 * Orders glossary references as their author did. Dictionary references go by the place of the
 * Indonesian word among the headword's translations, then prefer news words (headwords the
 * glossary also has: "support" over "stead"), then single short words over phrases, which are
 * rarer senses.
 */
function sortReferences(references: readonly Reference[], isNewsWord?: (english: string) => boolean): Reference[] {
  const words = (ref: Reference): number => ref.english.split(' ').length;
  const news = (ref: Reference): number => (isNewsWord?.(ref.english) === true ? 0 : 1);
  return [...references].sort((a, b) =>
    isNewsWord === undefined
      ? a.position - b.position || a.order - b.order
      : a.position - b.position ||
        news(a) - news(b) ||
        words(a) - words(b) ||
        a.english.length - b.english.length ||
        a.order - b.order,
  );
}

/** Picks the glosses to show from references found in one tier, glossary ones first. */
function selectGlosses(
  glossary: readonly Reference[],
  dictionary: readonly Reference[],
  isNewsWord: (english: string) => boolean,
): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  for (const ref of [...sortReferences(glossary), ...sortReferences(dictionary, isNewsWord)]) {
    if (ref.english.split(' ').length > MAX_GLOSS_WORDS) continue;
    // British and American spellings of one word ("emphasise", "emphasize") are one gloss.
    const spelling = ref.english.replace(/is(e|ed|ing|ation)$/, 'iz$1').replace(/ence$/, 'ense').replace(/[- ]/g, '');
    if (seen.has(spelling)) continue;
    seen.add(spelling);
    result.push(ref.english);
    if (result.length === MAX_GLOSSES) break;
  }
  return result;
}

function makeLexicon(glossary: Source, dictionary: Source): Lexicon {
  const known = (key: string): boolean => glossary.forward(key).length > 0 || dictionary.forward(key).length > 0;
  const isNewsWord = (english: string): boolean => glossary.forward(english).length > 0;

  function toIndonesian(englishWordOrPhrase: string): string[] {
    const phrase = normalizeEnglish(englishWordOrPhrase);
    if (phrase === '') return [];
    const own = [...new Set([phrase, phrase.replace(/-/g, ' ')])];
    const words = phrase.split(' ');
    const last = words.pop() ?? '';
    const prefix = words.length > 0 ? `${words.join(' ')} ` : '';
    // Only the last word of a phrase inflects in English news: "front lines", "north korea's".
    const lemma = englishLemmas(last)
      .map((base) => prefix + base)
      .find((candidate) => !own.includes(candidate) && known(candidate));
    const keys = lemma === undefined ? own : [...own, lemma];
    const result = new Set<string>();
    for (const source of [glossary, dictionary]) {
      for (const key of keys) for (const translation of source.forward(key)) result.add(translation);
    }
    return [...result];
  }

  function lookUp(keys: readonly string[]): string[] {
    const fromGlossary = keys.flatMap((key) => glossary.reverse(key));
    const fromDictionary = keys.flatMap((key) => dictionary.reverse(key));
    return selectGlosses(fromGlossary, fromDictionary, isNewsWord);
  }

  function toEnglish(indonesianWord: string): string[] {
    const word = normalizeIndonesian(indonesianWord);
    if (word === '') return [];
    const exact = lookUp([word]);
    if (exact.length > 0) return exact;
    if (word.includes(' ')) return [];
    const variants = surfaceVariants(word);
    const fromVariants = lookUp(variants);
    if (fromVariants.length > 0) return fromVariants;
    const stem = getStemmer().stem(variants[0] ?? word);
    const fromStem = lookUp([stem]);
    if (fromStem.length > 0) return fromStem;
    return selectGlosses(glossary.byStem(stem), dictionary.byStem(stem), isNewsWord);
  }

  let headwords: string[] | undefined;
  const englishWords = (): readonly string[] => (headwords ??= [...new Set([...glossary.words(), ...dictionary.words()])]);

  return { toIndonesian, toEnglish, englishWords };
}

/**
 * Builds a lexicon from in-memory tables, for tests and for callers with their own vocabulary.
 * `entries` plays the glossary's part: its translations come first and its words are the
 * preferred glosses; `dictionary` is consulted after it.
 */
export function createLexicon(entries: LexiconEntries, dictionary: LexiconEntries = {}): Lexicon {
  return makeLexicon(new Source(normalizeEntries(entries)), new Source(normalizeEntries(dictionary)));
}

function readJson(url: URL): unknown {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot read the lexicon file ${url.pathname} (${reason}). It is committed with the project; ` +
        'rebuild en-id.json with "apt-get install dict-freedict-eng-ind && npm run build-lexicon".',
      { cause: error },
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asEntries(value: unknown): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (!isRecord(value)) return result;
  for (const [key, list] of Object.entries(value)) {
    if (Array.isArray(list)) result[key] = list.filter((item): item is string => typeof item === 'string');
  }
  return result;
}

/** The glossary groups its entries in sections for readers; the lexicon needs one table. */
function glossaryEntries(document: unknown): Record<string, string[]> {
  if (!isRecord(document)) return {};
  const merged: Record<string, string[]> = {};
  const sections = isRecord(document.sections) ? Object.values(document.sections) : [];
  for (const section of [document.entries, ...sections]) {
    for (const [key, list] of Object.entries(asEntries(section))) {
      merged[key] = [...(merged[key] ?? []), ...list];
    }
  }
  return merged;
}

const loaded = new Map<string, Lexicon>();

/**
 * Loads the glossary and the dictionary from `dir` (default: the project's data/lexicon/),
 * synchronously and once per folder: later calls return the same lexicon.
 */
export function loadLexicon(dir?: string | URL): Lexicon {
  const base = dir === undefined ? defaultDir() : toDirectoryUrl(dir);
  const cached = loaded.get(base.href);
  if (cached !== undefined) return cached;
  const glossary = normalizeEntries(glossaryEntries(readJson(new URL(GLOSSARY_FILE, base))));
  const dictionaryDocument = readJson(new URL(DICTIONARY_FILE, base));
  // The build script writes the dictionary normalized; normalizing 9,000 entries again would
  // triple the load time.
  const document = isRecord(dictionaryDocument) ? dictionaryDocument : {};
  const dictionary = (isRecord(document.entries) ? document.entries : {}) as Record<string, string[]>;
  const stems = (isRecord(document.stems) ? document.stems : {}) as Record<string, string>;
  const lexicon = makeLexicon(new Source(glossary), new Source(dictionary, stems));
  loaded.set(base.href, lexicon);
  return lexicon;
}

function toDirectoryUrl(dir: string | URL): URL {
  const href = dir instanceof URL ? dir.href : pathToFileURL(resolve(dir)).href;
  return new URL(href.endsWith('/') ? href : `${href}/`);
}
