/**
 * A UD sentence seen through the engine's tokenizer: the tokens `tokenize()` finds in the sentence
 * text, each with the UD words it covers and one gold tag. Training and evaluation both use this
 * view, because the runtime tagger only ever sees these tokens.
 *
 * Alignment rules, by character offsets:
 * - a token that is one UD word takes its tag ("Jakarta" PROPN);
 * - a token inside one UD word takes that word's tag ("nama-nama" NOUN gives "nama", "nama" NOUN);
 * - a multiword token takes the tag of its host, the first word ("bukunya" = buku NOUN + nya PRON
 *   → NOUN, "menyetujuinya" → VERB, "apakah" → ADV): the host is the content an answer needs;
 *   a proclitic ku-/kau- is skipped to reach its host ("kuambil" → VERB);
 * - a token over several UD tokens is NUM if one of them is ("Rp42,03" = Rp NOUN + 42,03 NUM),
 *   else takes the first one's tag.
 */
import { tokenize, type Token } from '../../src/engine/text/tokens.ts';
import type { UdSentence, UdWord } from './conllu.ts';

/** A sentence in the engine's token view, with gold tags. */
export interface ViewSentence {
  id: string;
  text: string;
  tokens: Token[];
  /** Gold UPOS of each token. */
  gold: string[];
  /** IDs of the UD words each token overlaps, in order. */
  wordIds: number[][];
  words: readonly UdWord[];
}

const PROCLITICS = new Set(['ku', 'kau']);

/** Offsets of each surface token in the text, found left to right; null if one is missing. */
function locateSurfaces(sentence: UdSentence): { start: number; end: number }[] | null {
  const spans: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const surface of sentence.surfaces) {
    const at = sentence.text.indexOf(surface.form, cursor);
    if (at < 0) return null;
    spans.push({ start: at, end: at + surface.form.length });
    cursor = at + surface.form.length;
  }
  return spans;
}

function hostTag(words: readonly UdWord[]): string {
  const host = words.find((w, k) => !(PROCLITICS.has(w.form.toLowerCase()) && k < words.length - 1)) ?? words[0];
  return host?.upos ?? 'X';
}

/** Builds the token view of one UD sentence; null when its surface tokens are not in its text. */
export function viewOf(sentence: UdSentence): ViewSentence | null {
  const spans = locateSurfaces(sentence);
  if (spans === null) return null;
  const byId = new Map(sentence.words.map((w) => [w.id, w]));
  const tokens = tokenize(sentence.text);
  const gold: string[] = [];
  const wordIds: number[][] = [];
  for (const token of tokens) {
    const covered = sentence.surfaces.filter((_, k) => {
      const span = spans[k];
      return span !== undefined && span.start < token.end && span.end > token.start;
    });
    const words = covered.map((s) => s.words.map((id) => byId.get(id)).filter((w): w is UdWord => w !== undefined));
    wordIds.push(words.flat().map((w) => w.id));
    if (words.length === 1) gold.push(hostTag(words[0] ?? []));
    else gold.push(words.flat().some((w) => w.upos === 'NUM') ? 'NUM' : hostTag(words[0] ?? []));
  }
  return { id: sentence.id, text: sentence.text, tokens, gold, wordIds, words: sentence.words };
}

/** The token views of a list of sentences, dropping (and counting) those that cannot be aligned. */
export function viewsOf(sentences: readonly UdSentence[]): { views: ViewSentence[]; dropped: number } {
  const views: ViewSentence[] = [];
  let dropped = 0;
  for (const sentence of sentences) {
    const view = viewOf(sentence);
    if (view === null) dropped += 1;
    else views.push(view);
  }
  return { views, dropped };
}
