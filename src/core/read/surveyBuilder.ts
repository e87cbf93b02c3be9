import type { Location } from '../model/diagnostic';
import type { ServiceDimension } from '../model/serviceDimension';
import type { SurveyAnswer, SurveyItem } from '../model/survey';
import { qualifiedA1 } from '../model/address';
import type { DiagnosticCollector } from './diagnosticCollector';

/** An item's identity: its text, NFKC, trimmed, spaces collapsed, any case. */
export const itemKey = (text: string): string =>
  text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** A respondent's identity: the id as written, NFKC and trimmed. */
export const respondentKey = (text: string): string => text.normalize('NFKC').trim();

/**
 * Collects a survey's items and answers for both layouts: one item per identity (the first
 * dimension given wins, a different one later is a finding), one answer per respondent and
 * item (a repeat is a finding and is left out).
 */
export class SurveyBuilder {
  readonly items: SurveyItem[] = [];
  private readonly keys = new Map<string, string>();
  readonly answers: SurveyAnswer[] = [];
  private readonly itemIndex = new Map<string, number>();
  private readonly conflicted = new Set<number>();
  private readonly firstAnswer = new Map<string, Location>();
  private readonly firstRow = new Map<string, Location>();

  constructor(private readonly diagnostics: DiagnosticCollector) {}

  /** The index of a known item, if it is known. */
  known(text: string): number | undefined {
    return this.itemIndex.get(this.keyOf(text));
  }

  /** itemKey, remembered per text: a survey repeats a few item texts on every row. */
  private keyOf(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = itemKey(text);
      this.keys.set(text, key);
    }
    return key;
  }

  /** The dimension of a known item. */
  dimensionOf(index: number): ServiceDimension | undefined {
    return this.items[index]?.dimension;
  }

  /**
   * The index of an item, registering it on first sight. A later, different dimension is
   * reported once per item at `dimensionAt`; the first dimension is kept.
   */
  item(text: string, dimension: ServiceDimension, at: Location, dimensionAt: Location): number {
    const key = this.keyOf(text);
    const i = this.itemIndex.get(key);
    if (i === undefined) {
      this.itemIndex.set(key, this.items.length);
      this.items.push({ item: text.trim(), dimension, location: at });
      return this.items.length - 1;
    }
    const first = this.items[i];
    if (first && first.dimension !== dimension && !this.conflicted.has(i)) {
      this.conflicted.add(i);
      this.diagnostics.add(
        'SURVEY_ITEM_DIMENSION_CONFLICT',
        dimensionAt,
        {
          item: first.item,
          dimension,
          firstDimension: first.dimension,
          at: qualifiedA1(first.location.sheet, first.location.a1),
        },
        undefined,
        [first.location],
      );
    }
    return i;
  }

  /**
   * True (with a finding at `at`) when this respondent already answered this item (long
   * form); the first answer is kept.
   */
  repeated(respondent: string, item: number, at: Location, itemText: string): boolean {
    const key = `${respondentKey(respondent)}\u0000${item}`;
    const first = this.firstAnswer.get(key);
    if (first) {
      this.diagnostics.add(
        'SURVEY_DUPLICATE_RESPONSE',
        at,
        { respondent, item: itemText, first: qualifiedA1(first.sheet, first.a1) },
        undefined,
        [first],
      );
      return true;
    }
    this.firstAnswer.set(key, at);
    return false;
  }

  /**
   * True (with a finding at `at`) when this respondent already has a row (wide form: a row
   * per respondent); the first row is kept.
   */
  repeatedRespondent(respondent: string, at: Location): boolean {
    const key = respondentKey(respondent);
    const first = this.firstRow.get(key);
    if (first) {
      this.diagnostics.add(
        'SURVEY_DUPLICATE_RESPONDENT',
        at,
        { respondent, first: qualifiedA1(first.sheet, first.a1) },
        undefined,
        [first],
      );
      return true;
    }
    this.firstRow.set(key, at);
    return false;
  }

  /** Record a respondent's answers to an item (the respondent's id as respondentKey). */
  add(answer: SurveyAnswer): void {
    this.answers.push({ ...answer, respondent: respondentKey(answer.respondent) });
  }
}
