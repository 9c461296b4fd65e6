/** The trainer's logistic fits recover the weights that generated synthetic data. */
import { describe, expect, it } from 'vitest';
import { fitBinary, fitConditional, type Choice } from '../../scripts/train/fit.ts';

/** A deterministic pseudo-random sequence (LCG), so the test never flakes. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

describe('logistic fits', () => {
  it('GIVEN labels drawn from a known logistic model WHEN fitted THEN the weights come back close', () => {
    const next = random(7);
    const truth = [-0.5, 2, -1];
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i += 1) {
      const x = [1, next() * 2 - 1, next() * 2 - 1];
      const p = 1 / (1 + Math.exp(-(x[0]! * truth[0]! + x[1]! * truth[1]! + x[2]! * truth[2]!)));
      rows.push(x);
      labels.push(next() < p ? 1 : 0);
    }
    const w = fitBinary(rows, labels, rows.map(() => 1), 0.01);
    w.forEach((v, i) => expect(v).toBeCloseTo(truth[i] ?? 0, 0));
  });

  it('GIVEN choices where one feature picks the right candidate WHEN fitted conditionally THEN that feature weighs most and ranks the right one first', () => {
    const next = random(11);
    const choices: Choice[] = [];
    for (let q = 0; q < 300; q += 1) {
      const rows = [0, 1, 2, 3].map(() => [1, next(), next() < 0.5 ? 1 : 0]);
      const answer = rows.reduce((best, r, i) => ((r[1] ?? 0) + 0.3 * (r[2] ?? 0) > ((rows[best]?.[1] ?? 0) + 0.3 * (rows[best]?.[2] ?? 0)) ? i : best), 0);
      choices.push({ rows, answer });
    }
    const w = fitConditional(choices, 0.01);
    expect(w[0]).toBeCloseTo(0, 6);
    expect(w[1]).toBeGreaterThan(w[2] ?? 0);
    expect(w[2]).toBeGreaterThan(0);
  });
});
