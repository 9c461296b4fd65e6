/** Which question term group each token of a sentence matches (-1 for none). */
import type { TermGroup } from '../retrieval/expand.ts';
import { stemEnglish, stemIndonesian } from '../text/stem.ts';
import type { Token } from '../text/tokens.ts';

/** The first group of a token in `firstGroup` by any of its keys (folded, Indonesian stem, English lemma), or -1. */
function groupOf(t: Token, firstGroup: ReadonlyMap<string, number>): number {
  const a = firstGroup.get(t.folded) ?? -1;
  const b = firstGroup.get(stemIndonesian(t.folded)) ?? -1;
  const c = firstGroup.get(stemEnglish(t.folded)) ?? -1;
  let best = a;
  if (b !== -1 && (best === -1 || b < best)) best = b;
  if (c !== -1 && (best === -1 || c < best)) best = c;
  return best;
}

function hasKey(t: Token, key: string): boolean {
  return t.folded === key || stemIndonesian(t.folded) === key || stemEnglish(t.folded) === key;
}

/**
 * For each token, the index of the first group one of whose alternatives it belongs to: a
 * single-word alternative anywhere, a phrase where its words stand next to each other. Runs for
 * every candidate sentence, so it allocates no per-token arrays or closures.
 */
export function matchTokens(tokens: readonly Token[], groups: readonly TermGroup[]): number[] {
  const firstGroup = new Map<string, number>();
  groups.forEach((g, gi) => {
    for (const alt of g.alternatives) if (alt.keys.length === 1 && alt.keys[0] !== undefined && !firstGroup.has(alt.keys[0])) firstGroup.set(alt.keys[0], gi);
  });
  const out = new Array<number>(tokens.length);
  for (let ti = 0; ti < tokens.length; ti += 1) out[ti] = groupOf(tokens[ti] as Token, firstGroup);
  for (let gi = 0; gi < groups.length; gi += 1) {
    for (const alt of groups[gi]?.alternatives ?? []) {
      const n = alt.keys.length;
      if (n < 2) continue;
      for (let ti = 0; ti + n <= tokens.length; ti += 1) {
        let all = true;
        for (let off = 0; off < n && all; off += 1) all = hasKey(tokens[ti + off] as Token, alt.keys[off] ?? '');
        if (!all) continue;
        for (let off = 0; off < n; off += 1) {
          const current = out[ti + off] ?? -1;
          if (current === -1 || gi < current) out[ti + off] = gi;
        }
      }
    }
  }
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
  return keys.has(t.folded) || keys.has(stemIndonesian(t.folded)) || keys.has(stemEnglish(t.folded));
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
