/**
 * Who said what: direct quotes with their speaker and reported speech ("Rutte menegaskan bahwa …",
 * "Menurut Halid, …", "Ia menambahkan …"). Pronouns and -nya forms ("imbuhnya", "menurutnya")
 * refer to the last named person who spoke, tracked in reading order across paragraphs.
 */
import type { Paragraph, Person, Quote, Sentence } from '../types.ts';
import { reportedContent, speakerAfterQuote, speakerBeforeQuote, subjectBefore, type Surface } from './attribution.ts';
import { resolvePerson } from './people.ts';
import { verbForm } from './reporting.ts';
import { wordCount } from './text.ts';
import { tokenize } from './tokens.ts';

/** A quoted passage: offsets of the marks and of the words between them. */
export interface QuoteSpan {
  open: number;
  innerStart: number;
  innerEnd: number;
  /** Offset after the closing mark (text length when the quote runs on to the next paragraph). */
  end: number;
}

// Opening and closing quotation marks. Global: lastIndex is reset before each use.
const QUOTE_MARKS = /[“"«”»]/g;

/** Quoted passages of a paragraph. Straight quotes pair in order; an unclosed quote runs to the end. */
export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let closer = '';
  // Only quotation marks matter: the regex skips everything else natively.
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m !== null; m = QUOTE_MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (open < 0 && (ch === '“' || ch === '"' || ch === '«')) {
      open = i;
      closer = ch === '“' ? '”' : ch === '«' ? '»' : '"';
    } else if (open >= 0 && ch === closer) {
      out.push({ open, innerStart: open + 1, innerEnd: i, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, innerStart: open + 1, innerEnd: text.length, end: text.length });
  return out;
}

const sentenceIndex = (sentences: readonly Sentence[], at: number): number => {
  let idx = 0;
  sentences.forEach((s, i) => {
    if (s.start <= at) idx = i;
  });
  return idx;
};

// Inline attributions: "Menurut Halid, …", "Sebenarnya, kata Jokowi, …", "…, menurutnya, …".
const LEADING = /^(?:Menurut|According to)\s+([^,]{1,60}?)\s*,\s*/u;
const LEADING_NYA = /^(?:Menurutnya|Katanya)\s*,\s*/u;
const INLINE = /,\s*(?:kata|ujar|tutur|menurut)\s+([^,]{1,50}?)\s*,\s*/u;
const INLINE_EN = /,\s*(he|she|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+(?:said|says|added)\s*,\s*/u;
const INLINE_NYA = /(?:,\s*)?(?<!\p{L})(?:menurutnya|katanya|ujarnya|menurut (?:dia|beliau))(?!\p{L})\s*,?\s*/u;

/** All quotes of an article, in reading order. */
export function findQuotes(paragraphs: readonly Paragraph[], people: readonly Person[], datelineText: string | null = null): Quote[] {
  const out: Quote[] = [];
  let last: string | null = null;
  // A surface resolved to a speaker name; a resolved person also becomes the referent of later pronouns.
  const speak = (s: Surface | null): string | null => {
    if (!s) return null;
    if (s.kind === 'pronoun') return last;
    const person = resolvePerson(people, s.text);
    if (person) last = person.name;
    return person?.name ?? s.text;
  };
  for (const p of paragraphs) {
    const spans = quoteSpans(p.text);
    const events = [
      ...spans.map((span) => ({ at: span.open, span, sentence: -1 })),
      ...p.sentences.map((s, i) => ({ at: s.start, span: null, sentence: i })),
    ].sort((a, b) => a.at - b.at || (a.span ? 1 : -1));
    let previous: string | null = null;
    for (const e of events) {
      if (e.span) {
        const q = directQuote(p, e.span, spans, speak, last, previous);
        if (q) out.push(q);
        previous = q?.speaker ?? previous;
        continue;
      }
      const s = p.sentences[e.sentence];
      // Sentences holding a direct quote are handled through the quote.
      if (!s || spans.some((sp) => sp.open < s.start + s.text.length && sp.end > s.start)) continue;
      // The dateline ("LONDON (Reuters) -") is not part of the first sentence's subject.
      const lead = p.number === 1 && datelineText && s.start === 0 && s.text.startsWith(datelineText) ? datelineText.length : 0;
      const r = reported(s.text.slice(lead).trimStart(), speak, people);
      if (r) out.push({ speaker: r.speaker, text: r.text, kind: 'reported', paragraph: p.number, sentence: e.sentence });
    }
  }
  return out;
}

function directQuote(
  p: Paragraph,
  span: QuoteSpan,
  spans: readonly QuoteSpan[],
  speak: (s: Surface | null) => string | null,
  last: string | null,
  previous: string | null,
): Quote | null {
  const inner = p.text.slice(span.innerStart, span.innerEnd).trim().replace(/,$/u, '').trim();
  if (inner.length === 0) return null;
  const next = spans.find((s) => s.open >= span.end)?.open ?? p.text.length;
  const sIdx = sentenceIndex(p.sentences, span.open);
  const sentenceStart = p.sentences[sIdx]?.start ?? 0;
  let surface = speakerAfterQuote(p.text.slice(span.end, Math.min(next, span.end + 160)));
  surface ??= speakerBeforeQuote(p.text.slice(Math.max(sentenceStart, span.open - 200), span.open));
  // A quote right after another one in the same paragraph continues it: `"…," X said. "…"`.
  let speaker = speak(surface) ?? previous;
  if (!speaker) {
    // A paragraph that is nothing but a quote continues the last speaker's words.
    const outsideLength = p.text.length - (span.end - span.open);
    const outside = outsideLength < 40 ? p.text.slice(0, span.open) + p.text.slice(span.end) : null;
    if (outside !== null && wordCount(outside) <= 2 && wordCount(inner) >= 4) speaker = last;
  }
  // Short unattributed quotes are scare quotes around a term, not speech.
  if (!speaker) return null;
  return { speaker, text: inner, kind: 'direct', paragraph: p.number, sentence: sIdx };
}

const LEADING_CAPITALS = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*/u;

/** Reported speech in one sentence without quotation marks, or null. */
function reported(
  text: string,
  speak: (s: Surface | null) => string | null,
  people: readonly Person[],
): { speaker: string; text: string } | null {
  const pick = (surface: Surface | null, content: string): { speaker: string; text: string } | null => {
    const speaker = speak(surface);
    const clean = content.replace(/[\s.!?…]+$/u, '');
    return speaker && wordCount(clean) >= 2 ? { speaker, text: clean } : null;
  };
  const lead = LEADING.exec(text);
  if (lead?.[1]) {
    const who = lead[1].trim();
    return pick(/^(?:dia|ia|beliau|him|her)$/iu.test(who) ? { kind: 'pronoun' } : { kind: 'name', text: who }, text.slice(lead[0].length));
  }
  const leadNya = LEADING_NYA.exec(text);
  if (leadNya) return pick({ kind: 'pronoun' }, text.slice(leadNya[0].length));
  // Both named forms open with a comma, and the -nya forms need their word: skip the scans without.
  const named = text.includes(',') ? (INLINE.exec(text) ?? INLINE_EN.exec(text)) : null;
  const inline = named ?? (text.includes('menurut') || text.includes('katanya') || text.includes('ujarnya') ? INLINE_NYA.exec(text) : null);
  if (inline) {
    const who = named?.[1]?.trim() ?? '';
    const surface: Surface = !named || /^(?:dia|ia|beliau|he|she)$/iu.test(who) ? { kind: 'pronoun' } : { kind: 'name', text: who };
    // "Sebenarnya, kata Jokowi, …": a short lead-in is not part of what was said.
    const content = wordCount(text.slice(0, inline.index)) <= 3 ? text.slice(inline.index + inline[0].length) : text;
    return pick(surface, content);
  }
  const tokens = tokenize(text);
  let tries = 0;
  for (let v = 0; v < tokens.length && tries < 4; v += 1) {
    const verb = tokens[v];
    const form = verb ? verbForm(verb.lower) : null;
    if (!verb || (form !== 'prefixed' && form !== 'en')) continue;
    tries += 1;
    // The subject sits close to its verb: a bounded look-back keeps odd giant sentences linear.
    let surface = subjectBefore(text.slice(Math.max(0, verb.start - 300), verb.start), verb.start <= 300);
    // "Rutte menutup pernyataannya dengan mendesak …": the sentence's named subject speaks.
    if (!surface && v <= 12) {
      const head = LEADING_CAPITALS.exec(text)?.[0];
      if (head && resolvePerson(people, head)) surface = { kind: 'name', text: head };
    }
    if (surface) return pick(surface, reportedContent(text.slice(verb.end, verb.end + 2000)));
  }
  return null;
}
