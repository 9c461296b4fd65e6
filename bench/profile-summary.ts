/**
 * Summarize a V8 .cpuprofile (from `node --cpu-prof`, or `npm run bench -- --profile DIR`): the
 * functions with the most self time and the most total (inclusive) time.
 *   npx tsx bench/profile-summary.ts FILE.cpuprofile [--top 25] [--filter src/engine]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionCost {
  name: string;
  selfMs: number;
  totalMs: number;
}

/** Self and inclusive time per function (recursion counted once per stack). */
export function summarizeProfile(profile: Profile): FunctionCost[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const nameOf = (n: ProfileNode) => {
    const file = n.callFrame.url.replace(/^file:\/\//, '').replace(/^.*\/(src|bench|node_modules|scripts)\//, '$1/');
    return `${n.callFrame.functionName || '(anonymous)'} ${file ? `${file}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
  };
  const cost = new Map<string, FunctionCost>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const self = nameOf(node);
    const entry = cost.get(self) ?? { name: self, selfMs: 0, totalMs: 0 };
    entry.selfMs += us / 1000;
    cost.set(self, entry);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const name = nameOf(n);
      if (seen.has(name)) continue;
      seen.add(name);
      const e = cost.get(name) ?? { name, selfMs: 0, totalMs: 0 };
      e.totalMs += us / 1000;
      cost.set(name, e);
    }
  }
  return [...cost.values()];
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, filter: { type: 'string', default: '' } } });
  const top = Number(values.top);
  for (const file of positionals) {
    const costs = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as Profile).filter((c) => c.name.includes(values.filter ?? ''));
    console.log(`\n${file}\n-- self time --`);
    for (const c of [...costs].sort((a, b) => b.selfMs - a.selfMs).slice(0, top)) console.log(`${c.selfMs.toFixed(0).padStart(8)} ms  ${c.name}`);
    console.log('-- total (inclusive) time --');
    for (const c of [...costs].sort((a, b) => b.totalMs - a.totalMs).slice(0, top)) console.log(`${c.totalMs.toFixed(0).padStart(8)} ms  ${c.name}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
