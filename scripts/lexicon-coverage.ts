/**
 * Dev aid: how many content words of real questions the lexicon can translate. English question
 * words are looked up towards Indonesian, Indonesian ones towards English, the way query
 * expansion does it (src/engine/retrieval/expand.ts). Names and numbers are counted apart: most
 * names need no translation.
 *   node --import tsx scripts/lexicon-coverage.ts [--shared ../shared] [--misses 30]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon, type Lexicon } from '../src/engine/lexicon/lexicon.ts';
import { analyzeQuestion } from '../src/engine/question/analyze.ts';
import { readFacqa } from './eval/facqa.ts';

const { values } = parseArgs({ options: { shared: { type: 'string', default: '../shared' }, misses: { type: 'string', default: '25' } } });
const shared = values.shared;
const lexicon = loadLexicon();

interface Tally {
  words: number;
  found: number;
  names: number;
  namesFound: number;
  misses: Map<string, number>;
}

/** Whether the lexicon translates the word, as expansion would ask for it. */
function translates(lex: Lexicon, surface: string, folded: string, language: 'en' | 'id'): boolean {
  const acronym = /^\p{Lu}{2,}$/u.test(surface);
  return lex.translate(folded, language, { acronym }).length > 0;
}

function tally(questions: readonly string[]): Tally {
  const t: Tally = { words: 0, found: 0, names: 0, namesFound: 0, misses: new Map() };
  for (const question of questions) {
    const analysis = analyzeQuestion(question);
    const language = analysis.language === 'id' ? 'id' : 'en';
    for (const word of analysis.words) {
      if (/\d/.test(word.folded)) continue;
      const ok = translates(lexicon, word.surface, word.folded, language);
      if (word.isName) {
        t.names += 1;
        if (ok) t.namesFound += 1;
        continue;
      }
      t.words += 1;
      if (ok) t.found += 1;
      else t.misses.set(`${language}:${word.folded}`, (t.misses.get(`${language}:${word.folded}`) ?? 0) + 1);
    }
  }
  return t;
}

const jsonl = (file: string): string[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q);

const sets: [string, string, () => string[]][] = [
  ['public.jsonl', join(shared, 'questions/public.jsonl'), () => jsonl(join(shared, 'questions/public.jsonl'))],
  ['dev.jsonl', join(shared, 'questions/dev.jsonl'), () => jsonl(join(shared, 'questions/dev.jsonl'))],
  ['FacQA train', join(shared, 'benchmarks/facqa/train.csv'), () => readFacqa(join(shared, 'benchmarks/facqa/train.csv')).map((i) => i.question)],
];
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
for (const [name, file, read] of sets) {
  if (!existsSync(file)) {
    console.log(`${name}: skipped, ${file} not found`);
    continue;
  }
  const t = tally(read());
  console.log(`${name}: content words ${t.found}/${t.words} translated (${pct(t.found, t.words)}); names ${t.namesFound}/${t.names} (${pct(t.namesFound, t.names)})`);
  const misses = [...t.misses].sort((a, b) => b[1] - a[1]).slice(0, Number(values.misses));
  if (misses.length) console.log(`  most frequent misses: ${misses.map(([w, n]) => `${w}${n > 1 ? `×${n}` : ''}`).join(' ')}`);
}
