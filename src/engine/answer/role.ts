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

const MAX_ROLE_WORDS = 10;

/** The person the question names (all its name groups, or all its words), in the articles in scope. */
export function askedPerson(ctx: AnswerContext): { article: Article; person: Person } | null {
  // Chat often writes names in lower case ("siapa darsono?"): then every word must be the name's.
  const named = ctx.groups.filter((g) => g.isName);
  const names = (named.length ? named : ctx.groups).map((g) => fold(g.label));
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

/**
 * The role that ends right before `end` in `text`: from the first title word of the clause before
 * the name ("Direktur festival dari PT Gema Kreasi Nusantara, ", "kata Kepala Seksi Data dan
 * Informasi BMKG Pekanbaru, ") up to the name. The clause stops at sentence punctuation, a quote
 * and a reporting verb.
 */
function titleBefore(text: string, end: number): string | null {
  const head = text.slice(0, end).replace(/[\s,]+$/u, '');
  const tokens = tokenize(head);
  let from = -1;
  // Without a title word, a capitalized run right after the reporting verb is the role:
  // "terang Corporate Communications Strategic Batik Air, Danang …".
  let capitalsFrom = tokens.length;
  let capitalsOnly = true;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= MAX_ROLE_WORDS; i -= 1) {
    const t = tokens[i];
    const after = tokens[i + 1];
    if (!t) break;
    const gap = after ? head.slice(t.end, after.start) : '';
    // An abbreviation in parentheses belongs to the role: "Dinas Kebakaran (Diskar PB) Kota Bandung".
    if (after && /[.;:"“”]|,/u.test(gap)) break;
    if (reportingVerb(t.folded)) {
      if (from < 0 && capitalsOnly && tokens.length - capitalsFrom >= 2) from = capitalsFrom;
      break;
    }
    if (isTitleWord(t.text)) from = i;
    if (/^\p{Lu}/u.test(t.text) && capitalsOnly) capitalsFrom = i;
    else capitalsOnly = false;
  }
  const a = tokens[from];
  const b = tokens.at(-1);
  if (from < 0 || !a || !b) return null;
  return head.slice(a.start, b.end);
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
