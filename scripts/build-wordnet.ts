/**
 * Builds data/lexicon/wordnet-en-id.tsv and wordnet-synonyms.tsv by joining Wordnet Bahasa (MIT) with Princeton WordNet 3.0:
 * English lemma → Indonesian lemmas (read both ways by the lexicon) and English synonyms, each
 * ranked so that the common sense comes first.
 *
 *   apt-get install wordnet-base && npm run build-wordnet
 *   npm run build-wordnet -- --wordnet /usr/share/wordnet --shared ../shared --out data/lexicon/
 *
 * Development time only: the output is committed, so neither the Debian package nor ../shared is
 * needed at run time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { compareKeys, SYNONYMS_FILE, TRANSLATIONS_FILE } from '../src/engine/lexicon/sorted-lines.ts';
import { isStopword } from '../src/engine/text/stopwords.ts';

/** WordNet parts of speech; adjective satellites (`s`) count as adjectives. */
export type Pos = 'n' | 'v' | 'a' | 'r';

const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** ss_type digits of a sense key (`say%2:32:00::`): 5 is an adjective satellite. */
const SENSE_KEY_POS: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/** Ranking and size limits: enough for the common senses, few enough to keep rare ones out. */
export const LIMITS = {
  /** Senses of an English lemma whose Indonesian lemmas are used, most frequent first. */
  sensesPerLemma: 3,
  /** Indonesian translations kept per English headword. */
  translations: 5,
  /** Synonyms kept per English headword. */
  synonyms: 4,
  /** A synonym's synset must be among its own first senses, or "voice" would be a synonym of "spokesperson". */
  synonymSenseRank: 2,
  /** A synonym's synset must hold this share of the headword's most frequent sense's tag count. */
  synonymShare: 0.2,
  /** Longest headword, translation or gloss, in words. */
  words: 3,
} as const;

/** One synset of a data.* file. */
export interface Synset {
  pos: Pos;
  offset: number;
  /** Lexicographer file: 5 is noun.animal, 20 noun.plant (species names), 32 verb.communication. */
  lexFile: number;
  /** Lemmas as written (case kept: "Moscow"), underscores as spaces, adjective markers removed. */
  words: string[];
}

/** Parses one line of data.noun/verb/adj/adv; null for the license header. */
export function parseDataLine(line: string, pos: Pos): Synset | null {
  if (line.startsWith(' ') || line.trim() === '') return null;
  const fields = line.split(' ');
  const offset = Number(fields[0]);
  const lexFile = Number(fields[1]);
  const count = Number.parseInt(fields[3] ?? '0', 16);
  if (!Number.isInteger(offset) || !Number.isInteger(count)) return null;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    // "(a)", "(p)", "(ip)" mark an adjective's syntactic position, not part of the word.
    const word = (fields[4 + 2 * i] ?? '').replace(/\([a-z]+\)$/, '').replace(/_/g, ' ');
    if (word !== '') words.push(word);
  }
  return { pos, offset, lexFile, words };
}

/** Parses one line of index.*: the lemma and its synsets in sense order (most frequent first). */
export function parseIndexLine(line: string): { lemma: string; offsets: number[] } | null {
  if (line.startsWith(' ') || line.trim() === '') return null;
  const fields = line.trim().split(' ');
  const lemma = (fields[0] ?? '').replace(/_/g, ' ');
  const synsets = Number(fields[2]);
  const pointers = Number(fields[3]);
  if (lemma === '' || !Number.isInteger(synsets) || !Number.isInteger(pointers)) return null;
  // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt offset × synset_cnt
  const offsets = fields.slice(4 + pointers + 2, 4 + pointers + 2 + synsets).map(Number);
  return { lemma, offsets };
}

/** Tag counts from cntlist.rev (`sense_key sense_number tag_cnt`), keyed `lemma\tpos\tsense`. */
export function parseCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [key, sense, count] = line.split(' ');
    if (key === undefined || sense === undefined || count === undefined) continue;
    const [lemma, rest] = key.split('%');
    const pos = SENSE_KEY_POS[rest?.[0] ?? ''];
    if (lemma === undefined || pos === undefined) continue;
    const id = `${lemma.replace(/_/g, ' ')}\t${pos}\t${sense}`;
    counts.set(id, (counts.get(id) ?? 0) + Number(count));
  }
  return counts;
}

/** Wordnet Bahasa's `OFFSET-POS<TAB>ind:lemma<TAB>lemma` lines, as synset → Indonesian lemmas. */
export function parseBahasa(text: string): Map<string, string[]> {
  const lemmas = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [synset, kind, lemma] = line.split('\t');
    if (kind !== 'ind:lemma' || synset === undefined || lemma === undefined) continue;
    const match = /^(\d{8})-([nvars])$/.exec(synset);
    if (match === null) continue;
    const key = `${match[2] === 's' ? 'a' : match[2]}${Number(match[1])}`;
    const clean = lemma.trim().toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ');
    const list = lemmas.get(key) ?? [];
    if (clean !== '' && !list.includes(clean)) list.push(clean);
    lemmas.set(key, list);
  }
  return lemmas;
}

/**
 * Maps Wordnet Bahasa's offsets (Princeton's original data files) onto the installed data files.
 * Debian rebuilds WordNet 3.0 from its lexicographer files with a few gloss fixes, so a synset can
 * sit a few bytes away from its original offset (the verb "say" is 01009240 upstream, 01009258 in
 * Debian). Both list the synsets in the same order, so a running drift, updated to the nearest
 * installed offset whenever the expected one is missing, restores the match. Returns original
 * offset → installed offset, how many drifts were needed and how many offsets found no synset.
 */
export function alignOffsets(original: readonly number[], installed: readonly number[]): { map: Map<number, number>; drifts: number; unmatched: number } {
  const present = new Set(installed);
  const map = new Map<number, number>();
  let drift = 0;
  let drifts = 0;
  let unmatched = 0;
  for (const offset of [...original].sort((a, b) => a - b)) {
    if (!present.has(offset + drift)) {
      const nearest = nearestOffset(installed, offset + drift);
      // Synsets are at least ~50 bytes apart, so a fix of a gloss moves them by less than that.
      if (nearest === undefined || Math.abs(nearest - offset - drift) > 40) {
        unmatched += 1;
        continue;
      }
      drift = nearest - offset;
      drifts += 1;
    }
    map.set(offset, offset + drift);
  }
  return { map, drifts, unmatched };
}

function nearestOffset(sorted: readonly number[], target: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  const candidates = [sorted[lo - 1], sorted[lo]].filter((v): v is number => v !== undefined);
  return candidates.sort((a, b) => Math.abs(a - target) - Math.abs(b - target))[0];
}

/** One sense of an English lemma: its synset, its place in the lemma's sense list, its tag count. */
export interface Sense {
  key: string;
  rank: number;
  count: number;
}

/** Everything the ranking needs, read from the installed WordNet and Wordnet Bahasa. */
export interface WordnetData {
  /** Synset key (`v1009258`: part of speech and installed offset) → the synset. */
  synsets: Map<string, Synset>;
  /**
   * Lowercase English lemma → its senses in every part of speech, most frequent first. Senses in
   * which the lemma is an acronym ("US", "WHO", "IT") are left out: a lowercase question word is
   * the pronoun or the question word, and the lexicon's acronym table handles capitals.
   */
  senses: Map<string, Sense[]>;
  /** Synset key → Indonesian lemmas. */
  indonesian: Map<string, string[]>;
}

/** Orders senses by tag count, then by WordNet's own sense order (ties and untagged senses). */
export function orderSenses(senses: Sense[]): Sense[] {
  return senses.sort((a, b) => b.count - a.count || a.rank - b.rank);
}

/** How common an Indonesian word is in running text (see readFrequencies). */
export interface Frequencies {
  word(word: string): number;
}

/**
 * How common an Indonesian lemma is in running text. A phrase counts a tenth of its rarest word:
 * "anggota biasa" is far rarer than "anggota" and "biasa". "menjadi-jadi" is one word, not two.
 */
function commonness(lemma: string, freq: Frequencies): number {
  const words = lemma.split(' ');
  return Math.min(...words.map((w) => freq.word(w))) / 10 ** (words.length - 1);
}

/**
 * The weights of a lemma's first senses against its most frequent one: square roots of smoothed
 * tag-count ratios, so an untagged sense still counts a little (WordNet's counts come from
 * literary text: "massive" as in "a massive attack" has none).
 */
function senseWeights(senses: readonly Sense[]): number[] {
  const top = (senses[0]?.count ?? 0) + 0.5;
  return senses.map((s) => ((s.count + 0.5) / top) ** 0.5);
}

/** Lowercase English lemmas of a synset: an Indonesian lemma equal to one of them is untranslated. */
function englishOf(data: WordnetData, key: string): Set<string> {
  return new Set((data.synsets.get(key)?.words ?? []).map((w) => w.toLowerCase()));
}

/**
 * Indonesian translations of one English lemma, best first. The lemma's first senses (by tag
 * count, those without an Indonesian lemma included, so that a rare sense does not speak for a
 * common untranslated one) give each Indonesian lemma the weight of its best sense, plus a quarter
 * of the others' (agreement between senses). That is multiplied by how common the lemma is in
 * Indonesian text and divided by how many synsets beyond ten it translates: "hidup" stands for 87
 * synsets in Wordnet Bahasa, so it tells little about any one of them. Indonesian function words
 * are left out: a wrong "kita" (from the pronoun "us") under "United States" would match any text.
 */
export function rankTranslations(lemma: string, data: WordnetData, freq: Frequencies, polysemy: ReadonlyMap<string, number>): string[] {
  const senses = (data.senses.get(lemma) ?? []).slice(0, LIMITS.sensesPerLemma);
  const weights = senseWeights(senses);
  const best = new Map<string, number>();
  const sum = new Map<string, number>();
  senses.forEach((sense, i) => {
    const untranslated = englishOf(data, sense.key);
    const weight = weights[i] ?? 0;
    for (const t of data.indonesian.get(sense.key) ?? []) {
      if (!usable(t) || untranslated.has(t) || isStopword(t)) continue;
      best.set(t, Math.max(best.get(t) ?? 0, weight));
      sum.set(t, (sum.get(t) ?? 0) + weight);
    }
  });
  const ranked = [...best].map(([t, top]) => {
    const agreement = top + 0.25 * ((sum.get(t) ?? top) - top);
    return { t, score: (agreement * (1 + 0.5 * Math.log1p(commonness(t, freq)))) / (1 + 0.5 * Math.log(Math.max(1, (polysemy.get(t) ?? 1) / 10))) };
  });
  ranked.sort((a, b) => b.score - a.score || a.t.localeCompare(b.t));
  return ranked.slice(0, LIMITS.translations).map((r) => r.t);
}

/** Tag count of a lemma over all its senses: how common the English word is. */
export function totalCount(lemma: string, data: WordnetData): number {
  return (data.senses.get(lemma) ?? []).reduce((sum, s) => sum + s.count, 0);
}

/**
 * English synonyms of one lemma from its most frequent senses only (a sense holding at least
 * `synonymShare` of the top sense's tag count), and only words for which that synset is itself
 * among their first senses: "say" ~ "tell", "state", never "voice" for "spokesperson".
 */
export function rankSynonyms(lemma: string, data: WordnetData): string[] {
  const senses = data.senses.get(lemma) ?? [];
  const top = senses[0]?.count ?? 0;
  if (top === 0) return [];
  const scores = new Map<string, number>();
  for (const sense of senses) {
    if (sense.count < top * LIMITS.synonymShare) break;
    for (const written of data.synsets.get(sense.key)?.words ?? []) {
      const other = written.toLowerCase();
      // Capitalized lemmas are names ("William Tell"), not other words for the same thing; a
      // phrasal verb needs its particle, which retrieval drops with the function words.
      if (other === lemma || !usable(other) || written !== other || other.split(/[ -]/).some(isStopword)) continue;
      const at = (data.senses.get(other) ?? []).findIndex((s) => s.key === sense.key);
      if (at < 0 || at >= LIMITS.synonymSenseRank) continue;
      scores.set(other, Math.max(scores.get(other) ?? 0, (sense.count / top) * (1 + Math.log1p(totalCount(other, data)))));
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, LIMITS.synonyms).map(([e]) => e);
}

/** A lemma worth shipping: plain letters, at most three words, no digits or punctuation. */
function usable(text: string): boolean {
  return /^[a-z][a-z' -]*[a-z]$/.test(text) && text.split(' ').length <= LIMITS.words && !text.includes("''");
}

/** Written in capitals ("US", "WHO", "U.S."): an acronym, not the lowercase word. */
function isAcronym(written: string): boolean {
  return /^[A-Z](?:[A-Z.]*[A-Z.])$/.test(written);
}

/** Species names ("genus Ailuropoda", "giant panda") sit in these lexicographer files. */
const SPECIES_FILES = new Set([5, 20]);

/**
 * Whether an English lemma is worth a headword: usable, and not a multi-word species name, which
 * news questions never use and which would take a third of the file.
 */
function isHeadword(lemma: string, data: WordnetData): boolean {
  if (!usable(lemma)) return false;
  if (!lemma.includes(' ')) return true;
  return (data.senses.get(lemma) ?? []).some((s) => !SPECIES_FILES.has(data.synsets.get(s.key)?.lexFile ?? -1));
}

/** Reads the installed WordNet (data.*, index.*, cntlist.rev) and joins Wordnet Bahasa onto it. */
export function readWordnet(wordnetDir: string, bahasaText: string): { data: WordnetData; drifts: number; unmatched: number } {
  const synsets = new Map<string, Synset>();
  const installed: Record<Pos, number[]> = { n: [], v: [], a: [], r: [] };
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    for (const line of readFileSync(join(wordnetDir, `data.${POS_FILES[pos]}`), 'latin1').split('\n')) {
      const synset = parseDataLine(line, pos);
      if (synset === null) continue;
      synsets.set(`${pos}${synset.offset}`, synset);
      installed[pos].push(synset.offset);
    }
  }
  const counts = parseCounts(readFileSync(join(wordnetDir, 'cntlist.rev'), 'latin1'));
  const senses = new Map<string, Sense[]>();
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    for (const line of readFileSync(join(wordnetDir, `index.${POS_FILES[pos]}`), 'latin1').split('\n')) {
      const entry = parseIndexLine(line);
      if (entry === null) continue;
      const list = senses.get(entry.lemma) ?? [];
      entry.offsets.forEach((offset, i) => {
        const key = `${pos}${offset}`;
        const written = synsets.get(key)?.words.find((w) => w.toLowerCase() === entry.lemma);
        if (written !== undefined && isAcronym(written)) return;
        list.push({ key, rank: i + 1, count: counts.get(`${entry.lemma}\t${pos}\t${i + 1}`) ?? 0 });
      });
      if (list.length > 0) senses.set(entry.lemma, list);
    }
  }
  for (const list of senses.values()) orderSenses(list);
  const bahasa = parseBahasa(bahasaText);
  const indonesian = new Map<string, string[]>();
  let drifts = 0;
  let unmatched = 0;
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    const original = [...bahasa.keys()].filter((k) => k[0] === pos).map((k) => Number(k.slice(1)));
    const aligned = alignOffsets(original, installed[pos].sort((a, b) => a - b));
    drifts += aligned.drifts;
    unmatched += aligned.unmatched;
    for (const [from, to] of aligned.map) indonesian.set(`${pos}${to}`, bahasa.get(`${pos}${from}`) ?? []);
  }
  return { data: { synsets, senses, indonesian }, drifts, unmatched };
}

/**
 * Word frequencies over Indonesian text: the sentences of the UD treebanks given and Wordnet
 * Bahasa's own Indonesian definitions. Used only to order translations, never to add any. A word
 * counts its own occurrences plus a fifth of its Sastrawi stem's ("berkata" profits from "kata"),
 * a fifth only because Sastrawi over-strips some words ("mengawal" → "awal").
 */
export function readFrequencies(texts: readonly string[]): Frequencies {
  const require = createRequire(import.meta.url);
  const { Stemmer } = require('sastrawijs') as { Stemmer: new () => { stem(word: string): string } };
  const stemmer = new Stemmer();
  const words = new Map<string, number>();
  for (const text of texts) {
    for (const token of text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) words.set(token, (words.get(token) ?? 0) + 1);
  }
  const stems = new Map<string, number>();
  for (const [word, n] of words) {
    const stem = stemmer.stem(word);
    stems.set(stem, (stems.get(stem) ?? 0) + n);
  }
  return { word: (word) => (words.get(word) ?? 0) + 0.2 * (stems.get(stemmer.stem(word)) ?? 0) };
}

/** One line of wordnet-en-id.tsv: an English headword, how common it is, its translations. */
export interface TranslationRow {
  english: string;
  /** WordNet tag count over all its senses: the lexicon glosses with common headwords first. */
  count: number;
  indonesian: string[];
}

/** Both tables, each sorted by headword in code-unit order (the lexicon binary-searches them). */
export interface WordnetTables {
  translations: TranslationRow[];
  synonyms: { english: string; synonyms: string[] }[];
}

/** Builds both tables from the joined data. */
export function buildTables(data: WordnetData, freq: Frequencies): WordnetTables {
  const polysemy = new Map<string, number>();
  for (const lemmas of data.indonesian.values()) for (const t of lemmas) polysemy.set(t, (polysemy.get(t) ?? 0) + 1);
  const headwords = [...data.senses.keys()].filter((lemma) => isHeadword(lemma, data)).sort(compareKeys);
  const translations: TranslationRow[] = [];
  const synonyms: WordnetTables['synonyms'] = [];
  for (const english of headwords) {
    const indonesian = rankTranslations(english, data, freq, polysemy);
    if (indonesian.length > 0) translations.push({ english, count: totalCount(english, data), indonesian });
    const similar = rankSynonyms(english, data);
    if (similar.length > 0) synonyms.push({ english, synonyms: similar });
  }
  return { translations, synonyms };
}

/** Sentences (`# text =` lines) of a CoNLL-U file. */
function conlluText(file: string): string {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9)).join('\n');
}

/** The notices every generated file starts with (both licenses ask for theirs to be kept). */
const HEADER = [
  'Derived from Wordnet Bahasa (Bond, F., Lim, L. T., Tang, E. K., Riza, H. (2014). The combined Wordnet Bahasa. NUSA 57;',
  'Open Multilingual Wordnet, wns/msa), MIT License, Copyright (c) 2011-2015 Francis Bond, David Moeljadi, Nurril Hirfana',
  'Mohamed Noor, Suerya Sapuan, Muhammad Zulhelmy Mohamed Rosman, Hammam Riza, Tan Enya Kong; joined with Princeton',
  'WordNet 3.0, Copyright 2006 by Princeton University, all rights reserved (license: data/lexicon/README.md).',
  'Regenerate: apt-get install wordnet-base && npm run build-wordnet (scripts/build-wordnet.ts).',
];

function writeTable(file: string, format: string, rows: readonly string[]): number {
  const text = [...HEADER, format].map((line) => `# ${line}\n`).join('') + rows.map((row) => `${row}\n`).join('');
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

function main(): void {
  const lexiconDir = fileURLToPath(new URL('../data/lexicon/', import.meta.url));
  const { values } = parseArgs({
    options: {
      wordnet: { type: 'string', default: '/usr/share/wordnet' },
      shared: { type: 'string', default: '../shared' },
      out: { type: 'string', default: lexiconDir },
    },
  });
  const bahasaFile = join(values.shared, 'resources/wordnet-bahasa/wn-data-ind.tab');
  if (!existsSync(join(values.wordnet, 'data.noun'))) throw new Error(`${values.wordnet}/data.noun not found: "apt-get install wordnet-base" or pass --wordnet`);
  if (!existsSync(bahasaFile)) throw new Error(`${bahasaFile} not found: pass --shared (the shared folder beside the repository)`);
  const bahasaText = readFileSync(bahasaFile, 'utf8');
  const { data, drifts, unmatched } = readWordnet(values.wordnet, bahasaText);
  if (unmatched > 0) throw new Error(`${unmatched} Wordnet Bahasa synsets found no installed WordNet 3.0 synset: is this WordNet 3.0?`);
  const ud = join(values.shared, 'resources/ud-indonesian');
  const texts = [
    bahasaText.split('\n').filter((l) => l.includes('\tind:def\t')).map((l) => l.split('\t').at(-1) ?? '').join('\n'),
    ...['id_csui-ud-train.conllu', 'id_gsd-ud-dev.conllu'].filter((f) => existsSync(join(ud, f))).map((f) => conlluText(join(ud, f))),
  ];
  const tables = buildTables(data, readFrequencies(texts));
  const translationBytes = writeTable(
    join(values.out, TRANSLATIONS_FILE),
    'Lines: English lemma <TAB> WordNet tag count <TAB> Indonesian lemmas, best first, "|"-separated; sorted by lemma.',
    tables.translations.map((r) => `${r.english}\t${r.count}\t${r.indonesian.join('|')}`),
  );
  const synonymBytes = writeTable(
    join(values.out, SYNONYMS_FILE),
    'Lines: English lemma <TAB> English synonyms from its most frequent senses, best first, "|"-separated; sorted by lemma.',
    tables.synonyms.map((r) => `${r.english}\t${r.synonyms.join('|')}`),
  );
  const values_ = tables.translations.reduce((sum, r) => sum + r.indonesian.length, 0);
  console.log(`${TRANSLATIONS_FILE}: ${tables.translations.length} headwords, ${values_} translations, ${translationBytes} bytes`);
  console.log(`${SYNONYMS_FILE}: ${tables.synonyms.length} headwords, ${synonymBytes} bytes; offset drifts ${drifts}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
