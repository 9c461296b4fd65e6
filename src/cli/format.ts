/** Plain-text rendering of an answer for the console and `npm run ask` (no Discord markdown). */
import type { Answer, Engine } from '../engine/index.ts';
import type { Messages } from '../i18n/messages.ts';

const MAX_EXCERPT = 600;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The answer, its normalized form, and each citation with ¶ number, title and date. */
export function formatAnswer(answer: Answer, engine: Engine, m: Messages, maxCitations = 3): string {
  if (!answer.found || answer.answer === null) {
    return answer.hint ? m.answer.notFound(answer.hint) : m.answer.notFound({ titles: [], people: [], topics: [] });
  }
  // A yes/no answer is "Yes" with the sentence that states it, never the bare span.
  const lines = [`${m.labels.answer}: ${answer.type === 'yes-no' ? m.labels.yes : answer.answer}`];
  if (answer.normalized && answer.normalized !== answer.answer) lines.push(`  (${answer.normalized})`);
  for (const c of answer.citations.slice(0, maxCitations)) {
    const meta = engine.article(c.article)?.meta;
    const where = c.paragraph > 0 ? `${m.labels.paragraph}${c.paragraph}` : `(${m.labels.header})`;
    // Excerpts that open with their own quotation mark are not wrapped in another.
    const excerpt = clip(c.excerpt, MAX_EXCERPT);
    lines.push('', `  ${where} ${/^["“‘'«]/u.test(excerpt) ? excerpt : `“${excerpt}”`}`);
    const title = c.title ?? m.labels.untitled;
    lines.push(`     — ${title}${meta?.published ? ` (${meta.published})` : ''}`);
  }
  return lines.join('\n');
}
