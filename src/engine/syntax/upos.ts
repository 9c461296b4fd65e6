/**
 * The 17 universal part-of-speech tags of Universal Dependencies v2
 * (https://universaldependencies.org/u/pos/), the tag set of every tagger in this folder.
 */

/** All UPOS tags, in the order the Indonesian model numbers them. */
export const UPOS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM',
  'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;

/** A universal part-of-speech tag. */
export type Upos = (typeof UPOS_TAGS)[number];

const TAG_SET: ReadonlySet<string> = new Set(UPOS_TAGS);

/** Whether a string is one of the 17 UPOS tags (model files and other taggers are checked with it). */
export function isUpos(tag: string): tag is Upos {
  return TAG_SET.has(tag);
}

/** The part of a sentence a tagger works on: a word token with its offsets in the sentence text. */
export interface TaggableToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}
