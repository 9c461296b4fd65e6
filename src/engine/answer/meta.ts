/**
 * Answers about the article itself: its author, editor, publication date, title, outlet and photo
 * credit. The answer is the field's value; the citation is the verbatim line it was read from
 * ("Reporter: Ratih Waseso | Editor: Noverius Laoli"), as paragraph 0, or the sentence of the body
 * paragraph that holds it (a dateline, "keterangan yang diterima kumparan"). An article without
 * the field gives no answer: nothing is guessed.
 */
import type { MetaTarget } from '../question/meta-target.ts';
import { fold } from '../text/tokens.ts';
import type { Article, Citation, MetaSource, Paragraph } from '../types.ts';
import type { Extraction } from './context.ts';

/** A value and where it is written. */
interface Located {
  value: string;
  source: MetaSource;
}

/** The sentence of a paragraph that holds `text` whole, or `text` itself. */
function sentenceOf(paragraph: Paragraph, text: string): string {
  const at = paragraph.text.indexOf(text);
  const sentence = paragraph.sentences.find((s) => s.start <= at && at + text.length <= s.start + s.text.length);
  return sentence?.text ?? text;
}

/** Cite the source: the sentence of its body paragraph, or the metadata line itself as paragraph 0. */
function cite(article: Article, source: MetaSource): Citation {
  const body = source.paragraph > 0 ? article.paragraphs[source.paragraph - 1] : undefined;
  const inBody = body !== undefined && body.text.includes(source.text);
  return {
    article: article.id,
    title: article.meta.title,
    paragraph: inBody ? body.number : 0,
    excerpt: inBody ? sentenceOf(body, source.text) : source.text,
    score: 1,
  };
}

/** The photo credit whose caption shares most words with the question ("the photo of Kenny Wong"); the first on a tie. */
function photoFor(article: Article, words: readonly string[]): Located | null {
  let best: Located | null = null;
  let bestScore = -1;
  for (const p of article.meta.photos) {
    const line = fold(p.line);
    const score = words.filter((w) => w.length > 2 && line.includes(w)).length;
    if (score > bestScore) {
      best = { value: p.credit, source: { text: p.line, paragraph: 0 } };
      bestScore = score;
    }
  }
  return best;
}

/** The field a target asks for, with its source line, or null when the article does not have it. */
function locate(article: Article, target: Exclude<MetaTarget, null>, words: readonly string[]): Located | null {
  const m = article.meta;
  if (target === 'photo') return photoFor(article, words);
  if (target === 'title') return m.title ? { value: m.title, source: { text: m.title, paragraph: 0 } } : null;
  const value = m[target];
  if (!value) return null;
  return { value, source: m.sources[target] ?? { text: value, paragraph: 0 } };
}

/**
 * Answer a metadata question from the first article in scope that has the field. `words` are the
 * question's folded content words, which choose among several photo credits.
 */
export function answerMeta(target: MetaTarget, articles: readonly Article[], words: readonly string[] = []): Extraction | null {
  if (!target) return null;
  for (const article of articles) {
    const found = locate(article, target, words);
    if (!found) continue;
    return {
      answer: found.value,
      citations: [cite(article, found.source)],
      confidence: 0.95,
      focus: target === 'author' || target === 'editor' ? [found.value] : [],
    };
  }
  return null;
}
