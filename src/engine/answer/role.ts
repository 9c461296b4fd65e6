/**
 * "Who is Slamet Riyadi?" / "What's Danang's job?" / "Apa jabatan X?": the role the article gives a
 * person — a title ingestion attached to them, else the appositive next to their name in the text:
 *   "… kata Kepala Seksi Data dan Informasi BMKG Pekanbaru, Slamet Riyadi di Pekanbaru."
 *     → "Kepala Seksi Data dan Informasi BMKG Pekanbaru"
 *   "Mark Rutte, NATO's secretary general, said …" → "NATO's secretary general"
 */
import { isTitleWord } from '../ingest/titles.ts';
import { reportingVerb } from '../ingest/reporting.ts';
import type { Article, Person } from '../types.ts';
import { fold, tokenize } from '../text/tokens.ts';
import { citationOf, type AnswerContext, type Extraction } from './context.ts';

const JOINERS = new Set(['dan', 'and', 'of', 'for', 'the', '&', 'untuk', 'bidang', 'urusan']);
const MAX_ROLE_WORDS = 10;

/** The person the question names (all its name groups), in the articles in scope. */
function askedPerson(ctx: AnswerContext): { article: Article; person: Person } | null {
  const names = ctx.groups.filter((g) => g.isName).map((g) => fold(g.label));
  if (!names.length) return null;
  for (const id of ctx.scope) {
    const article = ctx.corpus.article(id);
    const person = article?.people.find((p) => {
      const forms = [p.name, ...p.aliases].map(fold);
      return names.every((n) => forms.some((f) => f === n || f.split(' ').includes(n) || n.split(' ').every((w) => f.split(' ').includes(w))));
    });
    if (article && person) return { article, person };
  }
  return null;
}

/** The capitalized title run that ends right before `end` in `text` ("Kepala Seksi … Pekanbaru, "). */
function titleBefore(text: string, end: number): string | null {
  const head = text.slice(0, end).replace(/[\s,]+$/u, '');
  if (!/,\s*$/u.test(text.slice(0, end)) && !/\s$/u.test(text.slice(0, end))) return null;
  const tokens = tokenize(head);
  let first = tokens.length;
  while (first > 0 && tokens.length - first < MAX_ROLE_WORDS) {
    const t = tokens[first - 1];
    if (!t) break;
    const capital = /^\p{Lu}/u.test(t.text);
    if (!capital && !JOINERS.has(t.folded)) break;
    if (reportingVerb(t.folded)) break;
    const gap = head.slice(t.end, tokens[first]?.start ?? head.length);
    // An abbreviation in parentheses belongs to the role: "Dinas Kebakaran (Diskar PB) Kota Bandung".
    if (first < tokens.length && /[,.;:"“”]/u.test(gap)) break;
    first -= 1;
  }
  while (first < tokens.length && JOINERS.has(tokens[first]?.folded ?? '')) first += 1;
  const a = tokens[first];
  const b = tokens.at(-1);
  if (!a || !b || first >= tokens.length) return null;
  const role = head.slice(a.start, b.end);
  // A role names an office: it holds a title word ("Kepala", "secretary", "Direktur").
  return role.split(/[\s()]+/u).some((w) => isTitleWord(w)) ? role : null;
}

/** The appositive between commas right after `start` ("Mark Rutte, NATO's secretary general, …"). */
function titleAfter(text: string, start: number): string | null {
  const m = /^,\s*([^,.;:"“”()]{3,80}?)\s*[,.;]/u.exec(text.slice(start));
  const phrase = m?.[1];
  if (!phrase || phrase.split(/\s+/u).length > MAX_ROLE_WORDS) return null;
  return phrase.split(/\s+/u).some((w) => isTitleWord(w.replace(/['’]s$/u, ''))) ? phrase : null;
}

/** The asked person's role with the sentence that gives it, or null. */
export function extractRole(ctx: AnswerContext): Extraction | null {
  const found = askedPerson(ctx);
  if (!found) return null;
  const { article, person } = found;
  const forms = [person.name, ...person.aliases].sort((a, b) => b.length - a.length);
  for (const paragraph of article.paragraphs) {
    for (const s of paragraph.sentences) {
      for (const form of forms) {
        const at = s.text.indexOf(form);
        if (at < 0) continue;
        const role = titleBefore(s.text, at) ?? titleAfter(s.text, at + form.length);
        if (role) return { answer: role, citations: [citationOf({ article, paragraph, text: s.text }, 1)], confidence: 0.8, focus: [person.name] };
      }
    }
  }
  const title = person.titles[0];
  if (!title) return null;
  const paragraph = article.paragraphs.find((p) => p.text.includes(title));
  const sentence = paragraph?.sentences.find((s) => s.text.includes(title));
  return paragraph && sentence ? { answer: title, citations: [citationOf({ article, paragraph, text: sentence.text }, 1)], confidence: 0.8, focus: [person.name] } : null;
}
