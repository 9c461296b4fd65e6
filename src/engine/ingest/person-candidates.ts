/**
 * Person-name candidates in one sentence, each with its title and the evidence around it (see
 * person-evidence.ts): "Presiden Joko Widodo" (title), "kata Halid" (speech), "ES (62)" (age),
 * "di JIExpo Kemayoran" (a locative: evidence against). Names that are only the rest of a place or
 * an organization ("Lentera Senja" of "Band Lentera Senja") come out as shadows: evidence against
 * that name wherever else it is written.
 */
import { MONTHS, TITLE_COMPLEMENTS, WEEKDAYS } from './lexicon.ts';
import { isAcronym, isOrganizationRun, isPlaceRun, nameWordOk, tokenIsOrganization, tokenIsPlace } from './names.ts';
import {
  evidenceBefore, hasAge, honorificBefore, isHonorific, isNameTail, isOrganizationHead, isOrganizationNoun, isPersonNoun, isPlaceHead, isPlaceNoun, nameEnds,
  type Evidence,
} from './person-evidence.ts';
import { ADVERBS, verbForm } from './reporting.ts';
import { clauseBefore, roleAfter, roleBefore } from './roles.ts';
import { isTitleToken, isTitleWord, splitTitle, titleLength } from './titles.ts';
import { capitalizedRuns, tokenize, type Run, type Token } from './tokens.ts';

/** One possible person mention. */
export interface Candidate {
  name: string;
  tokens: number;
  title: string | null;
  /** Nickname in parentheses right after the name: "Joko Widodo (Jokowi)". */
  alias: string | null;
  /** What this mention says about the name being a person's. */
  evidence: Evidence[];
  /** The name is the first word(s) of the sentence (or of a headline-like line), where capitals prove nothing. */
  initial: boolean;
  /** Only evidence against the name: the rest of a place or organization name, never a person on its own. */
  shadow: boolean;
  /** The name follows a title inside one capitalized run, so its first words may still be the title's ("Bupati Sidrap Andi Rusdi"). */
  afterTitle: boolean;
  paragraph: number;
  /** Offset inside the paragraph. */
  start: number;
}

// "told X" names the listener, not the speaker.
const SPEECH_BEFORE = /(?:^|[\s,])(?:kata|ujar|tutur|ucap|imbuh|menurut|according to|said|says)\s+$/iu;
const SPEECH_WORDS = new Set(['kata', 'ujar', 'tutur', 'ucap', 'imbuh', 'menurut', 'to', 'said', 'says']);

/** Whether a speech word stands right before `at`: "kata Halid", "according to Lim", "said Ms Lim". */
function speechBefore(text: string, at: number): boolean {
  // The word before decides cheaply; the regex only confirms the few candidates.
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i -= 1;
  let j = i;
  while (j > 0 && text.charCodeAt(j - 1) > 64) j -= 1;
  return SPEECH_WORDS.has(text.slice(j, i).toLowerCase()) && SPEECH_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

function isDateWord(t: Token): boolean {
  return MONTHS.has(t.lower) || WEEKDAYS.has(t.lower);
}

/** Index of the word after the name at `from`, skipping adverbs. */
function nextWord(tokens: readonly Token[], from: number): number {
  let i = from;
  while (tokens[i] && ADVERBS.has((tokens[i] as Token).lower)) i += 1;
  return i;
}

// Title words, honorifics and title complements are never names on their own: "Menurut Presiden"
// refers to a titled person, "Environment" in "… and the Environment Grace Lim" ends a title.
const nameWord = (t: Token): boolean =>
  nameWordOk(t) && !isDateWord(t) && !isTitleToken(t) && !isHonorific(t) && !TITLE_COMPLEMENTS.has(t.lower) && !pluralRole(t) && !tokenIsPlace(t) && !tokenIsOrganization(t);

/** "Analysts", "Residents", "Officials": the plural of a role noun, written at a sentence start. */
function pluralRole(t: Token): boolean {
  if (t.lower.length < 4 || t.lower.charCodeAt(t.lower.length - 1) !== 115) return false;
  const one = t.lower.slice(0, -1);
  return isTitleWord(one) || isPersonNoun(one);
}

/**
 * Name tokens of a run: after its title and any leading function word ("Menurut Halid"), to the
 * end of the run. A run that goes on past the name ("Kepala Bidang Angkutan Dishub Jawa Barat")
 * is an organization or title phrase, not a name. Single letters are initials only inside a name.
 */
function nameSpan(run: readonly Token[], from: number): Token[] {
  let i = from;
  while (run[i] && !nameWord(run[i] as Token)) i += 1;
  const rest = run.slice(i);
  const ok = rest.every((t, n) => nameWord(t) && (t.text.length > 1 || n < rest.length - 1));
  return ok && rest.length <= 4 ? rest : [];
}

/**
 * Where the name starts inside a run, and the title before it: after the leading title
 * ("Presiden Joko Widodo"), or after the last title word or honorific further in
 * ("Philippine Foreign Secretary Teresa Villanueva", "Health Minister Datuk Seri Dr Kamal Hussin",
 * "Mr Lionel Chua", "Pak Jokowi").
 */
function titleInRun(text: string, run: Run): { title: string | null; nameFrom: number; honorific: boolean } {
  const split = splitTitle(text, run.tokens);
  let from = split.nameFrom;
  let title = split.nameFrom > 0 ? split.title : null;
  let honorific = false;
  const toks = run.tokens;
  for (let k = toks.length - 2; k >= from; k -= 1) {
    const t = toks[k] as Token;
    if (!isTitleToken(t) && !isHonorific(t)) continue;
    // Trailing honorifics are not part of the title: "Health Minister [Datuk Seri Dr]".
    let end = k;
    while (end >= 0 && isHonorific(toks[end] as Token)) end -= 1;
    honorific = end < k;
    const titled = toks.slice(0, end + 1).some(isTitleToken);
    const first = toks[0];
    const last = toks[end];
    title = titled && first && last ? text.slice(first.start, last.end) : title;
    from = k + 1;
    break;
  }
  for (let k = 0; k < from; k += 1) if (isHonorific(toks[k] as Token)) honorific = true;
  return { title, nameFrom: from, honorific };
}

const ALIAS = /^ \((\p{Lu}[\p{L}\p{M}'’-]{2,})\)/u;
const ACRONYM_AFTER = /^ \((\p{Lu}[\p{Lu}\d]{1,7})\)/u;
const VERB_SHAPE = /^(?:me|ber|di|ter)\p{L}{3,}$/u;

/**
 * Whether most words of a sentence are capitalized and no comma lists them: a headline or caption
 * line, where capitals prove nothing (a line-up "Arif Setiawan; Dedi Kurniawan, …" is a list).
 */
function headlineLike(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length < 4 || /[,;]/u.test(text)) return false;
  let caps = 0;
  for (const t of tokens) if (t.cap) caps += 1;
  return caps * 10 >= tokens.length * 7;
}

const LIST_CONJUNCTION = /^,?\s+(?:dan|and|atau|or|serta)\s+$/u;
const LIST_GOES_ON = /^(?:,\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)*,?\s+(?:dan|and|atau|or|serta)\s+\p{Lu}/u;

/**
 * Whether run `i` is an item of a list whose item before it is a place: "petani Aceh Tengah dan
 * Bener Meriah", "di Kabupaten Merauke, Boven Digoel, Mappi, dan Asmat".
 */
function placeListItem(text: string, runs: readonly Run[], i: number): boolean {
  const run = runs[i];
  const prev = runs[i - 1];
  if (!run || !prev) return false;
  const gap = text.slice(prev.end, run.start);
  if (!LIST_CONJUNCTION.test(gap) && !(/^,\s+$/u.test(gap) && LIST_GOES_ON.test(text.slice(run.end, run.end + 80)))) return false;
  return isPlaceRun(prev.text, prev.tokens);
}

/** A shadow candidate for these tokens: evidence against them as a person's name. */
function shadowOf(text: string, toks: readonly Token[], evidence: Evidence, offset: number, paragraph: number): Candidate {
  const a = toks[0] as Token;
  const b = toks[toks.length - 1] as Token;
  return { name: text.slice(a.start, b.end), tokens: toks.length, title: null, alias: null, evidence: [evidence], initial: false, shadow: true, afterTitle: false, paragraph, start: offset + a.start };
}

/** Whether the last two words or more of a name are a place or an organization ("Polres Tanjungbalai"). */
function endsWithPlace(text: string, name: readonly Token[]): Evidence | null {
  for (let k = 1; k + 1 < name.length; k += 1) {
    const rest = name.slice(k);
    const phrase = text.slice((rest[0] as Token).start, (rest[rest.length - 1] as Token).end);
    if (isPlaceRun(phrase, rest)) return 'place-word';
    if (isOrganizationRun(phrase, rest)) return 'org-word';
  }
  return null;
}

const HEAD_HONORIFIC = /(\p{Lu}[\p{L}]*)\s+\p{L}{1,4}\.?\s+$/u;

/** "RSUD dr. Slamet", "Jalan Dr. Sutomo": an honorific after a place or organization head names an institution. */
function institutionBefore(text: string, start: number): Evidence | null {
  if (!honorificBefore(text, start)) return null;
  const head = HEAD_HONORIFIC.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (!head) return null;
  const w = head.toLowerCase();
  return isPlaceHead(w) ? 'place-word' : isOrganizationHead(w) ? 'org-word' : null;
}

/** The rest of a place or organization name after its head word or before its tail word, as shadows. */
function shadows(text: string, run: Run, evidence: Evidence, offset: number, paragraph: number): Candidate[] {
  const toks = run.tokens;
  if (toks.length < 2) return [];
  const out: Candidate[] = [];
  const add = (from: number, to: number): void => {
    const a = toks[from];
    const b = toks[to - 1];
    if (!a || !b || to - from < 1) return;
    out.push({ name: text.slice(a.start, b.end), tokens: to - from, title: null, alias: null, evidence: [evidence], initial: false, shadow: true, afterTitle: false, paragraph, start: offset + a.start });
  };
  add(1, toks.length);
  // "Golden Tide Shipping Lines" → "Golden Tide": every organization or place word at the end goes.
  let end = toks.length - 1;
  while (end > 1 && isNameTail((toks[end - 1] as Token).lower)) end -= 1;
  add(0, end);
  return out;
}

/** Evidence from the head word of the clause before ", Name": "Perusahaan rintisan … asal Yogyakarta, Tanimitra". */
function clauseHead(text: string, tokens: readonly Token[], idx: number): Evidence | null {
  const clause = clauseBefore(text, tokens, idx);
  const head = clause[0];
  if (!head || clause.length < 2) return null;
  return isOrganizationNoun(head.lower) ? 'org-noun' : isPlaceNoun(head.lower) ? 'place-noun' : isPersonNoun(head.lower) ? 'role' : null;
}

// "Member of Parliament Darren Yeo", "Minister for Trade and the Economy Alvin Tan": a title
// joined to the run by "of", "for" or "and the" ("dan" is left out: "Presiden X dan Jusuf Kalla").
const JOINER_BEFORE = /(?:^|\s)(?:(?:of|for)(?:\s+the)?|and\s+the)\s+$/u;
const WHITESPACE = /^\s+$/u;

/** Whether the next word (token `at`) is a role noun that the name modifies: "Rovers coach", "Thai man", "Bloomberg economist". */
function modifiesNext(tokens: readonly Token[], last: Token, at: number): boolean {
  const next = tokens[at];
  if (!next || next.cap || next.start !== last.end + 1 || VERB_SHAPE.test(next.lower)) return false;
  return titleLength(tokens, at) > 0 || isPersonNoun(next.lower);
}

/** All person candidates of one sentence; offsets are shifted by `offset` into the paragraph. */
export function sentenceCandidates(text: string, offset: number, paragraph: number, skipBefore = 0): Candidate[] {
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  // Where each candidate of `out` stands in the sentence.
  const spans: number[] = [];
  const shadowed: Candidate[] = [];
  // Role phrases written before a name ("Kepala Seksi Data dan Informasi BMKG Pekanbaru, Slamet"):
  // the capitalized words inside them are the role, not people.
  const roles: [number, number][] = [];
  const headline = headlineLike(text, tokens);
  const runs = capitalizedRuns(text, tokens);
  for (let r = 0; r < runs.length; r += 1) {
    const run = runs[r] as Run;
    if (run.start < skipBefore) continue;
    const place = isPlaceRun(run.text, run.tokens);
    if (place || isOrganizationRun(run.text, run.tokens)) {
      const kind = place ? 'place-word' : 'org-word';
      shadowed.push(...shadows(text, run, kind, offset, paragraph));
      // "Dinas Kesehatan (Dinkes)": the short form in parentheses names the same body.
      const short = runs[r + 1];
      if (short && short.tokens.length === 1 && /^ \($/u.test(text.slice(run.end, short.start)) && text[short.end] === ')') {
        shadowed.push(shadowOf(text, short.tokens, kind, offset, paragraph));
      }
      continue;
    }
    const split = titleInRun(text, run);
    const name = nameSpan(run.tokens, split.nameFrom);
    if (name.length === 0) continue;
    const whole = text.slice((name[0] as Token).start, (name[name.length - 1] as Token).end);
    // "Harrow & Finch" is a firm: people's names are not joined with an ampersand.
    if (whole.includes('&') || isPlaceRun(whole, name) || isOrganizationRun(whole, name) || (name.length === 1 && isAcronym(whole))) continue;
    // "Kasat Resnarkoba Polres Tanjungbalai", "Bea dan Cukai Teluk Nibung": a run that ends with a
    // place or an organization is a title or a body; "RSUD dr. Slamet Garut" is an institution.
    const named = endsWithPlace(text, name) ?? institutionBefore(text, run.start);
    if (named) {
      shadowed.push(shadowOf(text, name, named, offset, paragraph));
      continue;
    }
    const inRun = split.title !== null && split.nameFrom > 0;
    // Run tokens are the sentence's own token objects, the run's first at index run.from.
    let firstIdx = run.from + run.tokens.indexOf(name[0] as Token);
    let before = inRun ? null : roleBefore(text, tokens, firstIdx);
    // "Member of Parliament Darren Yeo": after "of"/"for", the run's first word ends the title.
    if (!before && !inRun && name.length >= 3 && JOINER_BEFORE.test(text.slice(Math.max(0, run.start - 12), run.start))) {
      before = roleBefore(text, tokens, firstIdx + 1);
      if (before) {
        name.shift();
        firstIdx += 1;
      }
    }
    const first = name[0] as Token;
    const last = name[name.length - 1] as Token;
    const lastIdx = firstIdx + name.length - 1;
    if (before && before.start < first.start) roles.push([before.start, before.end]);
    // What follows the name: " (Jokowi)", " (PPDB)", ", 54,", ", NATO's secretary general,".
    const c1 = text.charCodeAt(last.end);
    const paren = c1 === 32 && text.charCodeAt(last.end + 1) === 40;
    const after = paren ? text.slice(last.end, last.end + 40) : '';
    // "Kasat Resnarkoba Polres Tanjungbalai, AKP Rony Hutabarat": a role before the run's own title.
    const outer = inRun && split.title && text.charCodeAt(run.start - 2) === 44 ? roleBefore(text, tokens, run.from) : null;
    if (outer) roles.push([outer.start, outer.end]);
    const inner = outer && split.title ? text.slice(outer.start, run.start + split.title.length) : split.title;
    const title = (inRun ? inner : before?.text) ?? (c1 === 44 ? roleAfter(text, last.end) : null);
    const alias = paren ? (ALIAS.exec(after)?.[1] ?? null) : null;
    const nextIdx = nextWord(tokens, lastIdx + 1);
    const next = tokens[nextIdx];
    // "Whitcombe, who owns … in the Waikato, said": across a comma, the verb has another subject.
    const nextForm = next && WHITESPACE.test(text.slice(last.end, next.start)) ? verbForm(next.lower) : null;
    const evidence: Evidence[] = [];
    if (title) evidence.push('title');
    if (split.honorific || honorificBefore(text, run.start)) evidence.push('honorific');
    if (hasAge(text, run.start, last.end)) evidence.push('age');
    for (const e of evidenceBefore(text, run.start)) if (e !== 'role' || !title) evidence.push(e);
    const described = title ? null : clauseHead(text, tokens, run.from);
    if (described) evidence.push(described);
    if (placeListItem(text, runs, r)) evidence.push('place-word');
    // The run's first word may be a head left out of the name: "KMP Bahari Nusa", "Satelit Terra".
    const head = run.tokens[0] !== first && !inRun && !split.honorific && !before;
    evidence.push(...nameEnds(head ? (run.tokens[0] as Token).lower : first.lower, last.lower, name.length + (head ? 1 : 0)));
    // "Penerimaan Peserta Didik Baru (PPDB)": a phrase spelt out before its acronym names a body or a programme.
    const acronym = paren ? ACRONYM_AFTER.exec(after)?.[1] : undefined;
    if (acronym && acronym.length >= 3 && name.length >= 2) evidence.push('org-word');
    // "Rovers coach Ricardo Almeida said", "a 34-year-old Thai man": the run modifies a noun after it.
    if (modifiesNext(tokens, last, nextIdx)) evidence.push('modifier');
    else if (nextForm === 'prefixed' || nextForm === 'en' || speechBefore(text, inRun || split.honorific ? run.start : first.start)) evidence.push('speaker');
    const initial = headline || (firstIdx === 0 && !title && !split.honorific);
    const verbAfter = c1 === 44 || c1 === 40 || paren || (c1 === 32 && text.charCodeAt(last.end + 1) === 44) || (next !== undefined && VERB_SHAPE.test(next.lower));
    if (name.length >= 2 && (!initial || (verbAfter && !headline))) evidence.push('shape');
    out.push({
      name: text.slice(first.start, last.end),
      tokens: name.length,
      title,
      alias: alias && !isAcronym(alias) ? alias : null,
      evidence,
      initial,
      shadow: false,
      afterTitle: inRun || split.nameFrom > 0,
      paragraph,
      start: offset + first.start,
    });
    spans.push(first.start, last.end);
  }
  // "CEO Tanimitra, Galih …", "Kepala Dinkes Garut, dr. Leni …": inside another's role, a name is
  // what the role heads (an organization or a place), not a person.
  if (roles.length > 0) {
    out.forEach((c, k) => {
      const from = spans[2 * k] ?? 0;
      const to = spans[2 * k + 1] ?? 0;
      if (roles.some(([a, b]) => from >= a && to <= b)) out[k] = { ...c, title: null, alias: null, evidence: ['org-word'], shadow: true };
    });
  }
  for (const c of shadowed) out.push(c);
  return out;
}
