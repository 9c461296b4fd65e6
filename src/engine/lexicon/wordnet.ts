/**
 * The WordNet tier: Wordnet Bahasa joined with Princeton WordNet 3.0 (data/lexicon/wordnet-*.tsv,
 * built by scripts/build-wordnet.ts). Broad (37,000 English headwords) and ranked by sense
 * frequency, but less trustworthy than the glossary and FreeDict, so it comes after them.
 *
 * Nothing is read until the first look-up: start-up pays only for the small tiers, and a word the
 * others translate may never need this one.
 */
import { SortedLines } from './sorted-lines.ts';

/** The text of the tier's two files. */
export interface WordnetTexts {
  /** Lines `english<TAB>tag count<TAB>indonesian|indonesian…`, sorted by headword. */
  translations: string;
  /** Lines `english<TAB>synonym|synonym…`, sorted by headword. */
  synonyms: string;
}

interface Gloss {
  english: string;
  /** Place of the Indonesian word among the headword's translations: 0 is its main sense. */
  position: number;
  /** How common the headword is in English (WordNet tag count). */
  count: number;
}

// Built on the first Indonesian word the other tiers cannot gloss: value → `line × 8 + place`.
type Inverse = Map<string, number[]>;

/** Lazily loaded WordNet look-ups. */
export class WordnetTier {
  #translations: SortedLines | undefined;
  #synonyms: SortedLines | undefined;
  #reverse: Inverse | undefined;

  /** `load` reads both files; it is called once, on the first look-up. */
  constructor(private readonly load: () => WordnetTexts) {}

  /** Whether the files have been read (start-up must not read them). */
  get loaded(): boolean {
    return this.#translations !== undefined;
  }

  /** Indonesian translations of a normalized English headword, best first. */
  translations(english: string): string[] {
    const fields = this.#tables().translations.get(english);
    return fields?.[1] ? fields[1].split('|') : [];
  }

  /** English synonyms of a normalized English headword, from its most frequent senses. */
  synonyms(english: string): string[] {
    const fields = this.#tables().synonyms.get(english);
    return fields?.[0] ? fields[0].split('|') : [];
  }

  /**
   * English glosses of an Indonesian word: the headwords that translate to it, those for which it
   * is the main translation first, then single words before phrases, then the more common
   * English word ("reveal" before "unveil").
   */
  glosses(indonesian: string): string[] {
    const table = this.#tables().translations;
    this.#reverse ??= table.invertLastField();
    const found = (this.#reverse.get(indonesian) ?? []).map((code): Gloss => {
      const [english = '', count = '0'] = table.fields(Math.floor(code / 8));
      return { english, position: code % 8, count: Number(count) };
    });
    const phrase = (g: Gloss): number => (g.english.includes(' ') ? 1 : 0);
    return [...found].sort((a, b) => a.position - b.position || phrase(a) - phrase(b) || b.count - a.count).map((g) => g.english);
  }

  #tables(): { translations: SortedLines; synonyms: SortedLines } {
    if (this.#translations === undefined || this.#synonyms === undefined) {
      const texts = this.load();
      this.#translations = new SortedLines(texts.translations);
      this.#synonyms = new SortedLines(texts.synonyms);
    }
    return { translations: this.#translations, synonyms: this.#synonyms };
  }
}
