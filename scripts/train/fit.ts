/**
 * Logistic models fitted by Newton's method with an L2 penalty: a binary model (answer or not)
 * and a conditional-logit model (which of a question's candidates is the answer: a softmax over
 * the candidates, one of them right). A few dozen features, so the Hessian is small and a handful
 * of iterations converge; no dependency needed.
 */

/** One question's candidates for the conditional model: feature rows and the index of the right one. */
export interface Choice {
  rows: number[][];
  answer: number;
  weight?: number;
  /** Where the question came from, for reports. */
  source?: string;
}

/** Solve A x = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const p = m[col]?.[col] ?? 0;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const f = (m[r]?.[col] ?? 0) / p;
      if (f === 0) continue;
      const row = m[r] as number[];
      const top = m[col] as number[];
      for (let c = col; c <= n; c += 1) row[c] = (row[c] ?? 0) - f * (top[c] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / ((row[i] ?? 1) || 1));
}

const dot = (w: readonly number[], x: readonly number[]): number => x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0);
const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const matrix = (n: number): number[][] => Array.from({ length: n }, () => zeros(n));

/**
 * Binary logistic regression: rows, 0/1 labels and example weights. `l2` penalizes every weight
 * but the first (the bias column). Returns the weights.
 */
export function fitBinary(rows: readonly number[][], labels: readonly number[], weights: readonly number[], l2 = 1, iterations = 30): number[] {
  const d = rows[0]?.length ?? 0;
  let w = zeros(d);
  for (let it = 0; it < iterations; it += 1) {
    const grad = zeros(d);
    const hess = matrix(d);
    rows.forEach((x, k) => {
      const p = 1 / (1 + Math.exp(-dot(w, x)));
      const c = weights[k] ?? 1;
      const e = (labels[k] ?? 0) - p;
      for (let i = 0; i < d; i += 1) {
        grad[i] = (grad[i] ?? 0) + c * e * (x[i] ?? 0);
        const hi = hess[i] as number[];
        for (let j = 0; j < d; j += 1) hi[j] = (hi[j] ?? 0) + c * p * (1 - p) * (x[i] ?? 0) * (x[j] ?? 0);
      }
    });
    for (let i = 1; i < d; i += 1) {
      grad[i] = (grad[i] ?? 0) - l2 * (w[i] ?? 0);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] ?? 0) + l2;
    }
    (hess[0] as number[])[0] = ((hess[0] as number[])[0] ?? 0) + 1e-6;
    const step = solve(hess, grad);
    w = w.map((v, i) => v + (step[i] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}

/** Conditional logit over each question's candidates. The bias column cancels and is left at 0. */
export function fitConditional(choices: readonly Choice[], l2 = 1, iterations = 40): number[] {
  const d = choices[0]?.rows[0]?.length ?? 0;
  let w = zeros(d);
  for (let it = 0; it < iterations; it += 1) {
    const grad = zeros(d);
    const hess = matrix(d);
    for (const ch of choices) {
      const c = ch.weight ?? 1;
      const scores = ch.rows.map((x) => dot(w, x));
      const top = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - top));
      const z = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / z);
      const mean = zeros(d);
      ch.rows.forEach((x, k) => x.forEach((v, i) => { mean[i] = (mean[i] ?? 0) + (p[k] ?? 0) * v; }));
      const right = ch.rows[ch.answer] ?? [];
      for (let i = 0; i < d; i += 1) grad[i] = (grad[i] ?? 0) + c * ((right[i] ?? 0) - (mean[i] ?? 0));
      ch.rows.forEach((x, k) => {
        const pk = p[k] ?? 0;
        for (let i = 0; i < d; i += 1) {
          const xi = (x[i] ?? 0) - (mean[i] ?? 0);
          if (xi === 0) continue;
          const hi = hess[i] as number[];
          for (let j = 0; j < d; j += 1) hi[j] = (hi[j] ?? 0) + c * pk * xi * ((x[j] ?? 0) - (mean[j] ?? 0));
        }
      });
    }
    for (let i = 0; i < d; i += 1) {
      grad[i] = (grad[i] ?? 0) - l2 * (w[i] ?? 0);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] ?? 0) + l2;
    }
    const step = solve(hess, grad);
    w = w.map((v, i) => v + (step[i] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}
