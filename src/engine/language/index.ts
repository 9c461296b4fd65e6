/**
 * Every word list of both languages, and the unions rules read when the language of a text does
 * not matter (an Indonesian article quotes English, questions mix both). One home per list.
 */
import { ENGLISH } from './en.ts';
import { INDONESIAN } from './id.ts';
import type { LanguageWords } from './words.ts';
import type { Language } from '../types.ts';

export { ENGLISH } from './en.ts';
export { INDONESIAN } from './id.ts';
export type { LanguageWords } from './words.ts';

/** The lists of one language. */
export const LANGUAGES: Readonly<Record<Language, LanguageWords>> = { id: INDONESIAN, en: ENGLISH };

type ListKey = { [K in keyof LanguageWords]: LanguageWords[K] extends readonly string[] ? K : never }[keyof LanguageWords];
type MapKey = { [K in keyof LanguageWords]: LanguageWords[K] extends Readonly<Record<string, number | string>> ? (LanguageWords[K] extends readonly string[] ? never : K) : never }[keyof LanguageWords];

const unions = new Map<string, ReadonlySet<string>>();

/** A list of both languages as one set (built once). */
export function bothLanguages(key: ListKey | MapKey): ReadonlySet<string> {
  let set = unions.get(key);
  if (!set) {
    const words = (l: LanguageWords): string[] => {
      const v = l[key];
      return Array.isArray(v) ? [...(v as readonly string[])] : Object.keys(v);
    };
    set = new Set([...words(INDONESIAN), ...words(ENGLISH)]);
    unions.set(key, set);
  }
  return set;
}

/** A word → value list of both languages as one map (Indonesian first). */
export function valuesOf<K extends MapKey>(key: K): ReadonlyMap<string, LanguageWords[K][string]> {
  return new Map([...Object.entries(ENGLISH[key]), ...Object.entries(INDONESIAN[key])] as [string, LanguageWords[K][string]][]);
}
