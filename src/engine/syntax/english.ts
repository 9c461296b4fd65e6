/**
 * English tags and typed entities from wink-nlp with its English light model (MIT): UD tags over
 * its own tokens, carried to the engine's tokens by offset (align.ts), and its entity spans
 * ("Monday" DATE, "$12.5 million" MONEY, "5%" PERCENT, "3 weeks" DURATION, "9:44 a.m." TIME).
 *
 * The model takes about 0.3 s to load, so it is required on the first English sentence, not at
 * import: an Indonesian-only session never pays for it.
 */
import { createRequire } from 'node:module';
import type WinkFn from 'wink-nlp';
import type { Document, WinkMethods } from 'wink-nlp';
import { alignTags, locate, type TaggedSpan } from './align.ts';
import { isUpos, type TaggableToken, type Upos } from './upos.ts';

/** Entity kinds wink's English model recognizes. */
export type EnglishEntityKind =
  | 'DATE' | 'TIME' | 'DURATION' | 'MONEY' | 'PERCENT' | 'CARDINAL' | 'ORDINAL'
  | 'EMAIL' | 'URL' | 'HASHTAG' | 'MENTION' | 'EMOJI' | 'EMOTICON';

/** A typed entity: its kind, its character range [start, end) in the text, and its text. */
export interface EnglishEntity {
  kind: EnglishEntityKind;
  start: number;
  end: number;
  text: string;
}

/** Tags (aligned to the given tokens) and entities of one English text. */
export interface EnglishAnalysis {
  tags: Upos[];
  entities: EnglishEntity[];
}

const KINDS: ReadonlySet<string> = new Set<EnglishEntityKind>([
  'DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'CARDINAL', 'ORDINAL',
  'EMAIL', 'URL', 'HASHTAG', 'MENTION', 'EMOJI', 'EMOTICON',
]);

let nlp: WinkMethods | undefined;

function winkNlp(): WinkMethods {
  if (nlp === undefined) {
    const require = createRequire(import.meta.url);
    const wink = require('wink-nlp') as typeof WinkFn;
    // POS and entities only: sentence boundaries, negation and sentiment (the default pipe) change
    // no tag on the English sample and cost a sixth of the time (scripts/compare-english-taggers.ts).
    nlp = wink(require('wink-eng-lite-web-model'), ['pos', 'ner']);
  }
  return nlp;
}

function tokenSpans(text: string, doc: Document): { spans: TaggedSpan[]; ranges: { start: number; end: number }[] } {
  const its = winkNlp().its;
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  const ranges = locate(text, values);
  const spans = ranges.map((r, k) => {
    const tag = tags[k] ?? 'X';
    return { start: r.start, end: r.end, tag: isUpos(tag) ? tag : 'X' };
  });
  return { spans, ranges };
}

function entitiesOf(doc: Document, text: string, ranges: readonly { start: number; end: number }[]): EnglishEntity[] {
  const its = winkNlp().its;
  const details = doc.entities().out(its.detail) as unknown as { type: string }[];
  const spans = doc.entities().out(its.span) as unknown as number[][];
  const out: EnglishEntity[] = [];
  details.forEach((detail, k) => {
    const [first = 0, last = first] = spans[k] ?? [];
    const start = ranges[first]?.start;
    const end = ranges[last]?.end;
    if (!KINDS.has(detail.type) || start === undefined || end === undefined || end <= start) return;
    out.push({ kind: detail.type as EnglishEntityKind, start, end, text: text.slice(start, end) });
  });
  return out;
}

/** Tags the tokens of an English sentence and finds its entities, reading the text once. */
export function analyzeEnglish(text: string, tokens: readonly TaggableToken[]): EnglishAnalysis {
  const doc = winkNlp().readDoc(text);
  const { spans, ranges } = tokenSpans(text, doc);
  return { tags: alignTags(tokens, spans), entities: entitiesOf(doc, text, ranges) };
}

/** UPOS tags of an English sentence's tokens (tokens from tokenize(), or any words of `text`). */
export function tagEnglish(text: string, tokens: readonly TaggableToken[]): Upos[] {
  const doc = winkNlp().readDoc(text);
  return alignTags(tokens, tokenSpans(text, doc).spans);
}

/**
 * Typed entities of an English text with character offsets:
 * englishEntities("Prices rose 5% on Monday.") → [{ kind: 'PERCENT', start: 12, end: 14, text: '5%' },
 * { kind: 'DATE', start: 18, end: 24, text: 'Monday' }].
 */
export function englishEntities(text: string): EnglishEntity[] {
  const doc = winkNlp().readDoc(text);
  return entitiesOf(doc, text, tokenSpans(text, doc).ranges);
}
