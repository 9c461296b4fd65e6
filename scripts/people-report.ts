/**
 * Developer aid: the people (name, aliases, titles) and quotes (speaker, kind, text) ingestion finds
 * in every article of the given folders, printed for checking by eye, and the time ingestion took.
 *   node --import tsx scripts/people-report.ts [--quotes=false] [--explain] [--article ID] [DIR …]
 * --explain also lists every name weighed as a person, with its evidence and score (x = rejected).
 * Without folders: test/fixtures/qa/articles, test/fixtures/articles-qa, test/fixtures/articles and
 * ../shared/articles (when present). Reads the folders; writes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { explainPeople } from '../src/engine/ingest/people.ts';
import { prepareArticle } from '../src/engine/ingest/prepare.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    quotes: { type: 'string', default: 'true' },
    explain: { type: 'boolean', default: false },
    article: { type: 'string' },
  },
});
const folders = positionals.length > 0 ? positionals : ['test/fixtures/qa/articles', 'test/fixtures/articles-qa', 'test/fixtures/articles', '../shared/articles'];
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

let people = 0;
let quotes = 0;
let ms = 0;
for (const dir of folders.filter((d) => existsSync(d))) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const id = file.replace(/\.txt$/u, '');
    if (values.article && id !== values.article) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const t0 = performance.now();
    const a = prepareArticle({ id, text }).analyzeNow();
    ms += performance.now() - t0;
    console.log(`\n=== ${dir}/${file} [${a.language}]`);
    for (const p of a.people) {
      const aliases = p.aliases.length > 0 ? ` (${p.aliases.join(', ')})` : '';
      const titles = p.titles.length > 0 ? ` — ${p.titles.map((t) => `«${t}»`).join(' ')}` : '';
      console.log(`  P ${p.name}${aliases}${titles}`);
    }
    people += a.people.length;
    if (values.explain) {
      for (const e of explainPeople(a.paragraphs, a.meta.datelineText ?? null)) console.log(`    ${e.person ? '+' : 'x'} ${e.name} [${e.score}] ${e.evidence.join(' ')}`);
    }
    if (values.quotes !== 'false') {
      for (const q of a.quotes) console.log(`  Q ¶${q.paragraph} ${q.kind === 'direct' ? 'D' : 'R'} ${q.speaker}: ${clip(q.text, 90)}`);
    }
    quotes += a.quotes.length;
  }
}
console.log(`\n${people} people, ${quotes} quotes; prepare + analyze ${ms.toFixed(0)} ms`);
