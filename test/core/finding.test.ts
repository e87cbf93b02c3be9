import { a1 } from '../../src/core/model/ids';
import {
  DiagnosticCollector,
  relocalise,
  renderMessage,
} from '../../src/core/read/diagnosticCollector';

const at = { sheet: 'Roles', a1: a1('F7') };
const primary = { sheet: 'Responsibilities', a1: a1('C9') };

function collected(lang: 'en' | 'zh-CN') {
  const c = new DiagnosticCollector(lang);
  c.add('ROLE_VACANCY', at, { id: 'CS-REC', vacant: 2, headcount: 5 }, 'CS-REC');
  c.add('FUNC_OVERLAP', primary, { id: 'F-9', count: 2, roles: 'A, B' }, 'F-9', [primary, at]);
  c.add('INPUT_EMPTY_TABLE', at, { table: 'Roles' });
  return c.list;
}

describe('collected findings', () => {
  it('render their message when read, in the collector’s language', () => {
    const [en] = collected('en');
    const [zh] = collected('zh-CN');
    expect(en?.message).toBe(renderMessage('ROLE_VACANCY', en?.params ?? {}, 'en'));
    expect(en?.message).toContain('CS-REC');
    expect(zh?.message).toBe(renderMessage('ROLE_VACANCY', zh?.params ?? {}, 'zh-CN'));
    expect(zh?.message).not.toBe(en?.message);
    // A table name is shown in the reader's language.
    expect(collected('zh-CN')[2]?.message).toBe(
      renderMessage('INPUT_EMPTY_TABLE', { table: 'Roles' }, 'zh-CN'),
    );
  });

  it('serialise to the full diagnostic, keys in the documented order', () => {
    const [vacancy, overlap, empty] = collected('en');
    expect(JSON.stringify(vacancy)).toBe(
      JSON.stringify({
        code: 'ROLE_VACANCY',
        severity: 'info',
        message: vacancy?.message,
        location: at,
        params: { id: 'CS-REC', vacant: 2, headcount: 5 },
        subject: 'CS-REC',
      }),
    );
    expect(Object.keys(JSON.parse(JSON.stringify(overlap)))).toEqual([
      'code',
      'severity',
      'message',
      'location',
      'params',
      'subject',
      'related',
    ]);
    expect(Object.keys(JSON.parse(JSON.stringify(empty)))).toEqual([
      'code',
      'severity',
      'message',
      'location',
      'params',
    ]);
  });

  it('carry only data as own properties: a spread copies no text and no language', () => {
    const [vacancy] = collected('zh-CN');
    expect(Object.keys({ ...vacancy })).toEqual([
      'code',
      'severity',
      'location',
      'params',
      'subject',
    ]);
  });

  it('re-render in another language', () => {
    const zh = collected('zh-CN');
    const en = relocalise(zh, 'en');
    expect(en.map((d) => d.message)).toEqual(collected('en').map((d) => d.message));
    expect(en.map((d) => d.code)).toEqual(zh.map((d) => d.code));
  });

  it('shorten user text quoted in a message', () => {
    const c = new DiagnosticCollector('en');
    c.add('LONG_ROLE_UNKNOWN', at, { role: 'x'.repeat(1000) });
    const role = String(c.list[0]?.params.role);
    expect(role).toHaveLength(160);
    expect(role.endsWith('…')).toBe(true);
  });
});
