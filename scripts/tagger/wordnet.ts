/**
 * Word classes from Wordnet Bahasa (MIT): each single-word Indonesian lemma with the parts of
 * speech of its synsets, as a sorted class string ("a", "n", "nv", …). They give the tagger a
 * guess for words the small treebanks never show ("mempercepat" is a verb in the wordnet).
 */
import { readFileSync } from 'node:fs';

/** Word → class string ("n" noun, "v" verb, "a" adjective, "r" adverb), from wn-data-ind.tab. */
export function readWordnetClasses(path: string): Map<string, string> {
  const sets = new Map<string, Set<string>>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [offset, kind, lemma] = line.split('\t');
    if (kind !== 'ind:lemma' || offset === undefined || lemma === undefined) continue;
    const word = lemma.trim().toLowerCase();
    // Multiword lemmas ("juru bicara") never match one token; satellite adjectives (s) are adjectives.
    if (!/^[\p{L}]+$/u.test(word)) continue;
    const pos = offset.slice(-1) === 's' ? 'a' : offset.slice(-1);
    const set = sets.get(word) ?? new Set<string>();
    set.add(pos);
    sets.set(word, set);
  }
  return new Map([...sets].map(([word, set]) => [word, [...set].sort().join('')]));
}
