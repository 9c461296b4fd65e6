/**
 * Compares English part-of-speech taggers on the hand-tagged sample
 * (test/fixtures/syntax/english-gold.txt, our tokens and UD tags): accuracy, time per sentence,
 * load time. wink-nlp is the project's dependency; the others are candidates installed elsewhere:
 *
 *   mkdir /tmp/en-cand && (cd /tmp/en-cand && npm init -y && npm install en-pos pos)
 *   node --import tsx scripts/compare-english-taggers.ts --from /tmp/en-cand
 *
 * Penn Treebank tags (en-pos, pos) are mapped to UPOS with the usual rules plus context for AUX,
 * SCONJ and PART, so that they are not marked down for the tag set alone.
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { alignTags, locate } from '../src/engine/syntax/align.ts';
import { isUpos, type Upos } from '../src/engine/syntax/upos.ts';
import { tagEnglish } from '../src/engine/syntax/english.ts';
import { tokenize } from '../src/engine/text/tokens.ts';
import { readEnglishGold } from '../test/engine/syntax/gold-fixture.ts';

const { values: args } = parseArgs({ options: { from: { type: 'string' }, repeat: { type: 'string', default: '100' } } });
const candidateRequire = createRequire(join(resolve(args.from ?? '.'), 'noop.js'));

/** Words split from punctuation, "'s" and "n't" as taggers trained on the Penn Treebank expect. */
function pennWords(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*|[A-Za-z]+(?:\.[A-Za-z])+\.?|[A-Za-z]+(?=n't)|n't|'s|[A-Za-z]+|\S/g) ?? [];
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m"]);
const HAVE = new Set(['have', 'has', 'had']);
const DO = new Set(['do', 'does', 'did']);
const SUBORDINATORS = new Set(['that', 'whether', 'if', 'because', 'although', 'though', 'while', 'unless']);

/** Penn Treebank tag → UPOS, looking at the next tags for AUX, PART and SCONJ. */
function pennToUpos(words: readonly string[], tags: readonly string[]): Upos[] {
  return tags.map((tag, i) => {
    const word = (words[i] ?? '').toLowerCase();
    const next = tags.slice(i + 1, i + 4);
    if (tag.startsWith('VB')) {
      if (BE.has(word)) return 'AUX';
      if (HAVE.has(word) && next.some((t) => t === 'VBN' || t === 'VBD')) return 'AUX';
      if (DO.has(word) && next.some((t) => t === 'VB')) return 'AUX';
      return 'VERB';
    }
    if (tag === 'MD') return 'AUX';
    if (tag === 'IN') return SUBORDINATORS.has(word) || (tags[i + 1] === 'PRP' && word !== 'for') ? 'SCONJ' : 'ADP';
    if (tag === 'TO') return tags[i + 1] === 'VB' ? 'PART' : 'ADP';
    if (tag.startsWith('NNP')) return 'PROPN';
    if (tag.startsWith('NN')) return 'NOUN';
    if (tag.startsWith('JJ')) return 'ADJ';
    if (tag.startsWith('RB')) return word === 'not' || word === "n't" ? 'PART' : 'ADV';
    const map: Record<string, Upos> = {
      DT: 'DET', PDT: 'DET', WDT: 'PRON', PRP: 'PRON', PRP$: 'PRON', WP: 'PRON', WP$: 'PRON', EX: 'PRON',
      CD: 'NUM', CC: 'CCONJ', UH: 'INTJ', RP: 'ADP', POS: 'PART', WRB: 'ADV', FW: 'X', SYM: 'SYM', $: 'SYM', '#': 'SYM',
    };
    return map[tag] ?? (/^[^A-Za-z]+$/.test(tag) ? 'PUNCT' : 'X');
  });
}

type Tagger = (text: string, tokens: ReturnType<typeof tokenize>) => Upos[];

function pennTagger(tagWords: (words: string[]) => string[]): Tagger {
  return (text, tokens) => {
    const words = pennWords(text);
    const upos = pennToUpos(words, tagWords(words));
    return alignTags(tokens, locate(text, words).map((r, k) => ({ ...r, tag: upos[k] ?? 'X' })));
  };
}

function load(name: string, make: () => Tagger): { name: string; tag: Tagger; loadMs: number } | null {
  const started = performance.now();
  try {
    const tag = make();
    tag('Warm up the tagger.', tokenize('Warm up the tagger.'));
    return { name, tag, loadMs: performance.now() - started };
  } catch (error) {
    console.log(`${name}: not available (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    return null;
  }
}

const candidates = [
  load('wink-nlp + wink-eng-lite-web-model (pos, ner)', () => tagEnglish),
  load('en-pos', () => {
    const { Tag } = candidateRequire('en-pos') as { Tag: new (w: string[]) => { initial(): { smooth(): { tags: string[] } } } };
    return pennTagger((words) => new Tag(words).initial().smooth().tags);
  }),
  load('pos (fasttag)', () => {
    const pos = candidateRequire('pos') as { Tagger: new () => { tag(w: string[]): string[][] } };
    const tagger = new pos.Tagger();
    return pennTagger((words) => tagger.tag(words).map((p) => p[1] ?? ''));
  }),
].filter((c) => c !== null);

const gold = readEnglishGold();
for (const candidate of candidates) {
  let correct = 0;
  let total = 0;
  const errors: string[] = [];
  for (const sentence of gold) {
    const tokens = tokenize(sentence.text);
    const tags = candidate.tag(sentence.text, tokens);
    tokens.forEach((token, i) => {
      const expected = sentence.tags[i] ?? '';
      total += 1;
      if (isUpos(expected) && tags[i] === expected) correct += 1;
      else errors.push(`${token.text} ${expected}→${tags[i] ?? '?'}`);
    });
  }
  const repeat = Number(args.repeat);
  const run = (): number => {
    const started = performance.now();
    for (let r = 0; r < repeat; r++) for (const s of gold) candidate.tag(s.text, tokenize(s.text));
    return ((performance.now() - started) * 1000) / (repeat * gold.length);
  };
  run(); // warm-up: the JIT, and the taggers' own caches
  const perSentence = Math.min(run(), run());
  console.log(`${candidate.name}: ${((100 * correct) / total).toFixed(1)} % of ${total} tokens, ${perSentence.toFixed(0)} µs a sentence, first call ${candidate.loadMs.toFixed(0)} ms`);
  console.log(`  errors: ${errors.join(', ')}`);
}
