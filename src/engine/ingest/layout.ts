/**
 * Article layout: from raw text to metadata (title, caption, byline, editor, date, credits, photo
 * credits, outlet, dateline) and the verbatim body paragraph texts, using the unit zones of blocks.ts.
 * Each metadata value keeps the verbatim line it was read from (`meta.sources`), for citations.
 */
import type { ArticleMeta } from '../types.ts';
import { classify, findZones, splitUnits, type Unit } from './blocks.ts';
import { readByline, standaloneByline } from './bylines.ts';
import { readCredits } from './credits.ts';
import { MetaEvidence, RANK } from './evidence.ts';
import { headerText } from './header.ts';
import { leadingDate, parseDateline, stripTrailingCredit } from './meta.ts';
import { outletInBody, sourceLineOutlet } from './outlet.ts';
import { photoCredit, photoOutlet } from './photo-credit.ts';
import { findDomain } from './text.ts';

/** Metadata and body paragraph texts of one article. */
export interface Layout {
  meta: ArticleMeta;
  body: string[];
}

/** Metadata of an article that has none. */
export function emptyMeta(): ArticleMeta {
  return {
    title: null, author: null, editor: null, published: null, publishedIso: null, dateline: null, outlet: null,
    caption: null, credits: [], photos: [], sources: {},
  };
}

/** "(Yus)" → "Yus", "(grd/yk)" → "grd/yk"; null for "(*)". */
const initialsOf = (credit: string): string | null => {
  const inner = credit.replace(/^\((.*)\)$/su, '$1').trim();
  return /\p{L}/u.test(inner) ? inner : null;
};

/** Read a unit outside the body: byline, date, credits, photo credit, outlet. */
function readUnit(meta: ArticleMeta, found: MetaEvidence, u: Unit): void {
  if (u.kind === 'date' && u.date) {
    const d = u.date;
    found.add('published', d.published, u.text, d.updated ? RANK.updated : RANK.date, 0, d.publishedIso);
    found.add('author', d.author, u.text, RANK.credit);
    found.add('outlet', d.outlet, u.text, RANK.bylineOutlet);
  } else if (u.kind === 'byline' || u.kind === 'credit') {
    const c = readCredits(u.text);
    const byline = readByline(u.text);
    if (u.kind === 'credit') meta.credits.push(...(u.text.startsWith('(') && c.parts.length === 1 ? [u.text] : c.parts));
    found.add('author', c.author ?? byline?.author, u.text, c.author || !byline?.staff ? RANK.credit : RANK.staff);
    found.add('editor', c.editor, u.text, RANK.credit);
    found.add('outlet', c.outlet ?? byline?.outlet, u.text, RANK.bylineOutlet);
    if (u.kind === 'credit' && !c.author && !c.editor && u.text.startsWith('(')) found.add('author', initialsOf(u.text), u.text, RANK.initials);
  } else if (u.kind === 'masthead') {
    found.add('outlet', findDomain(u.text), u.text, RANK.masthead);
  } else {
    const glued = leadingDate(u.text);
    if (glued) found.add('published', glued.published, glued.text, RANK.leadingDate, 0, glued.publishedIso);
    found.add('outlet', sourceLineOutlet(u.text), u.text, RANK.bylineOutlet);
  }
  const credit = photoCredit(u.text);
  if (credit) {
    meta.photos.push({ credit, line: u.text });
    found.add('outlet', photoOutlet(credit), u.text, RANK.photo);
  }
  // Any domain in the page around the article, except in links to other articles.
  if (u.kind !== 'prose' && u.kind !== 'readalso') found.add('outlet', findDomain(u.text), u.text, RANK.chromeDomain);
}

/** Lay out an article: metadata plus verbatim body paragraph texts (datelines kept, closing credits removed). */
export function layout(raw: string): Layout {
  const meta = emptyMeta();
  const found = new MetaEvidence();
  const zones = findZones(splitUnits(raw).map(classify));
  const { units, first, end } = zones;
  const header = units.slice(0, first);
  const body: string[] = [];
  // One pass in reading order, so that credits keep the order they appear in.
  units.forEach((u, i) => {
    if (i < first || i >= end || u.kind !== 'prose') {
      readUnit(meta, found, u);
      return;
    }
    const { text, credit } = stripTrailingCredit(u.text);
    if (credit) {
      meta.credits.push(credit);
      found.add('author', initialsOf(credit), credit, RANK.initials);
    }
    body.push(text);
  });
  const captions = [...zones.captions].map((i) => units[i]).filter((u): u is Unit => u !== undefined);
  const { title, caption, titleAt } = headerText(header, captions);
  meta.title = title;
  meta.caption = caption;
  const standalone = standaloneByline(header, titleAt);
  if (standalone) {
    found.add('author', standalone.author, standalone.text, RANK.nameBeforeDate);
    found.add('outlet', standalone.outlet, standalone.outletText ?? standalone.text, RANK.bylineOutlet);
  }
  const dateline = body[0] === undefined ? null : parseDateline(body[0]);
  if (dateline) {
    meta.dateline = dateline.place;
    meta.datelineText = dateline.text;
    found.add('outlet', dateline.outlet, dateline.text, RANK.dateline, 1);
  }
  if (!found.has('outlet')) {
    // The page's menus and banners, not its headline or captions: a brand they print is the site's own.
    const chrome = units.filter((u, i) => (i < first || i >= end) && u.kind !== 'prose' && u.kind !== 'caption' && u.text !== title).map((u) => u.text).join('\n');
    const spoken = outletInBody(body, chrome);
    if (spoken) found.add('outlet', spoken.outlet, spoken.text, RANK.body, spoken.paragraph);
  }
  meta.author = found.value('author');
  meta.editor = found.value('editor');
  meta.published = found.value('published');
  meta.publishedIso = found.iso('published');
  meta.outlet = found.value('outlet');
  meta.sources = found.sources();
  return { meta, body };
}
