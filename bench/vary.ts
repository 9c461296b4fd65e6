/**
 * Variations of real sentences, so a 100k-paragraph corpus built from a few thousand sentences is
 * not the same text repeated: names and numbers swapped between sentences, new names made from
 * syllables of known ones (the vocabulary keeps growing, as in a year of news), and clauses of two
 * sentences joined at a comma.
 *   "Sejak tahun 1980-an di Kota Bau-Bau terdapat dua perusahaan budidaya mutiara, yaitu PT …"
 *   → "Sejak tahun 1994-an di Kota Palabusa terdapat dua perusahaan budidaya mutiara, kata Rutaki."
 */
import type { Random } from './random.ts';
import type { SourceText } from './source-text.ts';
import { fold, isStopword } from './words.ts';

export interface VaryOptions {
  /** Probability that a name occurrence is swapped. */
  swapName: number;
  /** Probability that a swapped-in name is a new one made from syllables. */
  newName: number;
  /** Probability that a number is changed. */
  swapNumber: number;
  /** Probability that the sentence is rebuilt from its head clause and another sentence's tail. */
  mixClauses: number;
}

export const DEFAULT_VARY: VaryOptions = { swapName: 0.85, newName: 0.12, swapNumber: 0.8, mixClauses: 0.4 };

const NAME = /(?<=\s)[A-Z][a-z]{2,}(?=[\s,.;:)])/g;
const NUMBER = /\b\d+\b/g;
const VOWEL = /[aeiou]/;

function syllableCuts(word: string): number[] {
  const cuts: number[] = [];
  for (let i = 1; i < word.length - 2; i += 1) {
    if (VOWEL.test(word[i] ?? '') && !VOWEL.test(word[i + 1] ?? '')) cuts.push(i + 1);
  }
  return cuts;
}

interface Clause {
  head: string;
  tail: string;
}

/** Split at a comma with at least four words on each side. */
function clauseOf(text: string, random: Random): Clause | null {
  const commas = [...text.matchAll(/, /g)].map((m) => m.index).filter((i) => text.slice(0, i).split(' ').length >= 4 && text.slice(i + 2).split(' ').length >= 4);
  if (!commas.length) return null;
  const at = random.pick(commas);
  return { head: text.slice(0, at), tail: text.slice(at + 2) };
}

export class SentenceVarier {
  private readonly names: string[];
  /** Names from the source text: new names are made from these only, so they stay name-like. */
  private readonly real: string[];
  private readonly known: Set<string>;
  private readonly withClauses: string[];

  constructor(source: SourceText, private readonly random: Random, private readonly options: VaryOptions = DEFAULT_VARY) {
    const names = new Set<string>();
    for (const s of source.sentences) for (const m of s.text.matchAll(NAME)) if (!isStopword(fold(m[0]))) names.add(m[0]);
    this.names = [...names].sort();
    this.real = [...this.names];
    this.known = new Set(this.names);
    this.withClauses = source.sentences.map((s) => s.text).filter((t) => clauseOf(t, random) !== null);
  }

  /** How many distinct names can be swapped in so far (grows as new names are made). */
  get nameCount(): number {
    return this.names.length;
  }

  /** A new name from the first syllables of one known name and the last of another. */
  private newName(): string {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const a = this.random.pick(this.real).toLowerCase();
      const b = this.random.pick(this.real).toLowerCase();
      const ca = syllableCuts(a);
      const cb = syllableCuts(b);
      if (!ca.length || !cb.length) continue;
      const name = a.slice(0, this.random.pick(ca)) + b.slice(this.random.pick(cb));
      if (name.length < 5 || name.length > 11) continue;
      const cap = name[0]?.toUpperCase() + name.slice(1);
      if (!this.known.has(cap)) {
        this.known.add(cap);
        this.names.push(cap);
      }
      return cap;
    }
    return this.random.pick(this.names);
  }

  private swapNames(text: string): string {
    if (!this.names.length) return text;
    const chosen = new Map<string, string>();
    return text.replace(NAME, (name) => {
      if (!this.known.has(name) || !this.random.chance(this.options.swapName)) return name;
      let other = chosen.get(name);
      if (!other) {
        other = this.random.chance(this.options.newName) ? this.newName() : this.random.pick(this.names);
        chosen.set(name, other);
      }
      return other;
    });
  }

  private swapNumbers(text: string): string {
    return text.replace(NUMBER, (n) => {
      if (!this.random.chance(this.options.swapNumber)) return n;
      if (/^(19|20)\d\d$/.test(n)) return String(this.random.int(1990, 2030));
      // Days, months, hours ("(7/9)", "pukul 08.30", "14 Agustus") stay plausible.
      if (n.length <= 2 && (n.startsWith('0') || Number(n) <= 31)) return String(this.random.int(1, 28)).padStart(n.length, '0');
      return String(this.random.int(10 ** (n.length - 1), 10 ** n.length - 1));
    });
  }

  private mix(text: string): string | null {
    const own = clauseOf(text, this.random);
    if (!own || !this.withClauses.length) return null;
    const other = clauseOf(this.random.pick(this.withClauses), this.random);
    return other ? `${own.head}, ${other.tail}` : null;
  }

  /** A variant that differs from the original text (a connective is the last resort). */
  vary(text: string): string {
    let out = this.random.chance(this.options.mixClauses) ? (this.mix(text) ?? text) : text;
    out = this.swapNumbers(this.swapNames(out));
    if (out === text) out = this.mix(text) ?? out;
    if (out === text) {
      const first = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
      const rest = this.known.has(first) || first.length < 2 || first === first.toUpperCase() ? text : `${text[0]?.toLowerCase()}${text.slice(1)}`;
      out = `${this.random.pick(['Sementara itu', 'Selain itu', 'Menurut laporan', 'Di sisi lain'])}, ${rest}`;
    }
    return out;
  }
}
