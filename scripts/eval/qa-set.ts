/**
 * Question sets in the dev.jsonl format (../shared/questions/README.md), scored in process exactly
 * as ../shared/tools/score-qa.py scores them through the CLI: each article asked on its own, lines
 * sharing a `conv` one conversation; the short answer must contain one of `answer_any` (with
 * `loose`, the top citation may hold it), one of the top 3 citations one of `cite_any`, and
 * `not_found` lines need found=false.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, newConversation, type Answer, type Conversation, type Engine, type EngineOptions } from '../../src/engine/index.ts';

export interface QaItem {
  article: string;
  q: string;
  answer_any?: string[];
  cite_any?: string[];
  loose?: boolean;
  not_found?: boolean;
  conv?: string;
  split?: string;
}

export interface QaResult {
  item: QaItem;
  answer: Answer;
  ok: boolean;
  why: string;
  kind: string;
  language: 'en' | 'id';
}

/** The scorer's folding: NFKD, ASCII only, lowercase, single spaces. */
export function norm(s: string | null | undefined): string {
  // Python's encode('ascii', 'ignore') after NFKD: every code point above 127 goes.
  const ascii = [...(s ?? '').normalize('NFKD')].filter((c) => c.charCodeAt(0) < 128).join('');
  return ascii.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

/** The scorer's question kind (for the breakdown only). */
export function kindOf(it: QaItem): string {
  if (it.not_found) return 'not-found';
  const q = norm(it.q);
  const rules: [string, RegExp][] = [
    ['who', /\b(who|whom|whose|siapa|siapakah)\b/], ['when', /\b(when|kapan|kapankah|tanggal|hari apa|jam berapa|what time)\b/],
    ['where', /\b(where|di ?mana|dimana|ke ?mana|mana)\b/], ['how-many', /\b(how (many|much|long|old|far)|berapa)\b/],
    ['why', /\b(why|mengapa|kenapa)\b/], ['what', /\b(what|which|apa|apakah|bagaimana|how)\b/],
  ];
  return rules.find(([, re]) => re.test(q))?.[0] ?? 'other';
}

/** The scorer's question language (for the breakdown only). */
export function languageOf(it: QaItem): 'en' | 'id' {
  return /\b(siapa|kapan|apa|berapa|mengapa|kenapa|bagaimana|dimana|di mana|yang|dan|ini|itu|dari|untuk|sih|brp|yg)\b/.test(norm(it.q)) ? 'id' : 'en';
}

/** Why an answer fails the item ('' when it passes). */
export function judgeQa(it: QaItem, out: Answer): string {
  if (it.not_found) return out.found ? `expected not found, got '${out.answer}'` : '';
  if (!out.found) return 'found=false';
  const answer = norm(out.answer);
  const top = norm(out.citations[0]?.excerpt);
  const hay = it.loose ? `${answer} || ${top}` : answer;
  const okAnswer = (it.answer_any ?? []).some((a) => hay.includes(norm(a)));
  const okCite = !it.cite_any?.length || it.cite_any.some((c) => out.citations.slice(0, 3).some((x) => norm(x.excerpt).includes(norm(c))));
  const why: string[] = [];
  if (!okAnswer) why.push(`answer '${out.answer}', wanted one of ${JSON.stringify((it.answer_any ?? []).slice(0, 3))}`);
  if (!okCite) why.push(`top-3 citations lack '${it.cite_any?.[0] ?? ''}'`);
  return why.join('; ');
}

/** Read a JSONL question file. */
export function readQaSet(file: string): QaItem[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as QaItem);
}

/**
 * Ask every item of the set, each article in an engine of its own. `onAsk` sees each question
 * before it is asked (with the engine and the conversation), for tracing.
 */
export function runQaSet(items: readonly QaItem[], articlesDir: string, engineOptions: (options: EngineOptions) => EngineOptions = (o) => o, onAsk?: (it: QaItem, engine: Engine, conversation: Conversation) => void): QaResult[] {
  const byArticle = new Map<string, QaItem[]>();
  for (const it of items) byArticle.set(it.article, [...(byArticle.get(it.article) ?? []), it]);
  const results: QaResult[] = [];
  for (const [article, its] of byArticle) {
    const text = readFileSync(join(articlesDir, `${article}.txt`), 'utf8');
    const engine = createEngine([{ id: article, text }], engineOptions({}));
    let conversation = newConversation();
    let previous: string | undefined;
    for (const it of its) {
      if (!(it.conv && it.conv === previous)) conversation = newConversation();
      previous = it.conv;
      onAsk?.(it, engine, conversation);
      const answer = engine.ask(it.q, { conversation });
      const why = judgeQa(it, answer);
      results.push({ item: it, answer, ok: why === '', why, kind: kindOf(it), language: languageOf(it) });
    }
  }
  return results;
}

/** Lines of the breakdown table, as the scorer prints it. */
export function qaTable(results: readonly QaResult[]): string[] {
  const lines: string[] = [];
  const groups: [string, (r: QaResult) => string][] = [['article', (r) => r.item.article], ['language', (r) => r.language], ['kind', (r) => r.kind]];
  for (const [name, key] of groups) {
    lines.push(`by ${name}:`);
    const tally = new Map<string, [number, number]>();
    for (const r of results) {
      const t = tally.get(key(r)) ?? [0, 0];
      tally.set(key(r), [t[0] + (r.ok ? 1 : 0), t[1] + 1]);
    }
    for (const [k, [ok, n]] of [...tally].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`  ${k.padEnd(28)} ${String(ok).padStart(3)}/${String(n).padEnd(3)} ${((100 * ok) / n).toFixed(0).padStart(4)}%`);
  }
  return lines;
}

/** The one-line summary: correct, and answers given to unanswerable questions. */
export function qaSummary(name: string, results: readonly QaResult[]): string {
  const ok = results.filter((r) => r.ok).length;
  const falseAnswers = results.filter((r) => r.item.not_found && !r.ok).length;
  return `${name}: ${ok}/${results.length} correct (${((100 * ok) / Math.max(1, results.length)).toFixed(0)}%); answers given to unanswerable questions: ${falseAnswers}`;
}
