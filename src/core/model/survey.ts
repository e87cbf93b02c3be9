import type { Location } from './diagnostic';
import type { A1 } from './ids';
import type { ServiceDimension } from './serviceDimension';

/** One respondent's answers to one item, as read (blank or invalid answers are `undefined`). */
export interface SurveyAnswer {
  readonly respondent: string;
  /** Index into `Survey.items`. */
  readonly item: number;
  readonly expectation?: number;
  readonly perception?: number;
  readonly importance?: number;
}

/** A survey item (question): its text as first written, its dimension and where it was first seen. */
export interface SurveyItem {
  readonly item: string;
  readonly dimension: ServiceDimension;
  /** The item's first cell: its Item cell (long form) or its expectation header (wide form). */
  readonly location: Location;
}

/** Where the survey was found and how it is laid out. */
export interface SurveySource {
  readonly sheet: string;
  /** Excel table name, when the grid came from a table. */
  readonly tableName?: string;
  readonly foundBy: 'table' | 'sheet';
  /** `long`: a row per respondent and item; `wide`: a row per respondent, a column per answer. */
  readonly form: 'long' | 'wide';
  /** `A1` range of the header row. */
  readonly header: A1;
  /** Non-blank data rows. */
  readonly rows: number;
}

/**
 * The optional service-quality survey (SERVQUAL; DOMAIN.md §4): expectation and perception
 * per respondent and item on the Policy's Likert scale, optional importance. Only answers
 * that passed every check are here; the rest became diagnostics.
 */
export interface Survey {
  readonly source: SurveySource;
  /** The scale answers were checked against (Policy LikertMin–LikertMax). */
  readonly scale: { readonly min: number; readonly max: number };
  /** Items in questionnaire order (first appearance). */
  readonly items: readonly SurveyItem[];
  /** Answers in reading order, at most one per respondent and item. */
  readonly answers: readonly SurveyAnswer[];
  /** The Importance column's header cell (long form) or first importance column's, when any. */
  readonly importanceAt?: Location;
}
