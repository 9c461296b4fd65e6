/**
 * Where an article's known people are written in a stretch of text, so that an attribution names
 * the person and not the words around them: "kata Kepala Dinkes Garut, dr. Leni Marlina" → Leni
 * Marlina, "said Rovers coach Ricardo Almeida" → Ricardo Almeida, "Salah satu pemudik, Tarmizi (44),
 * yang membawa …, Jawa Tengah, mengaku" → Tarmizi.
 */
import type { Person } from '../types.ts';
import { ADVERBS } from './reporting.ts';
import { timeAdjunct } from './speech-content.ts';
import { forEachLetterNumberRun, letterNumberRuns, matchesAt } from './scan.ts';

/** A person written at [start, end) of a text. */
export interface Mention {
  person: Person;
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/** The people's names and aliases, to find in texts. */
export class KnownPeople {
  /** Forms by their first word, longest first: one pass over a text's words finds them all. */
  private readonly byFirstWord = new Map<string, { form: string; person: Person }[]>();
  private readonly firstChars = new Set<number>();
  private readonly lengths = new Set<number>();

  constructor(people: readonly Person[]) {
    const forms = people
      .flatMap((person) => [person.name, ...person.aliases].filter((f) => f.length >= 2).map((form) => ({ form, person })))
      .sort((a, b) => b.form.length - a.form.length);
    for (const f of forms) {
      const first = letterNumberRuns(f.form)[0];
      if (first === undefined) continue;
      this.firstChars.add(first.charCodeAt(0));
      this.lengths.add(first.length);
      const list = this.byFirstWord.get(first);
      if (list) list.push(f);
      else this.byFirstWord.set(first, [f]);
    }
  }

  /** Every mention in `text`, in reading order; the longest form wins where several start at one word. */
  mentions(text: string): Mention[] {
    const out: Mention[] = [];
    if (this.byFirstWord.size === 0) return out;
    let taken = 0;
    forEachLetterNumberRun(text, (start, end) => {
      // Only words that start like a form and are as long as one are looked up.
      if (start < taken || !this.firstChars.has(text.charCodeAt(start)) || !this.lengths.has(end - start)) return;
      const forms = this.byFirstWord.get(text.slice(start, end));
      const hit = forms?.find(({ form }) => matchesAt(text, form, start) && !LETTER.test(text[start + form.length] ?? ''));
      if (!hit) return;
      out.push({ person: hit.person, start, end: start + hit.form.length });
      taken = start + hit.form.length;
    });
    return out;
  }

  /** The first person written in `text` (after a reporting verb: "kata Kepala …, Slamet Riyadi di …"). */
  first(text: string): Person | null {
    return this.mentions(text)[0]?.person ?? null;
  }

  /**
   * The subject among the people written before a verb: the nearest one that only asides, an age
   * or adverbs separate from the verb ("Tarmizi (44), yang membawa …, mengaku"; "Mark Rutte, pada
   * Senin …, mengungkapkan"). `before` ends right before the verb.
   */
  subject(before: string): Person | null {
    const mentions = this.mentions(before);
    for (let k = mentions.length - 1; k >= 0; k -= 1) {
      const m = mentions[k] as Mention;
      if (onlyAsides(before.slice(m.end))) return m.person;
    }
    return null;
  }
}

const PARENTHESES = /\s*\([^()]*\)/gu;

/** Whether the words between a subject and its verb are only asides: ", …,", "(44)", ", pada Senin", adverbs. */
function onlyAsides(between: string): boolean {
  let s = between.replace(PARENTHESES, '').trim();
  if (s.length === 0) return true;
  // "Antonio Guterres, pada Senin mengatakan": a time between them, after a comma or not.
  const time = s.replace(/^,\s*/u, '');
  const t = timeAdjunct(time);
  if (t > 0) s = time.slice(t).trim();
  // "Hj. Baiq Nurhayati, menyatakan", "Dimas (27), mengaku": the comma that closes the aside.
  if (s.length === 0 || s === ',') return true;
  // ", yang membawa keluarganya …, Jawa Tengah," / ", pada Senin (2/12),": an aside between commas.
  if (/^,[\s\S]*,$/u.test(s) && !/[.;:"“”]/u.test(s)) return true;
  return s.split(/\s+/u).every((w) => ADVERBS.has(w.toLowerCase()));
}
