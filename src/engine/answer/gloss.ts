/**
 * Word gloss for readers who do not read the article's language: each content word followed by
 * its dictionary sense in brackets. A gloss, not a translation: word order and grammar stay.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import { isStopword } from '../text/stopwords.ts';

/** "dukungan terhadap program" → "dukungan [support] terhadap program [program]". */
export function glossText(text: string, lexicon: Lexicon, maxChars = 4000): string {
  return text.slice(0, maxChars).replace(/[\p{L}]+(?:-[\p{L}]+)*/gu, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < 3 || isStopword(lower) || /^\p{Lu}/u.test(word)) return word;
    const senses = lexicon.toEnglish(lower.replace(/-.*$/, ''));
    const sense = senses[0];
    return sense && sense !== lower ? `${word} [${sense}]` : word;
  });
}
