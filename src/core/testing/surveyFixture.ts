import type { CellValue } from '../model/grid';
import type { Rows } from './builders';

/**
 * A small survey with hand-computed figures (test/core/serviceQuality.test.ts): four
 * respondents, six items over the five SERVQUAL dimensions, expectation and perception on
 * the default 1–7 scale. `[item, dimension, answers]`, the answers of R1–R4 as
 * `EP EP EP EP` (`75` = expectation 7, perception 5).
 */
const TABLE: readonly (readonly [string, string, string])[] = [
  ['REL1', 'Reliability', '75 64 76 65'],
  ['REL2', 'Reliability', '66 75 65 77'],
  ['RESP1', 'Responsiveness', '64 65 74 55'],
  ['ASSU1', 'Assurance', '55 65 66 56'],
  ['EMP1', 'Empathy', '65 55 64 76'],
  ['TANG1', 'Tangibles', '45 56 44 55'],
];

/** `[item, dimension, [E, P] per respondent R1–R4]`. */
export const HAND_SURVEY: readonly (readonly [
  string,
  string,
  readonly (readonly [number, number])[],
])[] = TABLE.map(([item, dimension, answers]) => [
  item,
  dimension,
  answers.split(' ').map((ep): [number, number] => [Number(ep[0]), Number(ep[1])]),
]);

export const HAND_RESPONDENTS: readonly string[] = ['R1', 'R2', 'R3', 'R4'];

/** The long form: a row per respondent and item (respondents in order, items in order). */
export function handSurveyLong(
  header: readonly CellValue[] = ['RespondentId', 'Dimension', 'Item', 'Expectation', 'Perception'],
  respondents: readonly number[] = [0, 1, 2, 3],
): Rows {
  const rows: Rows = [[...header]];
  for (const r of respondents)
    for (const [item, dimension, answers] of HAND_SURVEY) {
      const [e, p] = answers[r] ?? [null, null];
      rows.push([HAND_RESPONDENTS[r] ?? null, dimension, item, e, p]);
    }
  return rows;
}

/**
 * The wide form: a row per respondent, an expectation and a perception column per item,
 * headed by `head(item, 'E' | 'P')` (default `REL1 E`, `REL1 P`).
 */
export function handSurveyWide(
  head: (item: string, role: 'E' | 'P') => string = (item, role) => `${item} ${role}`,
  respondents: readonly number[] = [0, 1, 2, 3],
): Rows {
  const header: CellValue[] = ['RespondentId'];
  for (const [item] of HAND_SURVEY) header.push(head(item, 'E'), head(item, 'P'));
  const rows: Rows = [header];
  for (const r of respondents) {
    const row: CellValue[] = [HAND_RESPONDENTS[r] ?? null];
    for (const [, , answers] of HAND_SURVEY) row.push(...(answers[r] ?? [null, null]));
    rows.push(row);
  }
  return rows;
}
