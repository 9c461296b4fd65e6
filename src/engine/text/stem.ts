/**
 * Term keys for retrieval: one key per word so that inflections meet.
 * Indonesian words go through Sastrawi (memberikan → beri, pengiriman → kirim); English words
 * through a light lemmatizer. Results are memoized: the same words recur constantly.
 */
import { Stemmer } from 'sastrawijs';
import { englishLemmas } from '../lexicon/english.ts';
import type { Language } from '../types.ts';
import { isNumberToken } from './tokens.ts';

const sastrawi = new Stemmer();
const idCache = new Map<string, string>();
const enCache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function remember(cache: Map<string, string>, word: string, key: string): string {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, key);
  return key;
}

/** Sastrawi stem of a folded Indonesian word (numbers and short words are kept as they are). */
export function stemIndonesian(folded: string): string {
  if (folded.length <= 3 || isNumberToken(folded)) return folded;
  const hit = idCache.get(folded);
  if (hit !== undefined) return hit;
  return remember(idCache, folded, sastrawi.stem(folded) || folded);
}

// Sastrawi's root-word dictionary (about 29,000 words), an object keyed by word.
const roots = (sastrawi as unknown as { internalDictionary?: Record<string, unknown> }).internalDictionary ?? {};

/** Whether a folded word is an Indonesian root word in Sastrawi's dictionary ("siaga", "kapal"). */
export function isIndonesianRoot(folded: string): boolean {
  return Object.hasOwn(roots, folded);
}

// "31st", "2nd": an ordinal's key is its number, so that "the 31st SEA Games" meets "SEA Games ke-31".
const ORDINAL_SUFFIX = /^(\d+)(?:st|nd|rd|th)$/;

/** Lemma of a folded English word. */
export function stemEnglish(folded: string): string {
  const ordinal = ORDINAL_SUFFIX.exec(folded);
  if (ordinal?.[1]) return ordinal[1];
  if (folded.length <= 3 || isNumberToken(folded)) return folded;
  const hit = enCache.get(folded);
  if (hit !== undefined) return hit;
  return remember(enCache, folded, englishLemmas(folded)[0] ?? folded);
}

/** The index key of a folded word in a text of the given language. */
export function termKey(folded: string, language: Language): string {
  return language === 'id' ? stemIndonesian(folded) : stemEnglish(folded);
}
