/**
 * Reported speech in one sentence without quotation marks: "Menurut Halid, …", "Sebenarnya, kata
 * Jokowi, …", "Rutte menegaskan bahwa …", "…, Grace Lim said on Tuesday", "…, said NEA, …". The
 * statement is what speech-content.ts accepts; the speaker is resolved by quotes.ts (`Speak`).
 */
import { bothLanguages } from '../language/index.ts';
import { speakerAt, subjectBefore, type Surface } from './attribution.ts';
import type { KnownPeople } from './known-people.ts';
import { looksLikeVerb, verbForm } from './reporting.ts';
import { negated, reportedAfter } from './speech-content.ts';
import { wordCount } from './text.ts';
import { tokenize, tokenizeOnce } from './tokens.ts';

/**
 * Resolves a surface to a speaker name. `region` is the text the surface was read from, where a
 * known person may be written in full; `from` says whether to take the first person there
 * ('start', after a verb) or the subject nearest the verb ('verb', before it).
 */
export type Speak = (surface: Surface | null, region?: string, from?: 'start' | 'verb') => string | null;

// Inline attributions: "Menurut Halid, …", "Sebenarnya, kata Jokowi, …", "…, menurutnya, …".
const LEADING = /^(?:Menurut|According to)\s+/u;
const LEADING_WHO = /^([^,]{1,60}?)\s*,\s*/u;
const LEADING_NYA = /^(?:Menurutnya|Katanya)\s*,\s*/u;
const INLINE = /,\s*(?:kata|ujar|tutur|menurut)\s+([^,]{1,50}?)\s*,\s*/u;
const INLINE_EN = /,\s*(he|she|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+(?:said|says|added)\s*,\s*/u;
const INLINE_NYA = /(?:,\s*)?(?<!\p{L})(?:menurutnya|katanya|ujarnya|menurut (?:dia|beliau))(?!\p{L})\s*,?\s*/u;
const PRONOUN_WHO = /^(?:dia|ia|beliau|him|her|he|she)$/iu;
const CAPITAL = /^\p{Lu}/u;
const LEADING_CAPITALS = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*/u;
// Words that open a clause before its subject: "Hal ini lantaran seorang penumpangnya mengaku …".
const CONNECTORS = new Set([...bothLanguages('reasonMarkers'), 'namun', 'tetapi', 'tapi', 'sementara', 'padahal', 'bahkan',
  'but', 'however', 'while', 'meanwhile', 'although']);

interface Said {
  speaker: string;
  text: string;
}

/** The statement with its speaker, when the statement has two words or more. */
function said(speak: Speak, surface: Surface | null, content: string | null, region?: string, from?: 'start' | 'verb'): Said | null {
  if (content === null) return null;
  const clean = content.replace(/[\s.!?…]+$/u, '');
  if (wordCount(clean) < 2) return null;
  const speaker = speak(surface, region, from);
  return speaker ? { speaker, text: clean } : null;
}

/**
 * "Menurut Kepala Dinas …, Fransiskus Yamlean, rendahnya …": the source is the first known person
 * followed by a comma, else the words up to the first comma when they name someone (a known
 * person, a capital or a pronoun; "Menurut dakwaan," cites a document).
 */
function according(rest: string, speak: Speak, known: KnownPeople): Said | null {
  for (const m of known.mentions(rest.slice(0, 160))) {
    const comma = /^\s*(?:\([^()]{1,30}\))?\s*,\s*/u.exec(rest.slice(m.end));
    if (comma) return said(speak, { kind: 'name', text: m.person.name }, rest.slice(m.end + comma[0].length));
  }
  const lead = LEADING_WHO.exec(rest);
  const who = lead?.[1]?.trim();
  if (!lead || !who) return null;
  if (PRONOUN_WHO.test(who)) return said(speak, { kind: 'pronoun' }, rest.slice(lead[0].length));
  // "According to analyst Tom Rivers of Pell Securities, …": a known person inside the source.
  const person = known.first(who);
  if (person) return said(speak, { kind: 'name', text: person.name }, rest.slice(lead[0].length));
  return CAPITAL.test(who) ? said(speak, { kind: 'name', text: who }, rest.slice(lead[0].length), who) : null;
}

/** A subject read from the sentence start, without the connector that opens its clause ("Hal ini lantaran …"). */
function withoutConnector(s: Surface | null): Surface | null {
  if (!s || s.kind !== 'name') return s;
  const words = s.text.split(/\s+/u);
  const cut = words.map((w) => w.toLowerCase()).findLastIndex((w) => CONNECTORS.has(w));
  if (cut < 0) return s;
  const rest = words.slice(cut + 1).join(' ');
  return rest.length > 0 ? { kind: 'name', text: rest } : null;
}

// A dateline left at the start of a statement: "MANILA, Philippines – At least 11 people …".
const DATELINE = /^\p{Lu}{3,}(?:[ ,]+\p{Lu}[\p{L}\s]*?)?\s+[–—-]+\s+/u;
const CLAUSE_END = /^\s*(?:[,.;]|$)/u;

/**
 * The speaker right after a sentence-final verb ("…, said NEA, referencing …", "…, she said"): a
 * name or a pronoun that ends the clause ("…, said she heard a bang" has its subject before).
 */
function inverted(afterVerb: string): Surface | null {
  const s = speakerAt(afterVerb);
  if (!s) return null;
  const word = s.kind === 'pronoun' ? (PRONOUN_AT.exec(afterVerb)?.[0] ?? '') : s.text;
  const at = afterVerb.indexOf(word);
  const ends = word.length > 0 && at >= 0 && CLAUSE_END.test(afterVerb.slice(at + word.length));
  return ends && (s.kind === 'pronoun' || CAPITAL.test(s.text)) ? s : null;
}
const PRONOUN_AT = /\p{L}+/u;

/** Reported speech in one sentence without quotation marks, or null. */
export function reported(text: string, speak: Speak, known: KnownPeople): Said | null {
  if (LEADING.test(text)) return according(text.replace(LEADING, ''), speak, known);
  const leadNya = LEADING_NYA.exec(text);
  if (leadNya) return said(speak, { kind: 'pronoun' }, text.slice(leadNya[0].length));
  // Both named forms open with a comma, and the -nya forms need their word: skip the scans without.
  const named = text.includes(',') ? (INLINE.exec(text) ?? INLINE_EN.exec(text)) : null;
  const inline = named ?? (text.includes('menurut') || text.includes('katanya') || text.includes('ujarnya') ? INLINE_NYA.exec(text) : null);
  if (inline) {
    const who = named?.[1]?.trim() ?? '';
    const surface: Surface = !named || PRONOUN_WHO.test(who) ? { kind: 'pronoun' } : { kind: 'name', text: who };
    // "Sebenarnya, kata Jokowi, …": a short lead-in is not part of what was said.
    const content = wordCount(text.slice(0, inline.index)) <= 3 ? text.slice(inline.index + inline[0].length) : text;
    return said(speak, surface, content, who);
  }
  const tokens = tokenize(text);
  let tries = 0;
  for (let v = 0; v < tokens.length && tries < 4; v += 1) {
    const verb = tokens[v];
    const form = verb ? verbForm(verb.lower) : null;
    if (!verb || form === null || form === 'nya') continue;
    // "…, said NEA, referencing …", "…, kata Slamet.": the speaker after the verb, the statement before.
    const commaBefore = text.charCodeAt(verb.start - 2) === 44 || text.charCodeAt(verb.start - 1) === 44;
    if ((form === 'bare' || form === 'en') && commaBefore && v > 2) {
      const after = inverted(text.slice(verb.end));
      if (after) return said(speak, after, text.slice(0, verb.start).replace(/[\s,]+$/u, ''), text.slice(verb.end));
    }
    if (form === 'bare') continue;
    tries += 1;
    const before = text.slice(Math.max(0, verb.start - 300), verb.start);
    // "Namun Tjahjo enggan mengatakan, …": what someone declines to say is not their statement.
    if (negated(before)) continue;
    // The subject sits close to its verb: a bounded look-back keeps odd giant sentences linear.
    let surface = withoutConnector(subjectBefore(before, verb.start <= 300));
    // "Sekretaris Jenderal PBB, Antonio Guterres, pada Senin mengatakan": a known person before the verb.
    if (!surface) {
      const person = known.subject(before);
      if (person) surface = { kind: 'name', text: person.name };
    }
    // "Rutte menutup pernyataannya dengan mendesak …": the sentence's named subject speaks.
    if (!surface && v <= 12) {
      const head = LEADING_CAPITALS.exec(text)?.[0];
      if (head && known.mentions(head).length > 0) surface = { kind: 'name', text: head };
    }
    if (!surface) continue;
    const content = reportedAfter(verb.lower, text.slice(verb.end, verb.end + 2000));
    if (content !== 'empty' && content !== 'none') return said(speak, surface, content, before, 'verb');
    // "Teguh membantah …. Ia mengklaim …": the subject still spoke, and "ia" is them.
    if (content === 'none') {
      speak(surface, before, 'verb');
      return null;
    }
    // "About 310,000 households … will be able to claim …, Minister … Grace Lim said on Tuesday",
    // "Deaths had also risen …, he said in a statement today": nothing but an adjunct after the
    // verb, and the statement before the comma that opens the subject.
    const comma = text.lastIndexOf(',', verb.start);
    const subject = text.slice(comma + 1, verb.start);
    const plain = surface.kind === 'pronoun' ? PRONOUN_WHO.test(subject.trim()) : subject.includes(surface.text) && wordCount(subject) <= 14;
    if (comma > 0 && plain && !tokenizeOnce(subject).some((t) => !t.cap && looksLikeVerb(t.text))) {
      return said(speak, surface, text.slice(0, comma).replace(DATELINE, ''), before, 'verb');
    }
    return null;
  }
  return null;
}
