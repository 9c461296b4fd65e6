/**
 * Query expansion: each content word of a question becomes a group of alternative index keys —
 * its own stem, its translations through the bilingual lexicon (English question, Indonesian
 * article and back; each with its tier's quality: 0.9 for the trusted tiers, 0.8 for WordNet),
 * English synonyms for English text (0.75), and fuzzy corrections when it is misspelt.
 *
 * Example (English question over an Indonesian article): "troops" → group
 *   { troops/troop (own, 1.0), pasukan→pasu, tentara, prajurit (lexicon, 0.9) }.
 * "rusai" (typo) → no key in the index → fuse.js over the vocabulary → "rusia" (fuzzy, 0.7).
 */
import { bothLanguages } from '../language/index.ts';
import { LEXICON_SETTINGS, type Lexicon, type Translation } from '../lexicon/lexicon.ts';
import type { QuestionWord } from '../question/analyze.ts';
import { stemEnglish, stemIndonesian } from '../text/stem.ts';
import { isStopword } from '../text/stopwords.ts';
import { tokenize } from '../text/tokens.ts';
import { rootKeys } from './affixes.ts';
import type { FuzzyVocabulary } from './fuzzy-vocabulary.ts';
import type { SentenceIndex } from './sentence-index.ts';

/** One way to match a question word: all `keys` must occur (a phrase) for it to count. */
export interface Alternative {
  keys: string[];
  /** 1 for the word itself, less for translations and corrections. */
  quality: number;
  /**
   * For a translation: the index keys of the question word it translates. When the corpus has
   * that word, the translation weighs no more than it ("Indonesian" for "Indonesia" in Indonesian
   * text is rare, but no more telling than "Indonesia").
   */
  source?: string[];
  /**
   * From a broad, low-trust source (WordNet, synonyms): a fallback that may match, but that
   * makes the word only weakly known when the text lacks it (see TermGroup.knownWeakly).
   */
  weak?: boolean;
}

/** The alternatives for one question word (or phrase: "north korea", "secretary general"). */
export interface TermGroup {
  label: string;
  alternatives: Alternative[];
  isName: boolean;
  /** Whether anything about the word is known (lexicon or corpus): unknown words weigh less. */
  known: boolean;
  /**
   * Known only through weak translations (WordNet, synonyms) that the text lacks: it weighs
   * between a known and an unknown word, since such a translation may be wrong or incomplete.
   */
  knownWeakly?: boolean;
  /** The answer-type noun of "which X" or a light verb: weighs little, the text need not have it. */
  isHead: boolean;
  /** A role ("mayor", "Bupati"): the articles must mention it for the question to be answerable. */
  isRole: boolean;
}

export interface ExpandContext {
  index: SentenceIndex;
  vocabulary: FuzzyVocabulary;
  lexicon: Lexicon;
  /** fuse.js over the lexicon's English headwords: "nucelar" → "nuclear". */
  englishVocabulary?: FuzzyVocabulary;
}

const MAX_GROUPS = 12;
// Fuzzy correction costs a fuse.js search per word: a question of gibberish gets only a few.
const MAX_FUZZY_WORDS = 4;

// Light verbs carry little meaning of their own ("make a statement", "melakukan kunjungan").
const LIGHT_VERBS = bothLanguages('lightVerbs');

function ownKeys(folded: string): string[] {
  return [...new Set([stemIndonesian(folded), stemEnglish(folded), folded])];
}

/** Written in capitals ("US", "WHO", "PBB"): the lexicon reads it as an acronym, never "us" or "who". */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Quality of the most trusted translations: a name part's translations are scaled from it. */
const TRUSTED = LEXICON_SETTINGS.quality.glossary;

function translationAlternatives(phrase: string, lexicon: Lexicon, questionLanguage: 'en' | 'id', surface = ''): Alternative[] {
  return alternativesOf(lexicon.translate(phrase, questionLanguage, { acronym: ACRONYM.test(surface) }), questionLanguage);
}

/** Index keys of translations, each with its tier's quality. */
function alternativesOf(translations: readonly Translation[], questionLanguage: 'en' | 'id'): Alternative[] {
  const out: Alternative[] = [];
  for (const { text: tr, quality, tier } of translations.slice(0, 10)) {
    const isWeak = tier === 'wordnet';
    const weak = isWeak ? { weak: true } : {};
    const all = tokenize(tr).map((t) => t.folded);
    // Inside a multi-word translation, function words are glue ("surat kabar" keeps both).
    const words = all.length > 1 ? all.filter((w) => !isStopword(w)) : all;
    if (!words.length) continue;
    if (words.length === 1) {
      const w = words[0] ?? '';
      // Only a bare root gets its inflections generated; an affixed form is just stemmed. The
      // generated forms are guesses ("naskah" → "dinas"): on a weak translation, too many.
      const keys = questionLanguage === 'id' ? [stemEnglish(w)] : stemIndonesian(w) === w && !isWeak ? rootKeys(w) : [stemIndonesian(w)];
      // A weak translation whose stem is a function word ("menyudahkan" → "sudah" for "end")
      // would match nearly any sentence.
      for (const k of keys) if (!isWeak || !isStopword(k)) out.push({ keys: [k], quality, ...weak });
    } else {
      const keys = words.map((w) => (questionLanguage === 'en' ? stemIndonesian(w) : stemEnglish(w)));
      out.push({ keys, quality, ...weak });
    }
  }
  return out;
}

/**
 * Other English words for an English question word, for English text ("said" → "told"). A
 * phrase with a function word is left out: without its particle "fall in" would be "fall".
 */
function synonymAlternatives(word: string, lexicon: Lexicon): Alternative[] {
  return lexicon.synonyms(word).flatMap((synonym) => {
    const words = tokenize(synonym).map((t) => t.folded);
    if (!words.length || words.some(isStopword)) return [];
    return [{ keys: words.map(stemEnglish), quality: LEXICON_SETTINGS.quality.synonym, weak: true }];
  });
}

function translationWords(word: string, lexicon: Lexicon, questionLanguage: 'en' | 'id'): string[] {
  const translations = questionLanguage === 'en' ? lexicon.toIndonesian(word) : lexicon.toEnglish(word);
  return translations.filter((t) => !t.includes(' ') && t.length >= 4);
}

function roundTrip(word: string, lexicon: Lexicon, language: 'en' | 'id'): Alternative[] {
  const out: Alternative[] = [];
  const there = (language === 'id' ? lexicon.toEnglish(word) : lexicon.toIndonesian(word)).filter((w) => !w.includes(' ')).slice(0, 3);
  for (const t of there) {
    const back = (language === 'id' ? lexicon.toIndonesian(t) : lexicon.toEnglish(t)).filter((w) => !w.includes(' ') && w !== word).slice(0, 4);
    for (const b of back) out.push({ keys: [language === 'id' ? stemIndonesian(b) : stemEnglish(b)], quality: 0.6 });
  }
  return out;
}

function dedupe(alts: Alternative[]): Alternative[] {
  const best = new Map<string, Alternative>();
  for (const a of alts) {
    const id = a.keys.join(' ');
    const prev = best.get(id);
    if (!prev || prev.quality < a.quality) best.set(id, a);
  }
  return [...best.values()];
}

/** Expand question words into term groups (phrases first: "north korea" before "north"). */
export function expandQuery(words: readonly QuestionWord[], language: 'en' | 'id', ctx: ExpandContext): TermGroup[] {
  const groups: TermGroup[] = [];
  let fuzzyLeft = MAX_FUZZY_WORDS;
  let i = 0;
  while (i < words.length && groups.length < MAX_GROUPS) {
    let used = 1;
    let alts: Alternative[] = [];
    // Longest lexicon phrase of adjacent question words (e.g. "north korea" → "korea utara").
    for (let n = Math.min(3, words.length - i); n >= 2; n -= 1) {
      const span = words.slice(i, i + n);
      if (span.some((w, k) => k > 0 && w.position !== (span[k - 1]?.position ?? -2) + 1)) continue;
      const phrase = span.map((w) => w.folded).join(' ');
      const translations = ctx.lexicon.translate(phrase, language);
      // A phrase only WordNet knows ("police officer") stays separate words: as one unit it
      // would no longer match a text that has "officer" alone.
      if (translations.some((t) => t.tier !== 'wordnet')) {
        alts = [...alternativesOf(translations, language), { keys: span.map((w) => stemIndonesian(w.folded)), quality: 1 }];
        used = n;
        break;
      }
    }
    // A run of adjacent name words is one name ("Dr Wilson W Wenas", "Mark Rutte"): the text may
    // use any part of it ("Wilson", "Rutte"), the whole name counting most.
    if (used === 1 && words[i]?.isName) {
      let n = 1;
      while (i + n < words.length && words[i + n]?.isName && words[i + n]?.position === (words[i + n - 1]?.position ?? -2) + 1 && n < 4) n += 1;
      if (n > 1) {
        const run = words.slice(i, i + n);
        // The whole name, as either language's index keys it ("Solvane Foods" → solvane+food).
        alts = [{ keys: run.map((w) => stemIndonesian(w.folded)), quality: 1 }, { keys: run.map((w) => stemEnglish(w.folded)), quality: 1 }];
        // The family name alone identifies a person ("Rutte"); a given name alone is weak
        // evidence ("Sri" is not "Sri Mulyani").
        run.forEach((w, k) => {
          const quality = k === run.length - 1 || run.length > 2 ? 0.85 : 0.6;
          alts.push(...ownKeys(w.folded).map((key) => ({ keys: [key], quality })));
          alts.push(...translationAlternatives(w.folded, ctx.lexicon, language, w.surface).map((a) => ({ ...a, quality: (a.quality / TRUSTED) * (quality - 0.05), source: ownKeys(w.folded) })));
        });
        used = n;
      }
    }
    const span = words.slice(i, i + used);
    const first = span[0];
    if (!first) break;
    if (used === 1) {
      const own = ownKeys(first.folded);
      // A phrasal verb means what its verb alone does not ("walk out" → "mogok", not "jalan"). A
      // lexical unit of its own, its translations are the word's meaning, not a weak fallback.
      const phrasal = first.particle === undefined ? [] : translationAlternatives(`${first.folded} ${first.particle}`, ctx.lexicon, language).map(({ weak: _weak, ...a }) => a);
      const related = phrasal.length
        ? phrasal
        : [...translationAlternatives(first.folded, ctx.lexicon, language, first.surface), ...(language === 'en' ? synonymAlternatives(first.folded, ctx.lexicon) : [])];
      alts = [...own.map((k) => ({ keys: [k], quality: 1 })), ...related.map((a) => ({ ...a, source: own }))];
    }
    const present = alts.filter((a) => a.keys.every((k) => ctx.index.hasLive(k)));
    // Weak alternatives are fallbacks: where the word or a trusted translation occurs in the
    // text, they would only add noise ("bridges" → "menghubungkan" beside "jembatan").
    if (present.some((a) => a.weak !== true)) alts = alts.filter((a) => a.weak !== true);
    let known = present.length > 0 || alts.some((a) => a.quality < 1 && a.weak !== true);
    const knownWeakly = !known && alts.some((a) => a.weak === true);
    if (!present.length && used === 1 && !/\d/.test(first.folded) && fuzzyLeft-- > 0) {
      for (const hit of ctx.vocabulary.correct(first.folded)) {
        // The vocabulary keeps a removed article's words: a correction no living sentence holds is none.
        const keys = ownKeys(hit.word).filter((k) => ctx.index.hasLive(k));
        if (!keys.length) continue;
        alts.push(...keys.map((k) => ({ keys: [k], quality: 0.75 - hit.score })));
        known = true;
      }
      // A misspelt English word: correct it against the dictionary, then translate.
      if (language === 'en' && ctx.englishVocabulary && !ctx.lexicon.toIndonesian(first.folded).length) {
        for (const hit of ctx.englishVocabulary.correct(first.folded, 2)) {
          for (const a of translationAlternatives(hit.word, ctx.lexicon, language)) alts.push({ keys: a.keys, quality: 0.7 - hit.score });
          known = true;
        }
      }
      // Synonyms by a round trip through the other language ("dikutip" → quote → "lansir";
      // "speak" → bicara/ujar → "say"): weaker evidence, used only when the word itself is absent.
      for (const a of roundTrip(first.folded, ctx.lexicon, language)) alts.push(a);
      // A translation the article inflects differently ("kritik" → "mengkritisi"): near words.
      for (const tr of translationWords(first.folded, ctx.lexicon, language).slice(0, 4)) {
        for (const hit of ctx.vocabulary.correct(tr, 2)) {
          if (hit.score > 0.2) continue;
          alts.push(...ownKeys(hit.word).map((k) => ({ keys: [k], quality: 0.7 - hit.score })));
        }
      }
    }
    groups.push({
      label: span.map((w) => w.surface).join(' '),
      alternatives: dedupe(alts),
      isName: span.some((w) => w.isName),
      isHead: span.some((w) => w.isHead === true) || (used === 1 && LIGHT_VERBS.has(first.folded)),
      isRole: span.some((w) => w.isRole === true),
      known,
      ...(knownWeakly && !known ? { knownWeakly } : {}),
    });
    i += used;
  }
  return groups;
}
