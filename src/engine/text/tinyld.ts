/**
 * tinyld, loaded on first use: it takes ~180 ms to load and most questions and articles are
 * decided by their function words without it, so start-up does not pay for it.
 */
import { createRequire } from 'node:module';

interface Guess {
  lang: string;
  accuracy: number;
}

interface TinyLd {
  detect(text: string, options?: { only?: string[] }): string;
  detectAll(text: string, options?: { only?: string[] }): Guess[];
}

let loaded: TinyLd | undefined;

function tinyld(): TinyLd {
  loaded ??= createRequire(import.meta.url)('tinyld') as TinyLd;
  return loaded;
}

/** tinyld's best language for the text among `only`. */
export function detect(text: string, options: { only: string[] }): string {
  return tinyld().detect(text, options);
}

/** tinyld's guesses for the text among `only`, best first. */
export function detectAll(text: string, options: { only: string[] }): Guess[] {
  return tinyld().detectAll(text, options);
}
