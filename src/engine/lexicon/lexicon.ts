/**
 * The English↔Indonesian bridge: English question words to the Indonesian words an article uses,
 * Indonesian article words back to short English glosses, and English synonyms. Five sources, in
 * order of trust (src/engine/lexicon/tiers.ts): the hand-written news glossary
 * (news-glossary.json), the hand-written abbreviations (abbreviations.json), CLDR's region names
 * (regions.json), the FreeDict dictionary (en-id.json, CC BY-SA 3.0) and WordNet (Wordnet Bahasa
 * joined with Princeton WordNet, wordnet-*.tsv, read on first use), all in data/lexicon/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AbbreviationTable, type AbbreviationDocument } from './abbreviations.ts';
import { englishLemmas, normalizeEnglish } from './english.ts';
import { baseForm, normalizeIndonesian, surfaceVariants } from './indonesian.ts';
import { SYNONYMS_FILE, TRANSLATIONS_FILE } from './sorted-lines.ts';
import { getStemmer, sortReferences, Source, type Entries, type Reference } from './source.ts';
import { LEXICON_SETTINGS, type LexiconTier, type LookUpOptions, type Translation } from './tiers.ts';
import { WordnetTier, type WordnetTexts } from './wordnet.ts';

export { LEXICON_SETTINGS, type LexiconTier, type LookUpOptions, type Translation } from './tiers.ts';

/** Looks words up in both directions. Every answer is lowercase, best first, without duplicates. */
export interface Lexicon {
  /**
   * Indonesian translations of an English word or short phrase ("troops", "north korea",
   * "secretary general", "walked out"), inflected forms included ("criticized" finds "kritik").
   * With `acronym`, a word written in capitals is an acronym first ("US" → "as"). Empty when unknown.
   */
  toIndonesian(englishWordOrPhrase: string, options?: LookUpOptions): string[];
  /**
   * Short English glosses of an Indonesian word or phrase, also reached through its clitics
   * ("ujarnya"), reduplication ("negara-negara") and Sastrawi stem ("dukungan" → "support").
   */
  toEnglish(indonesianWord: string, options?: LookUpOptions): string[];
  /**
   * The same look-ups with each translation's tier and match quality, for query expansion:
   * `from: 'en'` as toIndonesian, `from: 'id'` as toEnglish.
   */
  translate(word: string, from: 'en' | 'id', options?: LookUpOptions): Translation[];
  /**
   * English words for the same thing, from the word's most frequent senses ("said" → "tell",
   * "state"; "criticize" → "criticise"), for English questions over English text. Empty when none.
   */
  synonyms(englishWord: string): string[];
  /** Single-word English headwords (glossary, regions, dictionary), for correcting misspelt question words. */
  englishWords(): readonly string[];
}

/** A translation table: lowercase English headword or phrase → Indonesian translations, best first. */
export type LexiconEntries = Entries;

/** Every tier of a lexicon. */
interface Tiers {
  glossary: Source;
  abbreviations: AbbreviationTable;
  regions: Source;
  dictionary: Source;
  wordnet: WordnetTier;
}

// The project's data/lexicon, found upwards from this module: it sits at different depths in the
// sources (src/engine/lexicon/) and in the start-up bundle (dist/, dist/chunks/).
const DEFAULT_DIRS = ['../../../', '../../', '../', './'].map((up) => new URL(`${up}data/lexicon/`, import.meta.url));

function defaultDir(): URL {
  return DEFAULT_DIRS.find((u) => existsSync(new URL(DICTIONARY_FILE, u))) ?? (DEFAULT_DIRS[0] as URL);
}
const DICTIONARY_FILE = 'en-id.json';
const GLOSSARY_FILE = 'news-glossary.json';
const ABBREVIATIONS_FILE = 'abbreviations.json';
const REGIONS_FILE = 'regions.json';

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

/** Collects translations in tier order, each text once (from its most trusted tier). */
class Collected {
  readonly list: Translation[] = [];
  readonly #seen = new Set<string>();

  add(texts: Iterable<string>, tier: LexiconTier, limit = Infinity): void {
    let added = 0;
    for (const text of texts) {
      if (added >= limit) return;
      if (this.#seen.has(text)) continue;
      this.#seen.add(text);
      this.list.push({ text, tier, quality: LEXICON_SETTINGS.quality[tier] });
      added += 1;
    }
  }
}

/** One gloss per British/American spelling pair ("emphasise", "emphasize") and hyphenation. */
function spellingKey(english: string): string {
  return english.replace(/is(e|ed|ing|ation)$/, 'iz$1').replace(/ence$/, 'ense').replace(/[- ]/g, '');
}

/** Picks the glosses to show from tiers' candidates in order: short ones, one per spelling. */
function selectGlosses(candidates: readonly { texts: readonly string[]; tier: LexiconTier }[]): Translation[] {
  const collected = new Collected();
  const spellings = new Set<string>();
  for (const { texts, tier } of candidates) {
    const fit = texts.filter((english) => {
      if (english.split(' ').length > LEXICON_SETTINGS.glossWords) return false;
      const spelling = spellingKey(english);
      if (spellings.has(spelling)) return false;
      spellings.add(spelling);
      return true;
    });
    collected.add(fit, tier, LEXICON_SETTINGS.glosses - collected.list.length);
    if (collected.list.length >= LEXICON_SETTINGS.glosses) break;
  }
  return collected.list;
}

function makeLexicon(tiers: Tiers): Lexicon {
  const { glossary, abbreviations, regions, dictionary, wordnet } = tiers;
  const trusted = [glossary, regions, dictionary];
  const known = (key: string): boolean =>
    trusted.some((s) => s.forward(key).length > 0) || abbreviations.toIndonesian(key, false).length > 0 || wordnet.translations(key).length > 0;
  const isNewsWord = (english: string): boolean => glossary.forward(english).length > 0;

  /**
   * The keys an English word or phrase is looked up under: itself (spaced and hyphenated), then
   * its first known base form. Only the last word of a noun phrase inflects ("front lines"), only
   * the first of a phrasal verb ("walked out").
   */
  function englishKeys(phrase: string): { own: string[]; lemma: string | undefined } {
    const own = [...new Set([phrase, phrase.replace(/-/g, ' ')])];
    const words = phrase.split(' ');
    const last = words.at(-1) ?? '';
    const head = words.slice(0, -1).join(' ');
    const candidates = englishLemmas(last).map((base) => (head === '' ? base : `${head} ${base}`));
    if (words.length > 1) candidates.push(...englishLemmas(words[0] ?? '').map((base) => [base, ...words.slice(1)].join(' ')));
    const lemma = candidates.find((candidate) => !own.includes(candidate) && known(candidate));
    return { own, lemma };
  }

  function forward(englishWordOrPhrase: string, options: LookUpOptions): Translation[] {
    const phrase = normalizeEnglish(englishWordOrPhrase);
    if (phrase === '') return [];
    const collected = new Collected();
    if (options.acronym === true) {
      // "US", "WHO": the acronym is meant; what the lowercase word means is another word.
      collected.add(abbreviations.toIndonesian(phrase, true), 'abbreviation');
      if (collected.list.length > 0) return collected.list;
    }
    const { own, lemma } = englishKeys(phrase);
    const keys = lemma === undefined ? own : [...own, lemma];
    for (const key of keys) collected.add(glossary.forward(key), 'glossary');
    for (const key of keys) collected.add(abbreviations.toIndonesian(key, false), 'abbreviation');
    for (const key of keys) collected.add(regions.forward(key), 'region');
    for (const key of keys) collected.add(dictionary.forward(key), 'dictionary');
    // WordNet prefers the base form: "said" as an adjective ("the said person") is its rarer sense.
    const fromWordnet = (lemma === undefined ? own : [lemma, ...own]).flatMap((key) => wordnet.translations(key));
    collected.add(fromWordnet, 'wordnet', collected.list.length > 0 ? LEXICON_SETTINGS.wordnetWhenKnown : Infinity);
    return collected.list;
  }

  /** Glosses from the glossary, abbreviations, regions and dictionary for exact Indonesian keys. */
  function trustedGlosses(keys: readonly string[]): Translation[] {
    const references = (source: Source): Reference[] => keys.flatMap((key) => source.reverse(key));
    const english = (refs: readonly Reference[]): string[] => refs.map((ref) => ref.english);
    return selectGlosses([
      { texts: english(sortReferences(references(glossary))), tier: 'glossary' },
      { texts: keys.flatMap((key) => abbreviations.toEnglish(key, false)), tier: 'abbreviation' },
      { texts: english(sortReferences(references(regions))), tier: 'region' },
      { texts: english(sortReferences(references(dictionary), isNewsWord)), tier: 'dictionary' },
    ]);
  }

  function wordnetGlosses(keys: readonly string[]): Translation[] {
    return selectGlosses([{ texts: keys.flatMap((key) => wordnet.glosses(key)), tier: 'wordnet' }]);
  }

  function backward(indonesianWord: string, options: LookUpOptions): Translation[] {
    const word = normalizeIndonesian(indonesianWord);
    if (word === '') return [];
    if (options.acronym === true) {
      const acronym = selectGlosses([{ texts: abbreviations.toEnglish(word, true), tier: 'abbreviation' }]);
      if (acronym.length > 0) return acronym;
    }
    // The trusted tiers first, in every form of the word (itself, without clitics or in the active
    // voice, its stem); WordNet only for a word they cannot gloss in any form.
    const variants = word.includes(' ') ? [] : surfaceVariants(word);
    const stem = (): string => getStemmer().stem(baseForm(word));
    const stages: (() => Translation[])[] = [() => trustedGlosses([word])];
    if (!word.includes(' ')) {
      stages.push(
        () => trustedGlosses(variants),
        () => trustedGlosses([stem()]),
        () =>
          selectGlosses([
            { texts: sortReferences(glossary.byStem(stem())).map((r) => r.english), tier: 'glossary' },
            { texts: sortReferences(dictionary.byStem(stem()), isNewsWord).map((r) => r.english), tier: 'dictionary' },
          ]),
      );
    }
    stages.push(() => wordnetGlosses([word]));
    if (!word.includes(' ')) stages.push(() => wordnetGlosses(variants), () => wordnetGlosses([stem()]));
    for (const stage of stages) {
      const glosses = stage();
      if (glosses.length > 0) return glosses;
    }
    return [];
  }

  function translate(word: string, from: 'en' | 'id', options: LookUpOptions = {}): Translation[] {
    return from === 'en' ? forward(word, options) : backward(word, options);
  }

  function synonyms(englishWord: string): string[] {
    const phrase = normalizeEnglish(englishWord);
    if (phrase === '') return [];
    // Base forms first: "said" is "say" before it is the adjective ("the said contract").
    for (const key of englishLemmas(phrase)) {
      const found = wordnet.synonyms(key).filter((s) => s !== phrase);
      if (found.length > 0) return found.slice(0, LEXICON_SETTINGS.synonyms);
    }
    return [];
  }

  let headwords: string[] | undefined;
  const englishWords = (): readonly string[] =>
    (headwords ??= [...new Set([...glossary.words(), ...regions.words(), ...dictionary.words()])]);

  return {
    toIndonesian: (word, options = {}) => forward(word, options).map((t) => t.text),
    toEnglish: (word, options = {}) => backward(word, options).map((t) => t.text),
    translate,
    synonyms,
    englishWords,
  };
}

/** Optional tiers for createLexicon: abbreviations, region names, and WordNet's two files. */
export interface MoreTiers {
  abbreviations?: AbbreviationDocument;
  regions?: LexiconEntries;
  /** Called on the first WordNet look-up, like the files of the loaded lexicon. */
  wordnet?: () => WordnetTexts;
}

const NO_WORDNET = (): WordnetTexts => ({ translations: '', synonyms: '' });

/**
 * Builds a lexicon from in-memory tables, for tests and for callers with their own vocabulary.
 * `entries` plays the glossary's part: its translations come first and its words are the
 * preferred glosses; `dictionary` is consulted after it; `more` adds the other tiers.
 */
export function createLexicon(entries: LexiconEntries, dictionary: LexiconEntries = {}, more: MoreTiers = {}): Lexicon {
  return makeLexicon({
    glossary: new Source(normalizeEntries(entries)),
    abbreviations: new AbbreviationTable(more.abbreviations ?? { entries: [] }),
    regions: new Source(normalizeEntries(more.regions ?? {})),
    dictionary: new Source(normalizeEntries(dictionary)),
    wordnet: new WordnetTier(more.wordnet ?? NO_WORDNET),
  });
}

const FREEDICT_HINT = 'rebuild en-id.json with "apt-get install dict-freedict-eng-ind && npm run build-lexicon"';

function readJson(url: URL, hint = FREEDICT_HINT): unknown {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot read the lexicon file ${url.pathname} (${reason}). It is committed with the project; ${hint}.`, { cause: error });
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

/** The abbreviation document, checked only for its shape: it is hand-written but committed. */
function abbreviationDocument(document: unknown): AbbreviationDocument {
  if (!isRecord(document) || !Array.isArray(document.entries)) return { entries: [] };
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return {
    words: strings(document.words),
    entries: document.entries.filter(isRecord).map((entry) => ({ id: strings(entry.id), en: strings(entry.en) })),
  };
}

/** WordNet's files are only checked here; they are read on the first look-up that needs them. */
function wordnetFiles(base: URL): () => WordnetTexts {
  const files = [TRANSLATIONS_FILE, SYNONYMS_FILE].map((name) => new URL(name, base));
  const missing = files.find((file) => !existsSync(file));
  if (missing !== undefined) {
    throw new Error(`The lexicon file ${missing.pathname} is missing. It is committed with the project; rebuild it with "apt-get install wordnet-base && npm run build-wordnet".`);
  }
  return () => {
    const [translations = '', synonyms = ''] = files.map((file) => readFileSync(file, 'utf8'));
    return { translations, synonyms };
  };
}

/**
 * Loads the lexicon from `dir` (default: the project's data/lexicon/), synchronously and once per
 * folder: later calls return the same lexicon. The glossary, abbreviations, region names and
 * dictionary are read now; WordNet on its first look-up.
 */
export function loadLexicon(dir?: string | URL): Lexicon {
  const base = dir === undefined ? defaultDir() : toDirectoryUrl(dir);
  const cached = loaded.get(base.href);
  if (cached !== undefined) return cached;
  const glossary = normalizeEntries(glossaryEntries(readJson(new URL(GLOSSARY_FILE, base))));
  const dictionaryDocument = readJson(new URL(DICTIONARY_FILE, base));
  // The build scripts write the dictionary and the regions normalized; normalizing 9,000 entries
  // again would triple the load time.
  const document = isRecord(dictionaryDocument) ? dictionaryDocument : {};
  const dictionary = (isRecord(document.entries) ? document.entries : {}) as Record<string, string[]>;
  const stems = (isRecord(document.stems) ? document.stems : {}) as Record<string, string>;
  const regionsDocument = readJson(new URL(REGIONS_FILE, base), 'rebuild it with "npm run build-regions"');
  const regions = (isRecord(regionsDocument) && isRecord(regionsDocument.entries) ? regionsDocument.entries : {}) as Record<string, string[]>;
  const lexicon = makeLexicon({
    glossary: new Source(glossary),
    abbreviations: new AbbreviationTable(abbreviationDocument(readJson(new URL(ABBREVIATIONS_FILE, base), 'it is hand-written: restore it with git'))),
    regions: new Source(regions),
    dictionary: new Source(dictionary, stems),
    wordnet: new WordnetTier(wordnetFiles(base)),
  });
  loaded.set(base.href, lexicon);
  return lexicon;
}

function toDirectoryUrl(dir: string | URL): URL {
  const href = dir instanceof URL ? dir.href : pathToFileURL(resolve(dir)).href;
  return new URL(href.endsWith('/') ? href : `${href}/`);
}
