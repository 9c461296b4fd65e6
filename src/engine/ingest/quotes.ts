/**
 * Who said what: direct quotes with their speaker and reported speech ("Rutte menegaskan bahwa …",
 * "Menurut Halid, …", "Ia menambahkan …"). Pronouns and -nya forms ("imbuhnya", "menurutnya")
 * refer to the last named person who spoke, tracked in reading order across paragraphs.
 */
import type { Paragraph, Person, Quote, Sentence } from '../types.ts';
import { speakerAfterQuote, speakerBeforeQuote } from './attribution.ts';
import { KnownPeople, type Mention } from './known-people.ts';
import { HONORIFICS } from './lexicon.ts';
import { isOrganization, isPlace } from './names.ts';
import { resolvePerson } from './people.ts';
import { reported, type Speak } from './reported.ts';
import { wordCount } from './text.ts';

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

/** All quotes of an article, in reading order. */
export function findQuotes(paragraphs: readonly Paragraph[], people: readonly Person[], datelineText: string | null = null): Quote[] {
  const out: Quote[] = [];
  let last: string | null = null;
  const known = new KnownPeople(people);
  // A surface resolved to a speaker name; a resolved person also becomes the referent of later
  // pronouns. A surface that is no person may still hold one in the words it was read from:
  // "Kepala Dinkes Garut, dr. Leni Marlina" (`region`, searched from its start or, for a subject,
  // back from the verb).
  // Pronouns ("ia", "katanya") are the last speaker, unless the paragraph so far names someone else
  // and not them ("Seorang ibu, Maria Ndiken (29), membawa …. "…," katanya." is Maria Ndiken), or,
  // in a paragraph that names nobody, the previous paragraph did ("Kepala Desa Sukamaju, Endang
  // Suherman, meninjau tanggul." then `"…," ujarnya.`).
  // The paragraph's mentions are found once; those before the attribution (at `context`) count.
  // Both are found on the first pronoun that asks: most paragraphs have none.
  let context = 0;
  let paragraph = '';
  let previousText = '';
  let paragraphMentions: Mention[] | null = null;
  let previousMentions: Mention[] | null = null;
  const speak: Speak = (s, region, from = 'start') => {
    if (!s) {
      // `," said 35-year-old hawker Kenny Wong`: no surface was read, but a known person is there.
      const person = region && from === 'start' ? known.first(region) : null;
      if (person) last = person.name;
      return person?.name ?? null;
    }
    if (s.kind === 'pronoun') {
      paragraphMentions ??= known.mentions(paragraph);
      const mentioned = paragraphMentions.filter((m) => m.end <= context);
      const here = mentioned.length > 0 ? mentioned : (previousMentions ??= known.mentions(previousText));
      const named = here[here.length - 1]?.person.name;
      if (named && !here.some((m) => m.person.name === last)) last = named;
      return last;
    }
    const person = resolvePerson(people, s.text) ?? (region ? (from === 'start' ? known.first(region) : known.subject(region)) : null);
    // A capitalized name that is no known person ("Rutte menegaskan …" with nothing more about
    // Rutte) is still who "ia" refers to next; an organization or a phrase is not.
    if (person) last = person.name;
    else if (NAME_LIKE.test(s.text) && !isOrganization(s.text) && !isPlace(s.text)) last = s.text;
    return person?.name ?? s.text;
  };
  for (const p of paragraphs) {
    previousMentions = paragraphMentions;
    paragraphMentions = null;
    paragraph = p.text;
    const spans = quoteSpans(p.text);
    const events = [
      ...spans.map((span) => ({ at: span.open, span, sentence: -1 })),
      ...p.sentences.map((s, i) => ({ at: s.start, span: null, sentence: i })),
    ].sort((a, b) => a.at - b.at || (a.span ? 1 : -1));
    let previous: string | null = null;
    for (const e of events) {
      context = e.at;
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
      const r = reported(s.text.slice(lead).trimStart(), speak, known);
      if (r) out.push({ speaker: r.speaker, text: r.text, kind: 'reported', paragraph: p.number, sentence: e.sentence });
    }
    previousText = p.text;
  }
  return out;
}

function directQuote(
  p: Paragraph,
  span: QuoteSpan,
  spans: readonly QuoteSpan[],
  speak: Speak,
  last: string | null,
  previous: string | null,
): Quote | null {
  const inner = p.text.slice(span.innerStart, span.innerEnd).trim().replace(/,$/u, '').trim();
  if (inner.length === 0) return null;
  const next = spans.find((s) => s.open >= span.end)?.open ?? p.text.length;
  const sIdx = sentenceIndex(p.sentences, span.open);
  const sentenceStart = p.sentences[sIdx]?.start ?? 0;
  // The attribution after the quote, to the end of its sentence: `," kata Kepala …, Slamet Riyadi di …`.
  const afterText = p.text.slice(span.end, Math.min(next, span.end + 160));
  const afterClause = afterText.slice(0, sentenceEnd(afterText));
  const beforeText = p.text.slice(Math.max(sentenceStart, span.open - 200), span.open);
  const afterSurface = speakerAfterQuote(afterText);
  const surface = afterSurface ?? speakerBeforeQuote(beforeText);
  // A quote right after another one in the same paragraph continues it: `"…," X said. "…"`.
  const beforeVerb = beforeText.replace(/[\s,:]+$/u, '').replace(/\p{L}+$/u, '');
  // A speech verb right after the quote whose speaker could not be read ("said 35-year-old …").
  const verbAfter = !afterSurface && SPEECH_VERB_AFTER.test(afterText) ? speak(null, afterClause) : null;
  let speaker = verbAfter ?? (afterSurface ? speak(afterSurface, afterClause) : speak(surface, beforeVerb, 'verb')) ?? previous;
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

// A name as written: capitalized words only ("Rutte", "Tom Rivers"), no phrase ("The company").
const NAME_LIKE = /^(?!(?:The|A|An)\s)\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
const SPEECH_VERB_AFTER = /^\s*[,.]?\s*(?:kata|ujar|tutur|said|says|added|told)\s/iu;
const SENTENCE_END = /[.!?](?:\s|$)|["“”]/gu;
const WORD_BEFORE_DOT = /(\p{L}+)$/u;

/** Where the sentence of an attribution ends in `text` (its length when it runs on); "dr." and "Hj." end none. */
function sentenceEnd(text: string): number {
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const word = m[0] === '.' || m[0].startsWith('.') ? WORD_BEFORE_DOT.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[1] : undefined;
    if (!word || !HONORIFICS.has(word.toLowerCase())) return m.index;
  }
  return text.length;
}
