/**
 * From the person candidates of an article to its people: mentions of one name are grouped, their
 * evidence added up (person-evidence.ts), and a name is a person when the whole article's evidence
 * says so. Along the way: a pair written with a hyphen is two people ("Joko Widodo-Jusuf Kalla
 * (Jokowi-JK)"), title words left at the front of a name are given back to the title ("Bupati
 * Sidrap Andi Rusdi Tahir" when "Andi Rusdi" is written alone), a shorter form of a longer name is
 * its alias ("Jing Wen" of "Quah Jing Wen"), and one-word mentions join the name they are a word of.
 */
import { nameKey } from './names.ts';
import type { Candidate } from './person-candidates.ts';
import { PERSON_THRESHOLD, WEIGHTS, evidenceInName, personScore, type Evidence } from './person-evidence.ts';

/** All mentions of one name. */
export interface Group {
  name: string;
  key: string;
  words: readonly string[];
  aliases: string[];
  titles: string[];
  paragraphs: Set<number>;
  evidence: Set<Evidence>;
  /** Some mention is a real candidate, not only a shadow of a place or organization. */
  real: boolean;
  /** Every real mention opens its sentence. */
  allInitial: boolean;
  /** First real mention: paragraph and offset, for a role introduced before it. */
  paragraph: number;
  start: number;
}

const addUnique = (list: string[], value: string | null): void => {
  if (!value) return;
  const lower = value.toLowerCase();
  if (!list.some((v) => v.toLowerCase() === lower)) list.push(value);
};

/** Add a title unless a longer one already holds it; a longer one replaces the shorter it extends. */
const addTitle = (list: string[], value: string | null): void => {
  if (!value) return;
  const lower = value.toLowerCase();
  if (list.some((v) => v.toLowerCase().startsWith(lower))) return;
  const shorter = list.findIndex((v) => lower.startsWith(v.toLowerCase()) && lower.length > v.length);
  if (shorter >= 0) list[shorter] = value;
  else list.push(value);
};

const PAIR_JOIN = /-(?=\p{Lu})/u;

/**
 * "Joko Widodo-Jusuf Kalla (Jokowi-JK)" → Joko Widodo (Jokowi) and Jusuf Kalla (JK): a hyphen
 * before a capital joins two names when the pair has three words or more. Mentions without one
 * come back as they are.
 */
function splitPair(c: Candidate): Candidate[] {
  if (c.shadow || !PAIR_JOIN.test(c.name)) return [c];
  const words = c.name.split(' ');
  // "pasangan Yohanes-Hendrikus": two short forms, each a mention of its own name, no title.
  if (words.length === 1) {
    const cut = c.name.search(PAIR_JOIN);
    const kept = c.evidence.filter((e) => e !== 'title' && e !== 'role');
    const one = (name: string, start: number): Candidate => ({ ...c, name, tokens: 1, title: null, alias: null, evidence: kept, start });
    return [one(c.name.slice(0, cut), c.start), one(c.name.slice(cut + 1), c.start + cut + 1)];
  }
  const at = words.findIndex((w) => PAIR_JOIN.test(w));
  const joined = words[at] ?? '';
  const cut = joined.search(PAIR_JOIN);
  const left = [...words.slice(0, at), joined.slice(0, cut)];
  const right = [joined.slice(cut + 1), ...words.slice(at + 1)];
  if (left.length + right.length < 3) return [c];
  const aliases = c.alias?.split('-') ?? [];
  const leftName = left.join(' ');
  // The words of each name give their own evidence: "Pekanbaru-Pangkalan Kerinci" is two places.
  const kept = c.evidence.filter((e) => e !== 'place-word' && e !== 'org-word' && e !== 'thing-word');
  const part = (ws: string[], alias: string | null, start: number): Candidate => ({
    ...c,
    name: ws.join(' '),
    tokens: ws.length,
    alias,
    start,
    evidence: [...kept, ...evidenceInName(ws.map((w) => w.toLowerCase())), ...(ws.length === 1 ? [] : [])].filter((e) => e !== 'shape' || ws.length >= 2),
  });
  return [part(left, aliases.length === 2 ? (aliases[0] ?? null) : null, c.start), part(right, aliases.length === 2 ? (aliases[1] ?? null) : null, c.start + leftName.length + 1)];
}

/** Whether `inner` occurs in `outer` as consecutive words. */
function containsRun(outer: readonly string[], inner: readonly string[], from = 0): number {
  for (let i = from; i + inner.length <= outer.length; i += 1) {
    let ok = true;
    for (let k = 0; k < inner.length && ok; k += 1) ok = outer[i + k] === inner[k];
    if (ok) return i;
  }
  return -1;
}

/**
 * A name after a title in the same run may start with the title's last words: "Sidrap Andi Rusdi
 * Tahir" when "Andi Rusdi" is a name of the article, "Udara Kemenhub Widodo Hartanto" when
 * "Widodo Hartanto" is, or when its first words are lowercase words of the article. The dropped
 * words go back to the title.
 */
function trimTitleWords(c: Candidate, keys: readonly (readonly string[])[], isVocabulary: (word: string) => boolean): Candidate {
  if (!c.afterTitle || c.shadow || c.tokens < 3) return c;
  const words = nameKey(c.name).split(' ');
  let k = 0;
  for (const other of keys) {
    if (other.length < 2 || other.length >= words.length) continue;
    const at = containsRun(words, other, 1);
    if (at > 0 && (k === 0 || at < k)) k = at;
  }
  if (k === 0) while (k < words.length - 2 && isVocabulary(words[k] ?? '')) k += 1;
  if (k === 0) return c;
  const surface = c.name.split(' ');
  if (surface.length !== words.length) return c;
  const dropped = surface.slice(0, k).join(' ');
  const name = surface.slice(k).join(' ');
  return { ...c, name, tokens: words.length - k, title: c.title ? `${c.title} ${dropped}` : dropped, start: c.start + dropped.length + 1 };
}

function newGroup(c: Candidate): Group {
  const key = nameKey(c.name);
  return {
    name: c.name,
    key,
    words: key.split(' '),
    aliases: [],
    titles: [],
    paragraphs: new Set(),
    evidence: new Set(),
    real: false,
    allInitial: true,
    paragraph: c.paragraph,
    start: c.start,
  };
}

/** Add one mention to a group; `alone` marks a one-word mention of a longer name. */
function addMention(g: Group, c: Candidate, alone: boolean): void {
  for (const e of c.evidence) if (!alone || (e !== 'shape' && e !== 'initial')) g.evidence.add(e);
  if (c.shadow) return;
  if (!g.real) {
    // The first real mention names the group ("Lim" shadows aside).
    g.real = true;
    g.name = alone ? g.name : c.name;
    g.paragraph = c.paragraph;
    g.start = c.start;
  }
  if (!alone) g.allInitial &&= c.initial;
  else g.evidence.add('short-form');
  addTitle(g.titles, c.title);
  g.paragraphs.add(c.paragraph);
}

/** Whether half of a group's words or more are written in lowercase in the article ("Operasi Pasar Murah"). */
function commonWords(g: Group, isVocabulary: (word: string) => boolean): boolean {
  const common = g.words.filter((w) => isVocabulary(w)).length;
  return common > 0 && common * 2 >= g.words.length;
}

/**
 * The evidence of a group as decided: its mentions' evidence, whether it only ever opens
 * sentences, and whether its words are common words of the article.
 */
export function groupEvidence(g: Group, isVocabulary: (word: string) => boolean): Set<Evidence> {
  const ev = initialEvidence(g);
  if (commonWords(g, isVocabulary)) ev.add('common-word');
  return ev;
}

/** A group's evidence with 'initial' when it only ever opens sentences and nothing says it speaks ("Rutte menegaskan …" does). */
function initialEvidence(g: Group): Set<Evidence> {
  const ev = new Set(g.evidence);
  if (g.allInitial && !ev.has('speaker')) ev.add('initial');
  return ev;
}

/**
 * Whether a group is a person. The article's vocabulary is only asked when its answer can change
 * the decision: a look-up costs a search of the article, and most names are decided without it.
 */
export function isPerson(g: Group, isVocabulary: (word: string) => boolean): boolean {
  if (!g.real) return false;
  const score = personScore(initialEvidence(g));
  if (score < PERSON_THRESHOLD) return false;
  return score + WEIGHTS['common-word'] >= PERSON_THRESHOLD || !commonWords(g, isVocabulary);
}

/** Options for grouping: a nickname test and the article's lowercase vocabulary. */
export interface GroupOptions {
  isBlend: (word: string, name: string) => boolean;
  isVocabulary: (word: string) => boolean;
  /** Extra evidence for a one-word name once grouped (a role introduced earlier in its paragraph). */
  single?: (g: Group) => { title: string | null; evidence: Evidence[] };
}

/** The groups of an article's candidates that are people, in order of first mention. */
export function groupPeople(candidates: readonly Candidate[], options: GroupOptions): Group[] {
  return allGroups(candidates, options).filter((g) => isPerson(g, options.isVocabulary));
}

/** Every group of an article's candidates, people or not (for groupPeople and for explaining decisions). */
export function allGroups(candidates: readonly Candidate[], options: GroupOptions): Group[] {
  const { isVocabulary } = options;
  const all = candidates.flatMap(splitPair);
  const multiKeys = [...new Set(all.filter((c) => c.tokens >= 2 && !c.shadow).map((c) => nameKey(c.name)))].map((k) => k.split(' '));
  const mentions = all.map((c) => trimTitleWords(c, multiKeys, isVocabulary));
  const groups = new Map<string, Group>();
  const groupOf = (c: Candidate): Group => {
    const key = nameKey(c.name);
    let g = groups.get(key);
    if (!g) {
      g = newGroup(c);
      groups.set(key, g);
    }
    return g;
  };
  for (const c of mentions) if (c.tokens >= 2) addMention(groupOf(c), c, false);
  // One-word shadows ("Dinkes" of "Dinas Kesehatan (Dinkes)", "Garut" of "Kabupaten Garut") name a
  // body or a place: a longer name that starts with the body or ends with the place is theirs too.
  const bodies = new Set(mentions.filter((c) => c.shadow && c.tokens === 1 && c.evidence.includes('org-word')).map((c) => nameKey(c.name)));
  const places = new Set(mentions.filter((c) => c.shadow && c.tokens === 1 && c.evidence.includes('place-word')).map((c) => nameKey(c.name)));
  for (const g of groups.values()) {
    if (bodies.has(g.words[0] ?? '')) g.evidence.add('org-word');
    if (places.has(g.words[g.words.length - 1] ?? '')) g.evidence.add('place-word');
  }
  // A shorter form of a longer name written in the article is that person: "Jing Wen", "Andi Rusdi".
  const multi = [...groups.values()];
  for (const g of multi) {
    if (!g.real) continue;
    const longer = multi.filter((h) => h !== g && h.real && groups.has(h.key) && h.words.length > g.words.length && containsRun(h.words, g.words) >= 0);
    const target = longer[0];
    if (longer.length !== 1 || !target) continue;
    for (const e of g.evidence) target.evidence.add(e);
    for (const t of g.titles) addTitle(target.titles, t);
    for (const p of g.paragraphs) target.paragraphs.add(p);
    target.allInitial &&= g.allInitial;
    addUnique(target.aliases, g.name);
    groups.delete(g.key);
  }
  // Nicknames in parentheses name the person before them: "Joko Widodo (Jokowi)".
  for (const c of mentions) {
    if (c.tokens < 2 || !c.alias || c.shadow) continue;
    const g = groups.get(nameKey(c.name));
    if (g && nameKey(c.alias) !== g.key) addUnique(g.aliases, c.alias);
  }
  // One-word mentions: a word, alias or nickname of a longer name (a person's first), or a name alone.
  const longNames = [...groups.values()];
  // Which longer names are people on their own evidence, decided once (without the costly
  // vocabulary, which only refines the decision): a one-word mention prefers them.
  const person = new Set(longNames.filter((g) => g.real && personScore(initialEvidence(g)) >= PERSON_THRESHOLD));
  const byWord = new Map<string, Group[]>();
  const index = (w: string, g: Group): void => {
    const list = byWord.get(w);
    if (!list) byWord.set(w, [g]);
    else if (!list.includes(g)) list.push(g);
  };
  // Nickname blends ("Jokowi", "SBY") start with the initial of the name's first word.
  const byInitial = new Map<string, Group[]>();
  for (const g of longNames) {
    for (const w of [...g.words, ...g.aliases.map(nameKey)]) index(w, g);
    const initial = g.key[0] ?? '';
    const list = byInitial.get(initial);
    if (list) list.push(g);
    else byInitial.set(initial, [g]);
  }
  for (const c of mentions) {
    if (c.tokens !== 1) continue;
    const w = nameKey(c.name);
    let hits: Group[] = [];
    if (!c.shadow) {
      hits = byWord.get(w) ?? [];
      if (hits.length === 0) hits = (byInitial.get(w[0] ?? '') ?? []).filter((g) => g.words.length >= 2 && options.isBlend(c.name, g.name));
    }
    const target = hits.find((g) => person.has(g)) ?? hits[0];
    if (target) {
      addMention(target, c, true);
      if (w !== target.key) addUnique(target.aliases, c.name);
      if (c.alias) addUnique(target.aliases, c.alias);
      index(w, target);
      continue;
    }
    const g = groupOf(c);
    addMention(g, c, false);
    if (c.alias) addUnique(g.aliases, c.alias);
  }
  if (options.single) {
    for (const g of groups.values()) {
      if (g.words.length !== 1 || !g.real || g.titles.length > 0) continue;
      const extra = options.single(g);
      addTitle(g.titles, extra.title);
      for (const e of extra.evidence) g.evidence.add(e);
    }
  }
  return [...groups.values()];
}
