/**
 * The abbreviation tier (data/lexicon/abbreviations.json): acronyms and short forms of Indonesian
 * and international news (PBB, KPK, Kemlu, Kapolri, WHO) with their expansions and English
 * equivalents. Each entry is one concept; any of its forms translates to all forms of the other
 * language.
 *
 * A form written in capitals whose lowercase spelling is an everyday word ("US" and the pronoun
 * "us", "WHO" and the question word) is found only when the caller says the word was written in
 * capitals. Everyday words are the document's `words` list and the stopwords of both languages.
 */
import { isStopword } from '../text/stopwords.ts';
import { normalizeEnglish } from './english.ts';
import { normalizeIndonesian } from './indonesian.ts';

/** The JSON document: `entries` of Indonesian and English forms, `words` that clash with acronyms. */
export interface AbbreviationDocument {
  words?: readonly string[];
  entries: readonly { id: readonly string[]; en: readonly string[] }[];
}

interface Form {
  entry: number;
  /** Found only from a word written in capitals. */
  capitalsOnly: boolean;
}

const CAPITALS = /^\p{Lu}{2,}$/u;

/** Looks abbreviations up in both directions; answers are lowercase, in the document's order. */
export class AbbreviationTable {
  readonly #indonesian: string[][];
  readonly #english: string[][];
  readonly #byIndonesian = new Map<string, Form[]>();
  readonly #byEnglish = new Map<string, Form[]>();

  constructor(document: AbbreviationDocument) {
    const everyday = new Set((document.words ?? []).map((w) => w.toLowerCase()));
    const clashes = (written: string, key: string): boolean => CAPITALS.test(written) && (everyday.has(key) || isStopword(key));
    this.#indonesian = [];
    this.#english = [];
    document.entries.forEach((entry, index) => {
      const id = entry.id.map((written) => ({ written, key: normalizeIndonesian(written) })).filter((f) => f.key !== '');
      const en = entry.en.map((written) => ({ written, key: normalizeEnglish(written) })).filter((f) => f.key !== '');
      this.#indonesian.push([...new Set(id.map((f) => f.key))]);
      this.#english.push([...new Set(en.map((f) => f.key))]);
      for (const f of id) add(this.#byIndonesian, f.key, { entry: index, capitalsOnly: clashes(f.written, f.key) });
      for (const f of en) add(this.#byEnglish, f.key, { entry: index, capitalsOnly: clashes(f.written, f.key) });
    });
  }

  /** Indonesian forms for a normalized English word or phrase ("un" written "UN" → "pbb", …). */
  toIndonesian(english: string, capitals: boolean): string[] {
    return this.#collect(this.#byEnglish.get(english), this.#indonesian, capitals);
  }

  /** English forms for a normalized Indonesian word or phrase ("kemlu" → "foreign ministry", …). */
  toEnglish(indonesian: string, capitals: boolean): string[] {
    return this.#collect(this.#byIndonesian.get(indonesian), this.#english, capitals);
  }

  #collect(forms: readonly Form[] | undefined, other: readonly string[][], capitals: boolean): string[] {
    const result = new Set<string>();
    for (const form of forms ?? []) {
      if (form.capitalsOnly && !capitals) continue;
      for (const text of other[form.entry] ?? []) result.add(text);
    }
    return [...result];
  }
}

function add(index: Map<string, Form[]>, key: string, form: Form): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [form]);
  else list.push(form);
}
