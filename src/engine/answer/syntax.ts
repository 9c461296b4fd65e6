/**
 * A sentence's tags and chunks for answer extraction, read once per sentence: which noun phrase
 * stands right before a matched verb (its subject), right after it (its object), or after a
 * preposition. Tagging is a pure function of the sentence, so the results are memoized.
 *
 * Example: "Presiden Joko Widodo meninjau harga … di Pasar Jatinegara" (question verb "inspect" →
 * tinjau): NP "Presiden Joko Widodo" is the subject of the matched VP "meninjau", NP "harga …" its
 * object, and "Pasar Jatinegara" follows the PP "di".
 */
import { chunkSentence, type Chunk } from '../syntax/phrases.ts';
import { tagSentence, type Upos } from '../syntax/tagger.ts';
import type { Token } from '../text/tokens.ts';
import type { Language } from '../types.ts';

export interface SentenceSyntax {
  tags: readonly Upos[];
  chunks: readonly Chunk[];
  /** Per token: the index of its chunk. */
  chunkOf: Int32Array;
}

const CACHE = new Map<string, SentenceSyntax>();
const CACHE_LIMIT = 2000;

/** Tags and chunks of a sentence (its engine tokens), memoized by language and text. */
export function syntaxOf(text: string, tokens: readonly Token[], language: Language): SentenceSyntax {
  const key = `${language}\u0000${text}`;
  const known = CACHE.get(key);
  if (known && known.tags.length === tokens.length) return known;
  const tags = tagSentence(text, tokens, language);
  const chunks = chunkSentence(text, tokens, tags, language);
  const chunkOf = new Int32Array(tokens.length);
  chunks.forEach((c, ci) => {
    for (let i = c.start; i < c.end; i += 1) chunkOf[i] = ci;
  });
  const value = { tags, chunks, chunkOf };
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(key, value);
  return value;
}

/** Where a token range stands relative to the verb groups that hold a matched question word. */
export interface SyntacticRole {
  /** The noun phrase right before a matched verb group. */
  subject: boolean;
  /** The noun phrase right after a matched verb group (or after it and a preposition). */
  object: boolean;
  /** The range is (inside) a noun phrase. */
  nounPhrase: boolean;
}

/**
 * The syntactic role of tokens [first, last] given which tokens match a question predicate.
 * "Right before/after" allows one chunk in between when it is a preposition or another noun phrase
 * ("Batik Air kemudian melanjutkan" — an adverb; "memberikan dukungan kepada Korea").
 */
export function roleOf(syntax: SentenceSyntax, first: number, last: number, isPredicate: (token: number) => boolean): SyntacticRole {
  const { chunks, chunkOf } = syntax;
  const from = chunkOf[first] ?? 0;
  const to = chunkOf[last] ?? from;
  const matchedVerb = (ci: number): boolean => {
    const c = chunks[ci];
    if (!c || c.kind !== 'VP') return false;
    for (let i = c.start; i < c.end; i += 1) if (isPredicate(i)) return true;
    return false;
  };
  // Between a subject and its verb: coordinated or modifying phrases ("Ukraina dan sekutunya
  // menuduh", "Rusia, menurut Rutte, memberikan"); between a verb and its object: a preposition.
  let subject = false;
  for (let ci = to + 1, steps = 0; ci < chunks.length && steps < 4; ci += 1, steps += 1) {
    if (matchedVerb(ci)) { subject = true; break; }
    const kind = chunks[ci]?.kind;
    if (kind === 'VP') break;
  }
  let object = false;
  for (let ci = from - 1, steps = 0; ci >= 0 && steps < 2; ci -= 1, steps += 1) {
    if (matchedVerb(ci)) { object = true; break; }
    const kind = chunks[ci]?.kind;
    if (kind !== 'PP' && kind !== 'O') break;
  }
  const nounPhrase = chunks[from]?.kind === 'NP' && from === to;
  return { subject, object, nounPhrase };
}

/** The noun phrases of a sentence headed by a common noun, as token ranges [first, last]. */
export function commonNounPhrases(syntax: SentenceSyntax): [number, number][] {
  return syntax.chunks.filter((c) => c.kind === 'NP' && syntax.tags[c.head] === 'NOUN').map((c) => [c.start, c.end - 1]);
}
