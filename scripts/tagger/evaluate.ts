/**
 * Tagging accuracy over token-view sentences: all tokens, and separately the unknown ones (whose
 * normalized word never occurs in the training sentences), with the most frequent confusions.
 */
import { normalizeWord } from '../../src/engine/syntax/features.ts';
import type { Token } from '../../src/engine/text/tokens.ts';
import type { ViewSentence } from './view.ts';

/** Accuracy figures of one evaluation. */
export interface Accuracy {
  tokens: number;
  correct: number;
  unknown: number;
  unknownCorrect: number;
  /** "GOLD→GUESS" → count, most frequent first. */
  confusions: [string, number][];
}

/** Normalized words of the training sentences: what "known" means for the unknown-word figure. */
export function vocabularyOf(views: readonly ViewSentence[]): Set<string> {
  return new Set(views.flatMap((v) => v.tokens.map((t) => normalizeWord(t.text))));
}

/** Tags every sentence with `tag` and compares with its gold tags. */
export function evaluate(
  views: readonly ViewSentence[],
  tag: (text: string, tokens: readonly Token[]) => readonly string[],
  known: ReadonlySet<string>,
): Accuracy {
  const result: Accuracy = { tokens: 0, correct: 0, unknown: 0, unknownCorrect: 0, confusions: [] };
  const confusions = new Map<string, number>();
  for (const view of views) {
    const guesses = tag(view.text, view.tokens);
    view.tokens.forEach((token, i) => {
      const gold = view.gold[i] ?? '';
      const ok = guesses[i] === gold;
      const isUnknown = !known.has(normalizeWord(token.text));
      result.tokens += 1;
      result.correct += ok ? 1 : 0;
      result.unknown += isUnknown ? 1 : 0;
      result.unknownCorrect += isUnknown && ok ? 1 : 0;
      if (!ok) {
        const key = `${gold}→${guesses[i] ?? '?'}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
      }
    });
  }
  result.confusions = [...confusions].sort((a, b) => b[1] - a[1]);
  return result;
}

/** "93.12 % of 10,234 tokens; unknown 81.40 % of 1,620" */
export function formatAccuracy(a: Accuracy): string {
  const pct = (x: number, n: number): string => (n === 0 ? 'n/a' : `${((100 * x) / n).toFixed(2)} %`);
  return `${pct(a.correct, a.tokens)} of ${a.tokens.toLocaleString('en')} tokens; unknown words ${pct(a.unknownCorrect, a.unknown)} of ${a.unknown.toLocaleString('en')}`;
}
