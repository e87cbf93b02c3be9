import type { Diagnostic, Location, Severity } from '../model/diagnostic';
import type { DiagnosticCode } from '../i18n/diagnosticCatalog';
import type { Lang } from '../i18n/lang';
import { renderMessage, type Params } from './renderMessage';

/**
 * A collected diagnostic whose message is rendered when it is read, not when it is found.
 * A large organisation has hundreds of thousands of findings; most readers never need
 * their text (counts, grouping, the pane's visible rows), and the text is a function of
 * the code, params and language anyway.
 *
 * Its own enumerable properties are the data: `code`, `severity`, `location`, `params`,
 * and `subject` and `related` when given. `message` is a getter (the language lives on the
 * prototype, one subclass per language), so `{ ...finding }` and `structuredClone` carry
 * the data but not the text; `JSON.stringify` gives the full diagnostic through `toJSON`.
 * Send findings across a worker boundary as `finding.toJSON()`.
 */
export abstract class Finding implements Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly location: Location;
  readonly params: Params;
  declare readonly subject?: string;
  declare readonly related?: readonly Location[];
  abstract get lang(): Lang;

  constructor(
    code: DiagnosticCode,
    severity: Severity,
    location: Location,
    params: Params,
    subject: string | undefined,
    related: readonly Location[] | undefined,
  ) {
    this.code = code;
    this.severity = severity;
    this.location = location;
    this.params = params;
    const self = this as { subject?: string; related?: readonly Location[] };
    if (subject !== undefined) self.subject = subject;
    if (related !== undefined && related.length > 0) self.related = related;
  }

  get message(): string {
    return renderMessage(this.code, this.params, this.lang);
  }

  /** The plain diagnostic, keys in the order the JSON output has always had. */
  toJSON(): Diagnostic {
    const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
      code: this.code,
      severity: this.severity,
      message: this.message,
      location: this.location,
      params: this.params,
    };
    if (this.subject !== undefined) d.subject = this.subject;
    if (this.related !== undefined) d.related = this.related;
    return d;
  }
}

class EnglishFinding extends Finding {
  get lang(): Lang {
    return 'en';
  }
}

class ChineseFinding extends Finding {
  get lang(): Lang {
    return 'zh-CN';
  }
}

/** The finding class of a language. */
export const findingClass = (lang: Lang): typeof EnglishFinding =>
  lang === 'zh-CN' ? ChineseFinding : EnglishFinding;
