/**
 * Base noun phrases and a flat chunk sequence (NP / VP / PP / O) from part-of-speech tags, so that
 * an answer can be "the NP right after the verb" or "the NP headed by the question's noun".
 *
 * Indonesian is head-initial: "(DET|NUM)* head (NOUN|PROPN|ADJ|NUM|DET|X)* PRON?", the head the
 * first NOUN/PROPN, a pronoun after it its possessor ("rencana kita"). English:
 * "(DET)? (ADJ|NUM|NOUN|PROPN)* head", the head the last NOUN/PROPN, a possessor inside
 * ("South Korea's president", headed by president). A pronoun alone is an NP. No phrase crosses
 * punctuation (a comma, quote, parenthesis, colon or period between two tokens), "yang" (a
 * relative clause) or a verb; a number standing alone ("Rp12,5 ribu", "2022") is an O chunk, left
 * to the engine's number and date rules. For
 *   "Sekretaris Jenderal NATO Mark Rutte mengatakan Rusia mendukung program nuklir Korea Utara."
 *   NP[Sekretaris … Rutte] VP[mengatakan] NP[Rusia] VP[mendukung] NP[program … Utara]
 * with heads Sekretaris, Rusia, program.
 */
import type { Language } from '../types.ts';
import { gapSignature } from './features.ts';
import type { TaggableToken, Upos } from './upos.ts';

/** A run of tokens [start, end) (token indices) with the index of its head token. */
export interface Phrase {
  start: number;
  end: number;
  head: number;
}

/** Kinds of chunks: noun phrase, verb group, preposition, anything else (one token each). */
export type ChunkKind = 'NP' | 'VP' | 'PP' | 'O';

/** A chunk of a sentence; chunks cover every token once, in order. */
export interface Chunk extends Phrase {
  kind: ChunkKind;
}

/** English possessive determiners: tagged PRON by UD, but they open a noun phrase ("its rate"). */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** A possessive the tokenizer dropped ("Korea's president"): it joins two nouns, it does not part them. */
const POSSESSIVE_GAP = /^['’]s\s+$/;

/**
 * For each token, whether punctuation stands between it and the next one. A bare hyphen
 * ("Soekarno-Hatta") and a dropped possessive "'s" do not count.
 */
export function breaksAfter(text: string, tokens: readonly TaggableToken[]): boolean[] {
  return tokens.map((token, i) => {
    const next = tokens[i + 1];
    if (next === undefined) return true;
    const gap = gapSignature(text, token.end, next.start);
    return gap !== '' && gap !== 'h' && !POSSESSIVE_GAP.test(text.slice(token.end, next.start));
  });
}

const isNominal = (tag: Upos | undefined): boolean => tag === 'NOUN' || tag === 'PROPN';

function indonesianPhrase(tokens: readonly TaggableToken[], tags: readonly Upos[], breaks: readonly boolean[], i: number): Phrase | null {
  // Optional determiners and numerals before the head: "para pejabat", "tiga orang".
  let head = i;
  while ((tags[head] === 'DET' || tags[head] === 'NUM') && !breaks[head] && head + 1 < tags.length) head += 1;
  if (!isNominal(tags[head])) head = i;
  if (!isNominal(tags[head])) return tags[i] === 'PRON' && tokens[i]?.text.toLowerCase() !== 'yang' ? { start: i, end: i + 1, head: i } : null;
  let end = head + 1;
  while (end < tags.length && !breaks[end - 1]) {
    const tag = tags[end];
    // A pronoun after the head is its possessor and closes the phrase ("rencana kita").
    if (tag === 'PRON' && tokens[end]?.text.toLowerCase() !== 'yang') {
      end += 1;
      break;
    }
    // X: foreign words inside a name or term ("peringkat Sovereign Indonesia").
    if (!(isNominal(tag) || tag === 'ADJ' || tag === 'NUM' || tag === 'DET' || tag === 'X')) break;
    end += 1;
  }
  return { start: i, end, head };
}

function englishPhrase(tokens: readonly TaggableToken[], tags: readonly Upos[], breaks: readonly boolean[], i: number): Phrase | null {
  const opener = tags[i] === 'DET' || (tags[i] === 'PRON' && POSSESSIVES.has(tokens[i]?.text.toLowerCase() ?? ''));
  let end = opener ? i + 1 : i;
  let head = -1;
  if (!opener || !breaks[i]) {
    while (end < tags.length) {
      const tag = tags[end];
      if (!(isNominal(tag) || tag === 'ADJ' || tag === 'NUM')) break;
      if (isNominal(tag)) head = end;
      end += 1;
      if (breaks[end - 1]) break;
    }
  }
  if (head < 0) return tags[i] === 'PRON' && !opener ? { start: i, end: i + 1, head: i } : null;
  // Words after the last noun ("the price higher") are not part of the phrase.
  return { start: i, end: head + 1, head };
}

/** Base noun phrases of a tagged sentence, left to right, never overlapping. */
export function baseNounPhrases(text: string, tokens: readonly TaggableToken[], tags: readonly Upos[], language: Language): Phrase[] {
  const breaks = breaksAfter(text, tokens);
  const phrase = language === 'id' ? indonesianPhrase : englishPhrase;
  const out: Phrase[] = [];
  for (let i = 0; i < tags.length; ) {
    const found = phrase(tokens, tags, breaks, i);
    if (found === null) {
      i += 1;
      continue;
    }
    out.push(found);
    i = found.end;
  }
  return out;
}

/**
 * A verb group from token i: adverbs and particles ("tidak", "juga", "not") only when a verb or
 * auxiliary follows them; the head is the last verb (else the last auxiliary).
 */
function verbGroup(tags: readonly Upos[], breaks: readonly boolean[], i: number): Phrase | null {
  let end = i;
  let head = -1;
  let auxiliary = -1;
  while (end < tags.length) {
    const tag = tags[end];
    if (tag === 'VERB') head = end;
    else if (tag === 'AUX') auxiliary = end;
    else if (tag !== 'ADV' && tag !== 'PART') break;
    end += 1;
    if (breaks[end - 1]) break;
  }
  const last = Math.max(head, auxiliary);
  if (last < 0) return null;
  return { start: i, end: last + 1, head: head >= 0 ? head : auxiliary };
}

/** The sentence as chunks: base NPs, verb groups (VP), prepositions (PP), other tokens (O). */
export function chunkSentence(text: string, tokens: readonly TaggableToken[], tags: readonly Upos[], language: Language): Chunk[] {
  const breaks = breaksAfter(text, tokens);
  const nounPhrases = new Map(baseNounPhrases(text, tokens, tags, language).map((p) => [p.start, p]));
  const out: Chunk[] = [];
  for (let i = 0; i < tags.length; ) {
    const np = nounPhrases.get(i);
    const vp = np === undefined ? verbGroup(tags, breaks, i) : null;
    const chunk: Chunk =
      np !== undefined ? { kind: 'NP', ...np }
      : vp !== null ? { kind: 'VP', ...vp }
      : { kind: tags[i] === 'ADP' ? 'PP' : 'O', start: i, end: i + 1, head: i };
    out.push(chunk);
    i = chunk.end;
  }
  return out;
}
