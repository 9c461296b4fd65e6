/**
 * Gold base noun phrases from a UD dependency tree, in the engine's token view, to measure the
 * chunker (src/engine/syntax/phrases.ts) against annotation rather than by eye.
 *
 * Definition: a nominal word (NOUN, PROPN, PRON) with the dependents it reaches, recursively,
 * through det, amod, nmod (including nmod:poss), compound, flat, nummod, appos and clf, except a
 * dependent that has a `case` child of its own ("anggota [dari partai]" is a prepositional
 * modifier, not part of the base NP). The phrase is the largest unbroken run of words around the
 * head that all belong to that set (so punctuation, a "yang" clause or a conjunct ends it); runs
 * inside another phrase's run are not phrases of their own. Our tokens belong to the phrase of
 * their host word (the first UD word they cover).
 */
import type { Phrase } from '../../src/engine/syntax/phrases.ts';
import type { UdWord } from './conllu.ts';
import type { ViewSentence } from './view.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const INSIDE = new Set(['det', 'amod', 'nmod', 'compound', 'flat', 'nummod', 'appos', 'clf']);

function members(head: UdWord, children: ReadonlyMap<number, UdWord[]>): Set<number> {
  const set = new Set<number>([head.id]);
  const stack = [head];
  while (stack.length > 0) {
    const word = stack.pop() as UdWord;
    for (const child of children.get(word.id) ?? []) {
      if (!INSIDE.has(child.deprel.split(':')[0] ?? '')) continue;
      if ((children.get(child.id) ?? []).some((c) => c.deprel === 'case')) continue;
      set.add(child.id);
      stack.push(child);
    }
  }
  return set;
}

/** Gold base NPs of a sentence, as token ranges with their head token. */
export function goldNounPhrases(view: ViewSentence): Phrase[] {
  const children = new Map<number, UdWord[]>();
  for (const word of view.words) children.set(word.head, [...(children.get(word.head) ?? []), word]);
  // Word spans: the unbroken run of members around each nominal head.
  const spans: { from: number; to: number; head: number }[] = [];
  for (const word of view.words) {
    if (!NOMINAL.has(word.upos) || word.form.toLowerCase() === 'yang') continue;
    const set = members(word, children);
    let from = word.id;
    let to = word.id;
    while (set.has(from - 1)) from -= 1;
    while (set.has(to + 1)) to += 1;
    spans.push({ from, to, head: word.id });
  }
  const outer = spans.filter((s) => !spans.some((o) => o !== s && o.from <= s.from && o.to >= s.to && (o.from < s.from || o.to > s.to)));
  // To tokens: a token is in a span when its host word is.
  const out: Phrase[] = [];
  const seen = new Set<string>();
  for (const span of outer) {
    const inside = view.wordIds.map((ids, i) => ((ids[0] ?? -1) >= span.from && (ids[0] ?? -1) <= span.to ? i : -1)).filter((i) => i >= 0);
    const head = view.wordIds.findIndex((ids) => ids.includes(span.head));
    if (inside.length === 0 || head < 0) continue;
    const phrase = { start: inside[0] as number, end: (inside[inside.length - 1] as number) + 1, head };
    const key = `${phrase.start}-${phrase.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(phrase);
  }
  return out.sort((a, b) => a.start - b.start);
}
