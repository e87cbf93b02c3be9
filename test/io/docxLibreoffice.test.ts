/**
 * Job descriptions as Word documents, end to end through a real word processor: the .docx
 * is converted to PDF by LibreOffice, its text checked with pdftotext, and its pages drawn
 * into test/output/ (docx-zh-N.png, docx-en-N.png) for people to look at.
 *
 * Needs `libreoffice`, `pdftotext`, `pdftoppm` and a Chinese font. Without them the test
 * fails (never skips), naming the Debian packages to install.
 */
import {
  makeInvalidJobDescription,
  makeJobDescriptionZh,
} from '../../src/core/testing/jobDescriptionFixture';
import { jobDescriptionDocx } from '../../src/io/docx/jobDescriptionDocx';
import { renderWithLibreOffice, requireOfficeTools, type Rendered } from './libreOfficeRender';

const PACKAGES = 'libreoffice-writer poppler-utils fonts-noto-cjk';
const requireTools = () => requireOfficeTools(PACKAGES);
const render = async (name: string, bytes: Buffer): Promise<Rendered> =>
  renderWithLibreOffice(name, 'docx', bytes, 70);

/** Text without white space: LibreOffice spaces Latin from Chinese, and lines wrap. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('a Chinese job description in LibreOffice', () => {
  let zh: Rendered;

  beforeAll(async () => {
    requireTools();
    zh = await render('docx-zh', await jobDescriptionDocx(makeJobDescriptionZh(), 'zh-CN'));
  }, 180_000);

  it('prints the title, the 岗位说明书 labels, the duties and the status', () => {
    const text = squash(zh.text);
    for (const expected of [
      '岗位说明书',
      'VIP热线组长',
      '岗位名称',
      '岗位编号',
      '所属部门',
      '直接上级',
      '直接下级',
      '一、岗位目的',
      '二、主要职责',
      '三、部分职责',
      '四、支持职责',
      '五、任职资格',
      '六、工作条件',
      '七、工作分析日期',
      '八、校验结果',
      '处理客服专员无法解决的VIP升级来电，并在2小时内回电客户给出解决方案',
      '主责：客户服务经理；支持：服务质检专员、现场服务主管',
      '2025-03-14',
      '有效',
    ])
      expect(text).toContain(expected);
  });

  it('numbers its pages in the footer', () => {
    expect(zh.pages.length).toBeGreaterThan(0);
    expect(squash(zh.text)).toContain(`第1页共${zh.pages.length}页`);
  });
});

describe('an English job description that needs attention, with hostile text', () => {
  let en: Rendered;

  beforeAll(async () => {
    requireTools();
    const jd = makeInvalidJobDescription({ title: '<script>a|b</script> & Co' });
    en = await render('docx-en', await jobDescriptionDocx(jd, 'en', { organisation: 'Acme' }));
  }, 180_000);

  it('prints user text as text, the findings and the page numbers', () => {
    for (const expected of [
      'JOB DESCRIPTION',
      '<script>a|b</script> & Co',
      'Acme',
      'Reports to',
      'Keep the service records and customer files complete and up to date',
      'Needs attention',
      'FUNC_NO_PRIMARY',
      `Page 1 of ${en.pages.length}`,
    ])
      expect(en.text.replace(/\s+/g, ' ')).toContain(expected);
  });
});
