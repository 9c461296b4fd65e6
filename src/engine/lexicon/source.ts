/**
 * One English → Indonesian translation table (the glossary, the FreeDict dictionary, the region
 * names), looked up forwards by English key and backwards by Indonesian word, and the rules that
 * pick English glosses from backward references.
 */
import { createRequire } from 'node:module';

/** Where an Indonesian word occurs in a table: under which English headword, and how early. */
export interface Reference {
  english: string;
  /** Place of the Indonesian word in the headword's translations: 0 is its main sense. */
  position: number;
  /** Headword order in the source, to keep ties stable and in the author's order. */
  order: number;
}

/** A translation table: lowercase English headword or phrase → Indonesian translations, best first. */
export type Entries = Readonly<Record<string, readonly string[]>>;

interface Stemmer {
  stem(word: string): string;
}

let stemmer: Stemmer | undefined;

/**
 * Sastrawi's stemmer. sastrawijs ships types that its package.json "exports" hide from NodeNext
 * resolution, so it is required through createRequire (its CommonJS build) with the one method
 * used typed here.
 */
export function getStemmer(): Stemmer {
  if (stemmer === undefined) {
    const require = createRequire(import.meta.url);
    const { Stemmer: StemmerClass } = require('sastrawijs') as { Stemmer: new () => Stemmer };
    stemmer = new StemmerClass();
  }
  return stemmer;
}

/**
 * One translation table. The reverse index is built on the first English gloss asked for, so that
 * loading stays a JSON parse: glossing is needed only when Indonesian text is shown to a reader.
 */
export class Source {
  #reverse: Map<string, Reference[]> | undefined;
  #stems: Map<string, Reference[]> | undefined;

  /**
   * `entries` must already be normalized (lowercase keys, clean translations, no repeats).
   * `stems` are precomputed Sastrawi stems (word → stem where they differ); without them the
   * translations are stemmed here.
   */
  constructor(
    private readonly entries: Entries,
    private readonly stems?: Readonly<Record<string, string>>,
  ) {}

  /** Headwords without spaces. */
  words(): string[] {
    return Object.keys(this.entries).filter((k) => !k.includes(' '));
  }

  /** Translations of one English key, best first; empty when the table lacks it. */
  forward(key: string): readonly string[] {
    return Object.hasOwn(this.entries, key) ? (this.entries[key] ?? []) : [];
  }

  /** Where an Indonesian word occurs as a translation. */
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

/**
 * Orders glossary references as their author did. Dictionary references go by the place of the
 * Indonesian word among the headword's translations, then prefer news words (headwords the
 * glossary also has: "support" over "stead"), then single short words over phrases, which are
 * rarer senses.
 */
export function sortReferences(references: readonly Reference[], isNewsWord?: (english: string) => boolean): Reference[] {
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
