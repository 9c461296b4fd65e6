/**
 * The lexicon's sources in order of trust, and how much query expansion trusts what each gives.
 * One settings object, so that weighing the bridge between the languages is tuned in one place.
 */

/**
 * Where a translation comes from, most trusted first: the hand-written news glossary, the
 * hand-written abbreviations, CLDR's region names, the FreeDict dictionary, then WordNet (Wordnet
 * Bahasa joined with Princeton WordNet), broad but with rare senses and noise.
 */
export type LexiconTier = 'glossary' | 'abbreviation' | 'region' | 'dictionary' | 'wordnet';

/** One translation of a word, with the tier it came from and how far retrieval should trust it. */
export interface Translation {
  /** Lowercase word or phrase in the other language. */
  text: string;
  tier: LexiconTier;
  /** Quality of a match through this translation, below the question word's own 1. */
  quality: number;
}

/** How a question word was written, where that changes its meaning. */
export interface LookUpOptions {
  /**
   * Written in capitals ("US", "WHO", "AS"): looked up as an acronym, which a lowercase word
   * whose spelling is an everyday word ("us", "who") never is.
   */
  acronym?: boolean;
}

/** The lexicon's tunables. */
export const LEXICON_SETTINGS = {
  /** Match quality by tier (1 is the question word itself); synonyms are English ↔ English. */
  quality: { glossary: 0.9, abbreviation: 0.9, region: 0.9, dictionary: 0.9, wordnet: 0.8, synonym: 0.75 },
  /**
   * WordNet translations kept for a word the trusted tiers already translate: its first senses
   * add what they lack ("massive" → "besar-besaran"), its rarer ones would only add noise.
   */
  wordnetWhenKnown: 2,
  /** Synonyms returned for an English word. */
  synonyms: 4,
  /** Glosses returned by toEnglish: enough to show a sense, few enough to read inline. */
  glosses: 4,
  /** Longer English glosses are descriptions ("a lesser pilgrimage"), not glosses. */
  glossWords: 3,
} as const;
