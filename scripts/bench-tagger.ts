/**
 * Speed of tagging + chunking (a dev aid, not a timed test): the model's load, then microseconds
 * per sentence over the held-out Indonesian treebank sentences, and per 30-token sentence.
 *
 *   npm run bench-tagger [-- --dir ../shared/resources/ud-indonesian --rounds 5]
 *
 * The best of several rounds is reported: on a shared 2-core machine the others measure the
 * neighbours.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareDecoder } from '../src/engine/syntax/decoder.ts';
import { modelUrl, readModel } from '../src/engine/syntax/model-file.ts';
import { chunkSentence } from '../src/engine/syntax/phrases.ts';
import { INDONESIAN_MODEL_FILE, tagSentence } from '../src/engine/syntax/tagger.ts';
import { tokenize } from '../src/engine/text/tokens.ts';
import { readConllu } from './tagger/conllu.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: join(root, '..', 'shared', 'resources', 'ud-indonesian') },
    rounds: { type: 'string', default: '5' },
  },
});

// A load is what the first Indonesian sentence pays: read, parse, build the weights, prepare the
// decoder's tables. The first one in a process also runs the loader's code cold.
const loads: number[] = [];
for (let k = 0; k < Number(args.rounds); k++) {
  const started = performance.now();
  prepareDecoder(readModel(modelUrl(INDONESIAN_MODEL_FILE)));
  loads.push(performance.now() - started);
}
console.log(`model load: first ${loads[0]?.toFixed(1)} ms, best ${Math.min(...loads).toFixed(1)} ms`);

const texts = ['id_csui-ud-test.conllu', 'id_gsd-ud-test.conllu'].flatMap((f) => readConllu(join(args.dir, f)).map((s) => s.text));
const sentences = texts.map((text) => ({ text, tokens: tokenize(text) }));
const tokenCount = sentences.reduce((n, s) => n + s.tokens.length, 0);

/** One pass over the sentences: wall-clock and CPU milliseconds (CPU time shows less of the neighbours). */
function round(): { wall: number; cpu: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const { text, tokens } of sentences) chunkSentence(text, tokens, tagSentence(text, tokens, 'id'), 'id');
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

function report(name: string, ms: number): void {
  const perToken = (ms * 1000) / tokenCount;
  console.log(
    `${name}: ${((ms * 1000) / sentences.length).toFixed(1)} µs a sentence (${(tokenCount / sentences.length).toFixed(1)} tokens), ` +
      `${perToken.toFixed(2)} µs a token → ${(30 * perToken).toFixed(0)} µs for 30 tokens`,
  );
}

console.log(`${sentences.length} held-out sentences, ${tokenCount} tokens, tagging + chunking`);
tagSentence('Model dimuat.', tokenize('Model dimuat.'), 'id');
// The first pass meets every word for the first time (word records not cached yet) and warms the JIT.
const cold = round();
report('first pass, wall', cold.wall);
const rounds = Array.from({ length: Number(args.rounds) }, round);
report('best later pass, wall', Math.min(...rounds.map((r) => r.wall)));
report('best later pass, CPU', Math.min(...rounds.map((r) => r.cpu)));
