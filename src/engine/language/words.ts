/**
 * The shape of one language's word lists. Each language module (id.ts, en.ts) fills the same
 * fields, so a rule is written once over `LANGUAGES` and a list lives in exactly one place.
 */

/** Word lists of one language, all lowercase and accent-free (as `fold` gives them). */
export interface LanguageWords {
  /** Month names and abbreviations → month number (1–12). */
  months: Readonly<Record<string, number>>;
  weekdays: readonly string[];
  /** Words that name a part of the day after a weekday: "Jumat pagi", "Thursday night". */
  partsOfDay: readonly string[];
  /** Days named relative to the report: "hari ini", "kemarin", "yesterday". */
  relativeDays: readonly string[];
  /** Cardinal number words → value ("tiga" → 3, "dozens" → 24). */
  numberWords: Readonly<Record<string, number>>;
  /** Ordinal words → rank ("ketiga" → 3, "third" → 3). */
  ordinalWords: Readonly<Record<string, number>>;
  /** Words that multiply the number before them ("juta", "million"). */
  scales: Readonly<Record<string, number>>;
  /** Currency words that follow an amount ("rupiah", "dollars"). */
  currencyWords: readonly string[];
  /** Words that make an amount a percentage ("persen"; English "per cent" is two words). */
  percentWords: readonly string[];
  /** Units of time → a language-neutral unit name ("tahun" → "year"). */
  durationUnits: Readonly<Record<string, string>>;
  /** Words before an amount that make it a duration ("selama", "for"). */
  durationMarkers: readonly string[];
  /** Words before a number that make it someone's age ("berusia", "aged"). */
  ageMarkers: readonly string[];
  /** Words before a clock time ("pukul", "at"). */
  clockMarkers: readonly string[];
  /** Approximation and comparison words that belong to an amount ("sekitar", "more than"). */
  amountPrefixes: readonly string[];
  /**
   * Nouns that make "how much/berapa" ask for money ("harga", "cost"): the question's head noun
   * or its verb.
   */
  moneyNouns: readonly string[];
  /** Nouns whose "berapa/how many" asks for a percentage ("persen", "percentage", "share"). */
  percentNouns: readonly string[];
  /** Words of "how long / berapa lama" questions. */
  durationNouns: readonly string[];
  /** Words of "how old / berapa usia" questions. */
  ageNouns: readonly string[];
  /** Words asking for a clock time ("pukul berapa", "what time"). */
  timeNouns: readonly string[];
  /** Words asking for a rank ("peringkat", "place", "rank"). */
  rankNouns: readonly string[];
  /** Generic measure nouns skipped to reach the counted noun ("jumlah", "number of"). */
  measureNouns: readonly string[];
  /** Words that introduce a reason clause. */
  reasonMarkers: readonly string[];
  /** Prepositions before a location ("di", "in"). */
  locativePrepositions: readonly string[];
  /** Prepositions before a destination or origin ("ke", "to"). */
  motionPrepositions: readonly string[];
  /** Prepositions before a time ("pada", "on"). */
  temporalPrepositions: readonly string[];
  /** Words that introduce the agent of a passive ("oleh", "by"). */
  agentPrepositions: readonly string[];
  /** Prepositions that introduce a topic, not a statement: "tentang", "soal", "about", "regarding". */
  topicPrepositions: readonly string[];
  /** Words before a reporting verb that deny or withhold the statement ("enggan", "tidak", "declined"). */
  negations: readonly string[];
  /** Phrases that name a source: "menurut", "according to", "dilansir dari". */
  sourceMarkers: readonly string[];
  /** Common nouns that denote people, for "siapa/who" questions that name them ("pedagang", "trader"). */
  personNouns: readonly string[];
  /** Nouns that denote organisations ("badan", "agency", "outlet"). */
  organizationNouns: readonly string[];
  /** Nouns that denote places ("kota", "city", "market"). */
  placeNouns: readonly string[];
  /** Question words, consumed by classification rather than searched for. */
  questionWords: readonly string[];
  /** Common words that tell a short question's language ("yang", "the"). */
  languageMarkers: readonly string[];
  /** Pronouns and demonstratives that point back into the conversation ("dia", "that"). */
  pronouns: readonly string[];
  /** The pronouns among them that stand for a person ("dia", "he"). */
  personPronouns: readonly string[];
  /** Words that open a follow-up ("lalu", "and"). */
  connectors: readonly string[];
  /** Honorifics that are not part of a name and the text often drops ("Dr", "Pak"). */
  honorifics: readonly string[];
  /** Verbs that carry little meaning of their own ("melakukan", "make"). */
  lightVerbs: readonly string[];
  /** Words that end a clause-shaped answer ("untuk", "because"). */
  clauseBoundaries: readonly string[];
  /** Time zones written after a clock time ("WIB", "GMT"): capitalized, never names. */
  timeZones: readonly string[];
  /** Words that end a question's head noun phrase ("yang", "did"). */
  headPhraseEnders: readonly string[];
}

/** A word list as a set. */
export function setOf(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat());
}
