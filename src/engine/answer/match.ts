/** Which question term group each token of a sentence matches (-1 for none). */
import type { TermGroup } from '../retrieval/expand.ts';
import { stemEnglish, stemIndonesian } from '../text/stem.ts';
import type { Token } from '../text/tokens.ts';

function keysOf(t: Token): string[] {
  return [stemIndonesian(t.folded), stemEnglish(t.folded), t.folded];
}

/** For each token, the index of the first group one of whose alternatives it belongs to. */
export function matchTokens(tokens: readonly Token[], groups: readonly TermGroup[]): number[] {
  const tokenKeys = tokens.map(keysOf);
  const out = new Array<number>(tokens.length).fill(-1);
  groups.forEach((g, gi) => {
    for (const alt of g.alternatives) {
      if (alt.keys.length === 1) {
        const key = alt.keys[0];
        tokenKeys.forEach((keys, ti) => { if (out[ti] === -1 && key !== undefined && keys.includes(key)) out[ti] = gi; });
        continue;
      }
      // A phrase matches where its words stand next to each other.
      for (let ti = 0; ti + alt.keys.length <= tokens.length; ti += 1) {
        if (alt.keys.every((k, off) => tokenKeys[ti + off]?.includes(k))) {
          for (let off = 0; off < alt.keys.length; off += 1) if (out[ti + off] === -1) out[ti + off] = gi;
        }
      }
    }
  });
  return out;
}

/** Keys of every alternative of the groups: used to tell answer spans from question words. */
export function questionKeys(groups: readonly TermGroup[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) for (const a of g.alternatives) for (const k of a.keys) out.add(k);
  return out;
}

/** Whether a token belongs to the question (one of its keys). */
export function inQuestion(t: Token, keys: ReadonlySet<string>): boolean {
  return keysOf(t).some((k) => keys.has(k));
}

/**
 * Share of a token range's words that belong to the question, not counting the head noun
 * ("Bandara Pyara" answers "nama bandara …?" though "bandara" is in the question).
 */
export function overlapWithQuestion(tokens: readonly Token[], first: number, last: number, keys: ReadonlySet<string>, head: string | null = null): number {
  let total = 0;
  let inQuestionCount = 0;
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    if (!t || t.folded === head) continue;
    total += 1;
    if (inQuestion(t, keys)) inQuestionCount += 1;
  }
  return total ? inQuestionCount / total : 0;
}
