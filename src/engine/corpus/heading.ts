/**
 * The heading an uploaded article is named by: its detected title — not the site's menus or banners
 * a paste often starts with ("HOME FINANCE HOT ISSUE", "kontan.co.id") — else the start of its first
 * body paragraph. Read from the text's first few kilobytes only, where the header is, so naming a
 * 1 MB upload costs a millisecond on the calling thread, not a layout of the whole text.
 */
import { layout } from '../ingest/layout.ts';

/** How much of the text the heading is read from. */
const HEAD_CHARS = 8000;
/** Words of the first paragraph used when there is no title. */
const LEAD_WORDS = 8;

/** The article's title, else its opening words; null for a text without either. */
export function articleHeading(text: string): string | null {
  const cut = text.length <= HEAD_CHARS ? text.length : text.lastIndexOf('\n', HEAD_CHARS);
  const head = text.slice(0, cut > 0 ? cut : HEAD_CHARS);
  const { meta, body } = layout(head);
  if (meta.title !== null && /\p{L}/u.test(meta.title)) return meta.title;
  const first = body[0];
  if (first === undefined) return null;
  // "Warta9.com, Jakarta - Ketua KPU …": the dateline is the outlet's, the words after it the story's.
  const lead = meta.datelineText !== undefined && first.startsWith(meta.datelineText) ? first.slice(meta.datelineText.length) : first;
  const words = lead.trim().split(/\s+/u).slice(0, LEAD_WORDS).join(' ');
  return /\p{L}/u.test(words) ? words : null;
}
