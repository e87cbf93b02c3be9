import type { ServiceDimension } from '../model/serviceDimension';
import { normaliseHeader } from './headerAliases';

/**
 * Names a Dimension cell may use, per dimension, in English and Chinese (matched after
 * normaliseHeader: case-, space-, underscore- and hyphen-insensitive). The Chinese names are
 * seed 001's, with the variants it uses itself: 反应性 beside 响应性 and 可感知性 beside 有形性
 * (its weight line: 可靠性32% 可感知性11% 移情性16% 反应性22% 保证性19%).
 */
const NAMES: Readonly<Record<ServiceDimension, readonly string[]>> = {
  reliability: ['Reliability', 'Reliable', '可靠性', '可靠'],
  responsiveness: ['Responsiveness', 'Responsive', '响应性', '反应性', '响应', '反应'],
  assurance: ['Assurance', '保证性', '保证'],
  empathy: ['Empathy', '移情性', '移情'],
  tangibles: ['Tangibles', 'Tangible', 'Tangibility', '有形性', '有形', '可感知性'],
  communication: ['Communication', '交流性', '交流', '沟通性'],
  credibility: ['Credibility', '可信性', '可信'],
  security: ['Security', '安全性', '安全'],
  understanding: [
    'Understanding the customer',
    'Understanding customers',
    'Understanding the customers',
    'Understanding',
    'Knowing the customer',
    '理解顾客',
    '理解客户',
    '了解顾客',
  ],
};

/** Short codes, accepted in Dimension cells and as item-code prefixes (`REL1`). */
const CODES: Readonly<Record<ServiceDimension, readonly string[]>> = {
  reliability: ['REL'],
  responsiveness: ['RESP', 'RES'],
  assurance: ['ASSU', 'ASS', 'ASR'],
  empathy: ['EMP'],
  tangibles: ['TANG', 'TAN'],
  communication: ['COMM', 'COM'],
  credibility: ['CRED', 'CRE'],
  security: ['SEC'],
  understanding: ['UND', 'UTC'],
};

/**
 * SERVQUAL's item numbering (T1–T4, R1–R5, RS1–RS4, A1–A4, E1–E5): accepted as item-code
 * prefixes only, never alone in a Dimension cell, where `E` would read as "expectation".
 */
const LETTERS: Readonly<Record<string, ServiceDimension>> = {
  t: 'tangibles',
  r: 'reliability',
  rs: 'responsiveness',
  a: 'assurance',
  e: 'empathy',
};

const BY_NAME = new Map<string, ServiceDimension>();
for (const [d, names] of Object.entries(NAMES) as [ServiceDimension, readonly string[]][])
  for (const n of names) BY_NAME.set(normaliseHeader(n), d);
const BY_CODE = new Map<string, ServiceDimension>();
for (const [d, codes] of Object.entries(CODES) as [ServiceDimension, readonly string[]][])
  for (const c of codes) BY_CODE.set(c.toLowerCase(), d);

/** Longest names first, so that `理解顾客` is tried before `理解`-like shorter ones. */
const NAMES_BY_LENGTH = [...BY_NAME.entries()].sort((a, b) => b[0].length - a[0].length);

/** The dimension a Dimension cell names (a name in English or Chinese, or a code), if any. */
export function dimensionForName(text: string): ServiceDimension | undefined {
  const n = normaliseHeader(text);
  if (n === '') return undefined;
  return BY_NAME.get(n) ?? BY_CODE.get(n);
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[a-z]/.test(ch);

/**
 * The dimension an item's code or text starts with, if any: a dimension name followed by
 * anything but a Latin letter (`Reliability 1`, `可靠性1`, `可靠性-准时`), or letters followed by
 * a number that are a code or SERVQUAL letter (`REL1`, `rel_2`, `RS3`, `E 5`). `Relief` is not
 * reliability, and `Empathy` is the name, not the letter E.
 */
export function dimensionFromItemPrefix(text: string): ServiceDimension | undefined {
  const s = text.normalize('NFKC').toLowerCase().trim();
  const code = /^([a-z]+)[\s_\-.]*\d/.exec(s);
  if (code?.[1] !== undefined) {
    const d = BY_CODE.get(code[1]) ?? LETTERS[code[1]] ?? BY_NAME.get(code[1]);
    if (d) return d;
  }
  const compact = s.replace(/[\s_\-.]+/g, '');
  for (const [name, d] of NAMES_BY_LENGTH) {
    if (!compact.startsWith(name)) continue;
    // A Latin name must end at a word boundary in the original text ("Reliability of …").
    if (/[a-z]/.test(name) && isLetter(compact.charAt(name.length)) && !wordIs(s, name)) continue;
    return d;
  }
  return undefined;
}

/** True when `s` starts with the words of `name` (spaces ignored) followed by a non-letter. */
function wordIs(s: string, name: string): boolean {
  let i = 0;
  let j = 0;
  while (i < s.length && j < name.length) {
    const ch = s.charAt(i);
    if (/[\s_\-.]/.test(ch)) {
      i++;
      continue;
    }
    if (ch !== name.charAt(j)) return false;
    i++;
    j++;
  }
  return j === name.length && !isLetter(s.charAt(i));
}
