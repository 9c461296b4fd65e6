/**
 * Candidate values for the metadata fields, each with the verbatim line it came from and how strong
 * its evidence is. The strongest candidate wins; among equals, the first in reading order. Example:
 * an outlet named by a photo credit ("Okezone.com/Setpres", rank 4) gives way to the dateline's
 * ("WARTAKOTALIVE.COM, CIBINONG -", rank 2), whichever comes first in the page.
 */
import type { MetaField, MetaSource } from '../types.ts';

/** Ranks of the evidence for each field: lower is stronger. */
export const RANK = {
  /** A labelled credit or byline: "Reporter: X", "By X", "Editor: Y", "X • 5 December 2024". */
  credit: 1,
  /** The outlet's domain alone on a line: the masthead. */
  masthead: 1,
  /** A date line of the header or trailer. */
  date: 1,
  /** The dateline of the first paragraph: "REPUBLIKA.CO.ID, PEKANBARU --". */
  dateline: 2,
  /** A name alone on the line before the date line (printed twice on some pages). */
  nameBeforeDate: 2,
  /** A newsroom byline: "Reuters Staff", "Tim Redaksi". */
  staff: 2,
  /** A date line labelled as an update ("Diperbarui …"). */
  updated: 2,
  /** Closing initials or a name in parentheses: "(Yus)", "(grd/yk)". */
  initials: 3,
  /** An outlet beside a byline or on a source line: "Name - detikFinance", "Source: CNA/ja". */
  bylineOutlet: 3,
  /** A date that opens a caption it was glued to. */
  leadingDate: 3,
  /** A photo credit of the outlet's own desk: "Okezone.com/Setpres". */
  photo: 4,
  /** Any domain in the page around the article ("Google News Metrotvnews.com"). */
  chromeDomain: 5,
  /** A phrase of the body: "keterangan yang diterima kumparan", "told CNA". */
  body: 6,
} as const;

interface Candidate {
  value: string;
  source: MetaSource;
  rank: number;
  /** The ISO form of a date value. */
  iso: string | null;
}

/** The collected candidates. */
export class MetaEvidence {
  private readonly best = new Map<MetaField, Candidate>();

  /** Offer a value; it replaces the current one only with stronger evidence. */
  add(field: MetaField, value: string | null | undefined, text: string, rank: number, paragraph = 0, iso: string | null = null): void {
    const v = value?.trim();
    if (!v) return;
    const current = this.best.get(field);
    if (current && current.rank <= rank) return;
    this.best.set(field, { value: v, source: { text, paragraph }, rank, iso });
  }

  /** Whether a field has a candidate at least as strong as `rank`. */
  has(field: MetaField, rank: number = Infinity): boolean {
    const c = this.best.get(field);
    return c !== undefined && c.rank <= rank;
  }

  /** The winning value of a field, or null. */
  value(field: MetaField): string | null {
    return this.best.get(field)?.value ?? null;
  }

  /** The ISO form of the winning value (for the publication date). */
  iso(field: MetaField): string | null {
    return this.best.get(field)?.iso ?? null;
  }

  /** The line the winning value came from. */
  sources(): Partial<Record<MetaField, MetaSource>> {
    const out: Partial<Record<MetaField, MetaSource>> = {};
    for (const [field, c] of this.best) out[field] = c.source;
    return out;
  }
}
