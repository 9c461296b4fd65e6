/**
 * IndoNLU FacQA (Apache-2.0) reader and SQuAD-style scoring. The CSV holds Python-style token
 * lists; a passage becomes an article of its own, and the gold answer is the B/I-tagged span.
 */
import { readFileSync } from 'node:fs';

export interface FacqaItem {
  question: string;
  passage: string;
  gold: string;
}

/** Split one CSV file into rows of fields (RFC 4180 quoting). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Parse a Python list literal of strings: "['Apa', \"'s\"]". */
export function parsePyList(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) out.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return out;
}

/** Join tokens into text as a person would write it: no space before punctuation. */
export function detokenize(tokens: readonly string[]): string {
  return tokens.join(' ').replace(/\s+([.,;:!?)%])/g, '$1').replace(/([(])\s+/g, '$1').replace(/\s+-\s+/g, '-');
}

/** Read FacQA rows from a CSV file. */
export function readFacqa(file: string): FacqaItem[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = (name: string) => header?.indexOf(name) ?? -1;
  const [q, p, l] = [col('question'), col('passage'), col('seq_label')];
  return rows.filter((r) => r.length >= 3).map((r) => {
    const passage = parsePyList(r[p] ?? '');
    const labels = parsePyList(r[l] ?? '');
    const gold = passage.filter((_, i) => labels[i] && labels[i] !== 'O');
    return { question: detokenize(parsePyList(r[q] ?? '')), passage: detokenize(passage), gold: gold.join(' ') };
  });
}

function normTokens(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
}

/** SQuAD-style token F1 between a prediction and the gold answer. */
export function tokenF1(prediction: string, gold: string): number {
  const p = normTokens(prediction);
  const g = normTokens(gold);
  if (!p.length || !g.length) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) { same += 1; counts.set(t, n - 1); }
  }
  if (!same) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Exact match after the same normalization. */
export function exactMatch(prediction: string, gold: string): boolean {
  return normTokens(prediction).join(' ') === normTokens(gold).join(' ');
}
