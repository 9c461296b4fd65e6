/**
 * Person-name candidates in one sentence, each with the evidence that it is a person: a title
 * ("Presiden Joko Widodo"), speech ("kata Halid", "Rutte menegaskan"), or a plain name shape.
 */
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { isAcronym, isOrganizationRun, isPlaceRun, nameWordOk, tokenIsOrganization, tokenIsPlace } from './names.ts';
import { ADVERBS, verbForm } from './reporting.ts';
import { appositiveTitle, isTitleToken, splitTitle, titleBefore } from './titles.ts';
import { capitalizedRuns, tokenize, type Token } from './tokens.ts';

/** One possible person mention. */
export interface Candidate {
  name: string;
  tokens: number;
  title: string | null;
  /** Nickname in parentheses right after the name: "Joko Widodo (Jokowi)". */
  alias: string | null;
  /** The name is the subject or object of a reporting verb. */
  speaker: boolean;
  /** The name is the first word(s) of the sentence, where capitals prove nothing. */
  initial: boolean;
  /** The next word looks like a verb or punctuation follows: "Mark Rutte menegaskan", "Mark Rutte,". */
  verbAfter: boolean;
  paragraph: number;
  /** Offset inside the paragraph. */
  start: number;
}

const SPEECH_BEFORE = /(?:^|[\s,])(?:kata|ujar|tutur|ucap|imbuh|menurut|according to|said|says|told)\s+$/iu;

function isDateWord(t: Token): boolean {
  return MONTHS.has(t.lower) || WEEKDAYS.has(t.lower);
}

/** Index just after the name, skipping adverbs, to find the word that follows it. */
function nextWord(tokens: readonly Token[], from: number): Token | undefined {
  let i = from;
  while (tokens[i] && ADVERBS.has((tokens[i] as Token).lower)) i += 1;
  return tokens[i];
}

// Title words are never names on their own: "Menurut Presiden" refers to a titled person.
const nameWord = (t: Token): boolean =>
  nameWordOk(t) && !isDateWord(t) && !isTitleToken(t) && !tokenIsPlace(t) && !tokenIsOrganization(t);

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

const APPOSITIVE_NAME = /^,\s+\p{Lu}/u;
const ALIAS = /^ \((\p{Lu}[\p{L}\p{M}'’-]{2,})\)/u;
const VERB_SHAPE = /^(?:me|ber|di|ter)\p{L}{3,}$/u;

/** All person candidates of one sentence; offsets are shifted by `offset` into the paragraph. */
export function sentenceCandidates(text: string, offset: number, paragraph: number, skipBefore = 0): Candidate[] {
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  for (const run of capitalizedRuns(text, tokens)) {
    if (run.start < skipBefore || isPlaceRun(run.text, run.tokens) || isOrganizationRun(run.text, run.tokens)) continue;
    const split = splitTitle(text, run.tokens);
    const name = nameSpan(run.tokens, split.nameFrom);
    const first = name[0];
    const last = name[name.length - 1];
    if (!first || !last) continue;
    const surface = text.slice(first.start, last.end);
    // "Harrow & Finch" is a firm: people's names are not joined with an ampersand.
    if (surface.includes('&') || isPlaceRun(surface, name) || isOrganizationRun(surface, name) || (name.length === 1 && isAcronym(surface))) continue;
    // Run tokens are the sentence's own token objects.
    const firstIdx = Math.max(0, tokens.indexOf(first));
    const lastIdx = Math.max(0, tokens.indexOf(last));
    const title = split.title && split.nameFrom > 0 ? split.title : titleBefore(text, tokens, firstIdx);
    const after = text.slice(last.end, last.end + 120);
    // "Kepala Desa Sukamaju, Endang Suherman": a title run followed by an appositive name holds no name.
    if (name.length === 1 && split.nameFrom > 0 && APPOSITIVE_NAME.test(after)) continue;
    const alias = ALIAS.exec(after)?.[1] ?? null;
    const appos = /^,\s+([^,.;:()"“”]{3,80}?),/u.exec(after)?.[1] ?? null;
    const apposTitle = appos ? appositiveTitle(appos, tokenize(appos)) : null;
    const next = nextWord(tokens, lastIdx + 1);
    const nextForm = next ? verbForm(next.lower) : null;
    // "ujar Presiden Jokowi": the speech verb stands before the whole run, title included.
    const cut = split.nameFrom > 0 ? run.start : first.start;
    const before = text.slice(Math.max(0, cut - 40), cut);
    const speaker = SPEECH_BEFORE.test(before) || nextForm === 'prefixed' || nextForm === 'en';
    out.push({
      name: surface,
      tokens: name.length,
      title: title ?? apposTitle,
      alias: alias && !isAcronym(alias) ? alias : null,
      speaker,
      initial: firstIdx === 0 && !title,
      verbAfter: /^\s*[,(]/u.test(after) || (next !== undefined && VERB_SHAPE.test(next.lower)),
      paragraph,
      start: offset + first.start,
    });
  }
  return out;
}
