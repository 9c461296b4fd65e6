/**
 * People of an article: names with their titles and aliases, merged across mentions ("Mark Rutte"
 * → "Rutte"; "Joko Widodo (Jokowi)" → "Jokowi"; "Presiden" → the one person titled so).
 */
import type { Paragraph, Person } from '../types.ts';
import { HONORIFICS } from './lexicon.ts';
import { nameKey } from './names.ts';
import { sentenceCandidates, type Candidate } from './person-candidates.ts';
import { isPersonEvidence, personScore, type Evidence } from './person-evidence.ts';
import { allGroups, groupEvidence, groupPeople, type GroupOptions } from './person-groups.ts';
import { containsWord, forEachLetterNumberRun, forEachLowercaseWord, hasLowercaseWord, letterNumberRuns, matchesAt } from './scan.ts';
import { isTitleWord } from './titles.ts';
import { primeSentenceRuns } from './tokens.ts';

/**
 * Whether a word appears lowercase somewhere in the article (capitalized, it is a sentence start
 * or a term, not a name), asked word by word. The first few words asked are searched for natively;
 * past that, one scan collects all of the article's lowercase words.
 */
function lowercaseVocabulary(paragraphs: readonly Paragraph[]): (word: string) => boolean {
  const known = new Map<string, boolean>();
  let all: { has: (word: string) => boolean } | null = null;
  return (word) => {
    if (all) return all.has(word);
    const hit = known.get(word);
    if (hit !== undefined) return hit;
    if (known.size >= SEARCH_WORDS) {
      all = allLowercaseWords(paragraphs);
      return all.has(word);
    }
    const found = LOWERCASE_WORD.test(word) && paragraphs.some((p) => hasLowercaseWord(p.text, word));
    known.set(word, found);
    return found;
  };
}
const LOWERCASE_WORD = /^\p{Ll}[\p{L}\p{M}]*$/u;

/**
 * All lowercase words of the paragraphs, as a set that is only asked `has`: the words stay spans
 * of the paragraph texts, grouped by length and compared in place when asked about.
 */
function allLowercaseWords(paragraphs: readonly Paragraph[]): { has: (word: string) => boolean } {
  const byLength = new Map<number, number[]>(); // length → [paragraph index, start, …]
  paragraphs.forEach((p, k) =>
    forEachLowercaseWord(p.text, (start, end) => {
      const list = byLength.get(end - start);
      if (list) list.push(k, start);
      else byLength.set(end - start, [k, start]);
    }),
  );
  return {
    has(word: string): boolean {
      const list = byLength.get(word.length) ?? [];
      for (let i = 0; i < list.length; i += 2) if (matchesAt(paragraphs[list[i] ?? 0]?.text ?? '', word, list[i + 1] ?? 0)) return true;
      return false;
    },
  };
}

// A native search costs about a twentieth of a character scan per word searched for: up to this
// many words (or name forms, below), searching each beats scanning the article once.
const SEARCH_WORDS = 16;

/**
 * For each of `words` (runs of letters and digits), the paragraphs in which it is a whole word, in
 * order: what a per-paragraph index of `/[\p{L}\p{N}]+/gu` words would give.
 */
function wordFinder(paragraphs: readonly Paragraph[], words: ReadonlySet<string>): (word: string) => readonly Paragraph[] {
  if (words.size <= SEARCH_WORDS) return (word) => paragraphs.filter((p) => containsWord(p.text, word));
  // One scan of each paragraph's letter/digit runs; only runs as long as a wanted word are compared.
  const byLength = groupByLength(words);
  const where = new Map<string, Paragraph[]>();
  for (const p of paragraphs) {
    forEachLetterNumberRun(p.text, (start, end) => {
      for (const w of byLength.get(end - start) ?? []) {
        if (!matchesAt(p.text, w, start)) continue;
        const list = where.get(w);
        if (!list) where.set(w, [p]);
        else if (list[list.length - 1] !== p) list.push(p);
      }
    });
  }
  return (word) => where.get(word) ?? [];
}

/** Words by their length. */
function groupByLength(words: Iterable<string>): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const w of words) {
    const list = byLength.get(w.length);
    if (list) list.push(w);
    else byLength.set(w.length, [w]);
  }
  return byLength;
}

// The words of a name's key, asked for every mention compared with every person: kept per name.
const wordsMemo = new Map<string, readonly string[]>();
function keyWords(name: string): readonly string[] {
  let words = wordsMemo.get(name);
  if (words === undefined) {
    words = nameKey(name).split(' ');
    if (wordsMemo.size > 5000) wordsMemo.clear();
    wordsMemo.set(name, words);
  }
  return words;
}

/**
 * Whether `alias` is a blend of the name's word starts: "Jokowi" = "Jo(ko)" + "Wi(dodo)",
 * "SBY" = Susilo Bambang Yudhoyono. Needs at least two words of the name.
 */
export function isBlendOf(alias: string, name: string): boolean {
  const a = alias.toLowerCase();
  if (a.length < 3 || a.length > 12 || !name.includes(' ')) return false;
  const parts = keyWords(name);
  // Cheap rejection first: a blend starts with the initial of one of the name's words.
  if (parts.length < 2 || !parts.some((p) => p[0] === a[0])) return false;
  const walk = (pos: number, part: number, used: number): boolean => {
    if (pos === a.length) return used >= 2;
    const word = parts[part];
    if (word === undefined) return false;
    // The lengths for which a[pos…] starts with the word's first letters: up to their common prefix.
    let common = 0;
    const most = Math.min(word.length, a.length - pos);
    while (common < most && a.charCodeAt(pos + common) === word.charCodeAt(common)) common += 1;
    for (let len = common; len >= 1; len -= 1) if (walk(pos + len, part + 1, used + 1)) return true;
    return walk(pos, part + 1, used);
  };
  return walk(0, 0, 0);
}

/** Whether a one-word mention refers to a known person: a word of the name, an alias, or a blend. */
function matchesPerson(word: string, p: Person): boolean {
  const w = word.toLowerCase();
  if (keyWords(p.name).includes(w)) return true;
  if (p.aliases.some((a) => a.toLowerCase() === w)) return true;
  return isBlendOf(word, p.name);
}

const ROLE_INTRO = /(?:^|\s)(?:salah\s+)?(?:seorang|satu|a|an)\s+(\p{Ll}+)(?:\s+(\p{Ll}{3,}))?/gu;

/** Title words of the "seorang pedagang beras" kind before a mention, for people introduced by role. */
function roleIntro(text: string): string | null {
  const matches = [...text.matchAll(ROLE_INTRO)];
  for (const m of matches.reverse()) {
    const role = m[1] ?? '';
    if (!isTitleWord(role)) continue;
    const next = m[2];
    return next && !/^(?:di|yang|juga|dari|ke|at|in|who|of|from|mengatakan|said)$/u.test(next) ? `${role} ${next}` : role;
  }
  return null;
}

/** The candidates of an article and the options to group them with. */
function prepare(paragraphs: readonly Paragraph[], datelineText: string | null): { candidates: Candidate[]; options: GroupOptions } {
  // The dateline ("BANDUNG, Warta Priangan -") names a city and an outlet, never a person.
  const skip = (p: Paragraph): number => (p.number === 1 && datelineText && p.text.startsWith(datelineText) ? datelineText.length : 0);
  const candidates: Candidate[] = [];
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      // Tokenize the paragraph and find its runs once; its sentences take theirs from it.
      primeSentenceRuns(p.text, s.text, s.start);
      for (const c of sentenceCandidates(s.text, s.start, p.number, Math.max(0, skip(p) - s.start))) candidates.push(c);
    }
  }
  const paragraphText = (n: number): string => (paragraphs[n - 1]?.number === n ? paragraphs[n - 1] : paragraphs.find((p) => p.number === n))?.text ?? '';
  const options: GroupOptions = {
    isBlend: isBlendOf,
    isVocabulary: lowercaseVocabulary(paragraphs),
    single: (g) => {
      const role = roleIntro(paragraphText(g.paragraph).slice(0, g.start));
      return { title: role, evidence: role ? ['role'] : [] };
    },
  };
  return { candidates, options };
}

/**
 * Every capitalized name of an article that was weighed as a person, with its evidence and score
 * (for checking the decisions by eye: scripts/people-report.ts).
 */
export function explainPeople(paragraphs: readonly Paragraph[], datelineText: string | null = null): { name: string; evidence: Evidence[]; score: number; person: boolean }[] {
  const { candidates, options } = prepare(paragraphs, datelineText);
  return allGroups(candidates, options)
    .filter((g) => g.real)
    .map((g) => {
      const evidence = [...groupEvidence(g, options.isVocabulary)];
      return { name: g.name, evidence, score: personScore(evidence), person: isPersonEvidence(evidence) };
    });
}

/** The people of an article, in order of first mention. */
export function findPeople(paragraphs: readonly Paragraph[], datelineText: string | null = null): Person[] {
  const { candidates, options } = prepare(paragraphs, datelineText);
  const groups = groupPeople(candidates, options);
  const drafts = groups.map((g) => ({ name: g.name, aliases: g.aliases, titles: g.titles, paragraphs: g.paragraphs }));
  // Every paragraph that mentions a person.
  const forms = drafts.flatMap((d) => [d.name, ...d.aliases].map((form) => ({ d, form, parts: letterNumberRuns(form) })));
  const withWord = wordFinder(paragraphs, new Set(forms.flatMap((f) => f.parts.slice(0, 1))));
  for (const { d, form, parts } of forms) {
    const first = parts[0];
    if (first === undefined) continue;
    // A one-word form is found by its word alone; longer ones must occur as a whole.
    const whole = parts.length > 1;
    for (const p of withWord(first)) if (!whole || containsWord(p.text, form)) d.paragraphs.add(p.number);
  }
  return drafts
    .map((d) => ({ name: d.name, aliases: d.aliases, titles: d.titles, paragraphs: [...d.paragraphs].sort((a, b) => a - b) }))
    .sort((a, b) => (a.paragraphs[0] ?? 0) - (b.paragraphs[0] ?? 0));
}

/**
 * The person a surface form refers to: full name, alias, one word of the name, a nickname blend,
 * or a title that only one person holds ("Presiden" → Joko Widodo). Null when unknown.
 */
export function resolvePerson(people: readonly Person[], surface: string): Person | null {
  const key = nameKey(surface);
  if (key.length === 0) return null;
  const exact = people.find((p) => nameKey(p.name) === key || p.aliases.some((a) => nameKey(a) === key));
  if (exact) return exact;
  const words = key.split(' ');
  // find, not filter: the first match is the answer, and matching runs the blend search.
  if (words.length === 1) {
    const byWord = people.find((p) => matchesPerson(surface, p));
    if (byWord) return byWord;
  } else {
    // "Presiden Jokowi", "Menteri Budi Santoso", "Ms Lim", "Pak Jokowi": drop leading title words
    // and honorifics and try again.
    const rest = words.findIndex((w) => !isTitleWord(w) && !HONORIFICS.has(w));
    if (rest > 0) return resolvePerson(people, words.slice(rest).join(' '));
  }
  // "ujar Presiden", "Kepala Bulog": a title that one person holds, opened by a title word ("Lumora"
  // is not Hannah Brecht because she is "Lumora CEO").
  const keyWord = `${key} `;
  const byTitle = isTitleWord(words[0] ?? '') ? people.find((p) => p.titles.some((t) => `${nameKey(t)} `.startsWith(keyWord))) : undefined;
  if (byTitle) return byTitle;
  // "analyst Tom Rivers of Pell Securities": a longer phrase that contains a known full name.
  const padded = ` ${key} `;
  return words.length > 1 ? (people.find((p) => nameKey(p.name).includes(' ') && padded.includes(` ${nameKey(p.name)} `)) ?? null) : null;
}
