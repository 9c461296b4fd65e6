/**
 * Which candidate kinds answer which question kinds: exactly (a count for "how many passengers"),
 * nearly (a bare number for it, a name for "who") or not at all (a person for "when"). A type
 * system, not a score: how much each relation weighs is fitted (see model.ts).
 */
import type { AnswerKind } from '../question/classify.ts';
import type { CandidateKind } from './candidates.ts';

/** How a candidate kind fits the wanted kind. */
export type Fit = 'exact' | 'near' | 'none';

type Relation = { exact: readonly CandidateKind[]; near: readonly CandidateKind[] };

const NAMES: readonly CandidateKind[] = ['person', 'organization', 'place', 'name'];

/** The relation per wanted kind; kinds not listed here (clause, quote, role …) take no typed candidate. */
export const KIND_FIT: Partial<Record<AnswerKind, Relation>> = {
  // Countries and agencies act too: "Ukraina menuduh …", "NEA announced …".
  person: { exact: ['person'], near: ['name', 'organization', 'place'] },
  speaker: { exact: ['person'], near: ['name', 'organization', 'place'] },
  organization: { exact: ['organization'], near: ['name', 'person', 'place'] },
  place: { exact: ['place'], near: ['name', 'organization'] },
  name: { exact: [...NAMES, 'code', 'phrase'], near: ['date', 'number', 'count'] },
  date: { exact: ['date'], near: ['time', 'ordinal', 'number'] },
  time: { exact: ['time'], near: ['date', 'number'] },
  duration: { exact: ['duration'], near: ['count', 'number'] },
  // A count of something ("14 kecamatan") is never a price; a bare figure ("10 ribu") may be.
  money: { exact: ['money'], near: ['number'] },
  percent: { exact: ['percent'], near: ['number'] },
  count: { exact: ['count'], near: ['number', 'money', 'duration', 'percent'] },
  number: { exact: ['count', 'number', 'money', 'percent'], near: ['duration', 'age', 'ordinal', 'time'] },
  age: { exact: ['age'], near: ['number', 'duration', 'count'] },
  ordinal: { exact: ['ordinal'], near: ['number', 'count'] },
  code: { exact: ['code'], near: ['number', 'name', 'count'] },
  reason: { exact: ['reason'], near: [] },
};

/** Whether typed candidates answer this kind at all. */
export function isTyped(kind: AnswerKind): boolean {
  return KIND_FIT[kind] !== undefined;
}

/** How a candidate fits a wanted kind. `text` tells figures ("10 ribu") from number words ("two"). */
export function fitOf(wanted: AnswerKind, kind: CandidateKind, text = ''): Fit {
  const relation = KIND_FIT[wanted];
  if (!relation) return 'none';
  if (relation.exact.includes(kind)) return 'exact';
  // An amount of money or a share is written in figures: "two" alone is neither.
  if ((wanted === 'money' || wanted === 'percent') && kind === 'number' && !/\d/.test(text)) return 'none';
  return relation.near.includes(kind) ? 'near' : 'none';
}

/** The family of a wanted kind, for features whose weight differs by family (where a subject stands …). */
export type KindFamily = 'entity' | 'place' | 'time' | 'amount' | 'reason';

/** Every family, for per-family weights. */
export const KIND_FAMILIES: readonly KindFamily[] = ['entity', 'place', 'time', 'amount', 'reason'];

export function familyOf(kind: AnswerKind): KindFamily {
  switch (kind) {
    case 'place':
      return 'place';
    case 'reason':
      return 'reason';
    case 'date':
    case 'time':
      return 'time';
    case 'duration':
    case 'money':
    case 'percent':
    case 'count':
    case 'number':
    case 'age':
    case 'ordinal':
      return 'amount';
    default:
      return 'entity';
  }
}
