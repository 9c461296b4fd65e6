/**
 * Button custom ids (at most 100 characters). "Show paragraph" carries the article id and paragraph
 * itself, so it keeps working after a restart; "More" and "Gloss" point at an answer kept in the
 * bounded `AnswerStore` by a short token, because a whole answer does not fit in 100 characters;
 * the /quotes pager's ◀ ▶ point at its pages the same way (`quote-pager.ts`).
 */
import { DISCORD_LIMITS } from './render-limits.ts';

/** What a Kutip button asks for. */
export type ButtonAction =
  | { kind: 'para'; article: string; paragraph: number }
  | { kind: 'cite'; token: string; index: number }
  | { kind: 'more'; token: string; page: number }
  | { kind: 'gloss'; token: string; page: number }
  | { kind: 'quotes'; token: string; page: number };

const PREFIX = 'kutip';

/** Encode a button action. A paragraph id too long for Discord falls back to the stored citation. */
export function encodeButton(action: ButtonAction, fallback?: { token: string; index: number }): string {
  switch (action.kind) {
    case 'para': {
      // The article id goes last so it may itself contain ":".
      const id = `${PREFIX}:para:${action.paragraph}:${action.article}`;
      if (id.length <= DISCORD_LIMITS.customId || fallback === undefined) return id;
      return `${PREFIX}:cite:${fallback.token}:${fallback.index}`;
    }
    case 'cite':
      return `${PREFIX}:cite:${action.token}:${action.index}`;
    case 'more':
    case 'gloss':
    case 'quotes':
      return `${PREFIX}:${action.kind}:${action.token}:${action.page}`;
  }
}

/** Decode a custom id; null for anything Kutip did not make (or a mangled id). */
export function decodeButton(customId: string): ButtonAction | null {
  const m = /^kutip:(para|cite|more|gloss|quotes):([^:]+):(.+)$/.exec(customId);
  if (m === null) return null;
  const [, kind, first = '', rest = ''] = m;
  if (kind === 'para') {
    const paragraph = Number(first);
    return Number.isInteger(paragraph) && paragraph > 0 ? { kind, article: rest, paragraph } : null;
  }
  const n = Number(rest);
  if (!Number.isInteger(n) || n < 0) return null;
  if (kind === 'cite') return { kind, token: first, index: n };
  if (kind === 'quotes') return { kind, token: first, page: n };
  return kind === 'more' ? { kind, token: first, page: n } : { kind: 'gloss', token: first, page: n };
}
