import type { Location } from '../model/diagnostic';
import type { ServiceDimension } from '../model/serviceDimension';
import type { DiagnosticCollector } from './diagnosticCollector';
import { dimensionForName, dimensionFromItemPrefix } from './dimensionNames';
import { itemKey } from './surveyBuilder';

/**
 * Decides an item's dimension and reports, once per item, a dimension that names none
 * (SURVEY_DIMENSION_UNKNOWN) or a missing one (SURVEY_DIMENSION_MISSING). The rule, in order:
 * the Dimension cell (long form) or the second header row (wide form) when it names a
 * dimension; the item's dimension if it was seen before; the dimension its code or text starts
 * with (`REL1`, `R1`, `Reliability 1`, `可靠性1`).
 */
export class DimensionResolver {
  private readonly reported = new Set<string>();

  /** Dimension names as read, resolved once each (a survey repeats a few on every row). */
  private readonly names = new Map<string, ServiceDimension | undefined>();

  constructor(private readonly diagnostics: DiagnosticCollector) {}

  private named(given: string): ServiceDimension | undefined {
    if (!this.names.has(given)) this.names.set(given, dimensionForName(given));
    return this.names.get(given);
  }

  resolve(
    item: string,
    given: string,
    givenAt: Location | undefined,
    itemAt: Location,
    known: ServiceDimension | undefined,
  ): ServiceDimension | undefined {
    if (given !== '') {
      const d = this.named(given);
      if (d) return d;
      const key = itemKey(item);
      if (!this.reported.has(key)) {
        this.reported.add(key);
        this.diagnostics.add('SURVEY_DIMENSION_UNKNOWN', givenAt ?? itemAt, {
          value: given.slice(0, 60),
          item,
        });
      }
      return undefined;
    }
    const d = known ?? dimensionFromItemPrefix(item);
    if (d) return d;
    const key = itemKey(item);
    if (!this.reported.has(key)) {
      this.reported.add(key);
      this.diagnostics.add('SURVEY_DIMENSION_MISSING', itemAt, { item });
    }
    return undefined;
  }
}
