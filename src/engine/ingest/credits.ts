/**
 * Credit lines: who wrote and who edited an article, as outlets print it before or after the body.
 * "Reporter: Ratih Waseso | Editor: Noverius Laoli", "Penulis: X" and "Editor: Y" on their own
 * lines, "Rep: X/ Red: Y", "(Reporting by X; Editing by Y)", "Laporan wartawan Outlet.com X",
 * "By Jane Doe, Reuters", "Oleh: Budi Santoso".
 */
import { authorFrom, nameLike } from './meta.ts';
import { outletLike } from './outlet-like.ts';
import { findDomain } from './text.ts';

/** What one credit line says: the writer, the editor and an outlet it names, and its parts verbatim. */
export interface CreditRoles {
  author: string | null;
  editor: string | null;
  outlet: string | null;
  /** The credits of the line, one per role ("Reporter: X", "Editor: Y"). */
  parts: string[];
}

type Role = 'author' | 'editor' | 'other';

// Labels, longest first so "editing by" wins over "editor". Short ones ("rep", "red") need a colon.
const LABELS: readonly [RegExp, Role][] = [
  [/^laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\b/iu, 'author'],
  [/^additional\s+reporting(?:\s+by)?\b/iu, 'other'],
  [/^(?:reporting|writing|written|text|words)\s+by\b/iu, 'author'],
  [/^(?:editing|edited)\s+by\b/iu, 'editor'],
  [/^(?:reporter|wartawan|penulis|jurnalis|pewarta|kontributor|koresponden|writer|author)\b/iu, 'author'],
  [/^(?:editor|penyunting|redaktur)\b/iu, 'editor'],
  [/^(?:by|oleh)\b/iu, 'author'],
  [/^rep(?=\s*:)/iu, 'author'],
  [/^red(?=\s*:)/iu, 'editor'],
];

// Where one credit ends and the next begins: "|", ";", "/ Red:", or a label with a colon.
const SEPARATOR = /\s*[|;]\s*|\s*\/\s*(?=(?:red|rep|editor)\s*:)|\s+(?=(?:editor|penyunting|redaktur|reporter|penulis|pewarta|wartawan)\s*:)/iu;

/** Names after a label: "Jane Doe", "Jane Doe and John Roe", "Ahmad, Budi"; null when not names. */
function namesOf(value: string): string | null {
  const v = value.trim().replace(/\s+in\s+\p{Lu}[\p{L}\s]*$/u, '').replace(/[.,;:)\s]+$/u, '').trim();
  const names = v.split(/\s*,\s*|\s+(?:and|dan)\s+|\s*&\s*/u);
  if (names.length > 0 && names.length <= 4 && names.every((n) => nameLike(n))) return v;
  return authorFrom(v);
}

/** "Wartakotalive.com Hironimus Rama", "Tribunnews.com, Reza Deni", "Tribun Jabar, Nandri": outlet and name. */
function reportOf(value: string): { name: string | null; outlet: string | null } {
  const domain = findDomain(value);
  if (domain && value.trimStart().startsWith(domain)) {
    return { outlet: domain, name: namesOf(value.trimStart().slice(domain.length).replace(/^[\s,]+/u, '')) };
  }
  const comma = value.indexOf(',');
  if (comma > 0 && outletLike(value.slice(0, comma))) return { outlet: value.slice(0, comma).trim(), name: namesOf(value.slice(comma + 1)) };
  return { outlet: null, name: namesOf(value) };
}

/** The outlet after a byline's name: "By Jane Doe, Reuters", "BY JANE DOE Associated Press". */
function bylineOutlet(value: string): string | null {
  for (const part of value.split(/\s*[,|•·–—]\s*|\s+-\s+/u).slice(1)) if (outletLike(part.trim())) return part.trim();
  return null;
}

// "JANE DOE Associated Press": the name in capitals, then the outlet in mixed case.
const CAPS_NAME_THEN_OUTLET = /^((?:\p{Lu}[\p{Lu}.'’-]+\s+){1,4}\p{Lu}[\p{Lu}.'’-]+)\s+(\p{Lu}\p{Ll}.*)$/u;

/** Read one credit line. */
export function readCredits(line: string): CreditRoles {
  const inner = line.replace(/^\((.*)\)$/su, '$1');
  const parts = inner.split(SEPARATOR).map((c) => c.trim()).filter((c) => c.length > 0);
  const out: CreditRoles = { author: null, editor: null, outlet: null, parts };
  for (const part of parts) {
    const label = LABELS.find(([re]) => re.test(part));
    if (!label) continue;
    const [re, role] = label;
    const value = part.replace(re, '').replace(/^\s*(?::|by\b)?\s*/iu, '');
    if (role === 'editor') out.editor ??= namesOf(value);
    if (role !== 'author') continue;
    if (/^laporan/iu.test(part)) {
      const r = reportOf(value);
      out.author ??= r.name;
      out.outlet ??= r.outlet;
      continue;
    }
    const caps = CAPS_NAME_THEN_OUTLET.exec(value);
    if (caps?.[1] && caps[2] && outletLike(caps[2].trim())) {
      out.author ??= caps[1];
      out.outlet ??= caps[2].trim();
      continue;
    }
    out.author ??= namesOf(value);
    out.outlet ??= bylineOutlet(value);
  }
  return out;
}
