import type { FiveGap, GapSignal, GapStatus } from '../analyze/fiveGapModel';
import type { ServiceQuality } from '../analyze/serviceQuality';
import { auditWorkbook } from '../audit/auditWorkbook';
import {
  FIVE_GAP_TEXTS,
  GAP_SIGNAL_LABELS,
  type GapKey,
  type GapSignalKey,
} from '../i18n/fiveGapLabels';
import { analysisWorkbook, grid, type Rows } from './builders';
import { handSurveyLong } from './surveyFixture';

/**
 * Test-data builders for the service-quality outputs (STYLE.md: builders live beside the
 * core).
 */

/**
 * The hand survey's analysis (surveyFixture; its figures are computed by hand in
 * test/core/serviceQuality.test.ts), read from a sheet "Survey" beside the analysis
 * workbook: items REL1, REL2, RESP1, ASSU1, EMP1, TANG1 in Survey!C2:C7.
 */
export function handServiceQuality(rows: Rows = handSurveyLong()): ServiceQuality {
  const result = auditWorkbook(analysisWorkbook({ extra: [grid('Survey', rows)] }), {
    asOf: '2026-11-01',
  });
  if (!result.serviceQuality) throw new Error('The hand survey was not read');
  return result.serviceQuality;
}

const signal = (key: GapSignalKey, status: GapStatus, ids: readonly string[] = []): GapSignal => ({
  key,
  status,
  count: status === 'not-measurable' ? 0 : ids.length,
  ids,
  label: GAP_SIGNAL_LABELS[key],
});

function gap(gapNumber: FiveGap['gap'], key: GapKey, signals: readonly GapSignal[]): FiveGap {
  const status: GapStatus = signals.some((s) => s.status === 'found')
    ? 'found'
    : signals.some((s) => s.status === 'not-found')
      ? 'not-found'
      : 'not-measurable';
  return { gap: gapNumber, key, status, ...FIVE_GAP_TEXTS[key], signals };
}

/**
 * The five-gap checklist of makeGapSummary's department: gap 1 found (CS-DIR's tree one layer
 * too deep, CS-CSUP a manager of one, the survey function F08 unowned), gap 2 not found,
 * gap 3 found (F08, F07, F06 without an owner, F09 with two, CS-HOT over-loaded and vacant),
 * gap 4 not measurable, gap 5 found with a survey (reliability, responsiveness and empathy
 * below expectation, reliability significantly) and not measurable without one.
 */
export function makeFiveGaps(options: { readonly survey?: boolean } = {}): FiveGap[] {
  const survey = options.survey ?? true;
  return [
    gap(1, 'knowledge', [
      signal('layers-above-minimum', 'found', ['CS-DIR']),
      signal('managers-of-one', 'found', ['CS-CSUP']),
      signal('customer-research-unowned', 'found', ['F08']),
    ]),
    gap(2, 'standards', [
      signal('duty-statements-unstandardised', 'not-found'),
      signal('positions-without-purpose', 'not-found'),
    ]),
    gap(3, 'delivery', [
      signal('functions-without-owner', 'found', ['F08', 'F07', 'F06']),
      signal('functions-with-several-owners', 'found', ['F09']),
      signal('overloaded-roles', 'found', ['CS-HOT']),
      signal('vacancies', 'found', ['CS-HOT']),
    ]),
    gap(4, 'communication', [signal('promises-against-delivery', 'not-measurable')]),
    gap(
      5,
      'perception',
      survey
        ? [
            signal('perception-below-expectation', 'found', [
              'reliability',
              'responsiveness',
              'empathy',
            ]),
            signal('dimensions-significantly-below', 'found', ['reliability']),
          ]
        : [
            signal('perception-below-expectation', 'not-measurable'),
            signal('dimensions-significantly-below', 'not-measurable'),
          ],
    ),
  ];
}
