import JSZip from 'jszip';
import type { JobDescription } from '../../src/core/analyze/jobDescription';
import type { Lang } from '../../src/core/i18n/lang';
import {
  makeInvalidJobDescription,
  makeJobDescription,
  makeJobDescriptionZh,
} from '../../src/core/testing/jobDescriptionFixture';
import { jobDescriptionDocx } from '../../src/io/docx/jobDescriptionDocx';

/** The XML parts of a generated .docx. */
async function parts(
  jd: JobDescription,
  lang: Lang,
  options: { organisation?: string } = {},
): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await jobDescriptionDocx(jd, lang, options));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file) out[name] = await file.async('string');
  }
  return out;
}

/** The text of a part's runs, run after run (what a reader sees, without the markup). */
const text = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('jobDescriptionDocx', () => {
  it('writes a Word package with the document, styles, numbering, header and footer', async () => {
    const p = await parts(makeJobDescriptionZh(), 'zh-CN');
    for (const name of [
      '[Content_Types].xml',
      'word/document.xml',
      'word/styles.xml',
      'word/numbering.xml',
      'word/header1.xml',
      'word/footer1.xml',
    ])
      expect(Object.keys(p)).toContain(name);
  });

  it('holds the title, the Chinese labels, the duties and their collaboration', async () => {
    const p = await parts(makeJobDescriptionZh(), 'zh-CN');
    const doc = text(p['word/document.xml'] ?? '');
    for (const expected of [
      '岗位说明书',
      'VIP热线组长',
      '岗位名称',
      '岗位编号',
      'CS-VIPL',
      '所属部门',
      '客户服务部',
      '直接上级',
      '客户服务经理（CS-MGR）',
      '直接下级',
      'VIP热线客服专员（CS-VIPA，编制9人）',
      '一、岗位目的',
      '二、主要职责',
      '三、部分职责',
      '四、支持职责',
      '五、任职资格',
      '六、工作条件',
      '七、工作分析日期',
      '八、校验结果',
      '序号职责描述周工时协作关系',
      '处理客服专员无法解决的VIP升级来电，并在2小时内回电客户给出解决方案',
      '主责：客户服务经理；支持：服务质检专员、现场服务主管',
      '普通话标准，英语口语流利，电话沟通清晰、沉稳',
      '2025-03-14',
      '有效',
    ])
      expect(doc).toContain(expected);
  });

  it('numbers the qualifications as a Word list', async () => {
    const p = await parts(makeJobDescription(), 'en');
    const xml = p['word/document.xml'] ?? '';
    const numbered = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:numPr>(?:(?!<\/w:p>).)*<\/w:p>/g)];
    expect(numbered.map((m) => text(m[0]))).toEqual(makeJobDescription().qualifications);
    expect(p['word/numbering.xml']).toMatch(/<w:numFmt w:val="decimal"\/>/);
  });

  it('is A4 portrait with a Chinese and a Latin default font', async () => {
    const p = await parts(makeJobDescription(), 'en');
    expect(p['word/document.xml']).toMatch(
      /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/,
    );
    expect(p['word/styles.xml']).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Microsoft YaHei" w:hAnsi="Arial"\/>/,
    );
  });

  it('numbers the pages in the footer: Page n of m, 第 n 页 共 m 页', async () => {
    const en = (await parts(makeJobDescription(), 'en'))['word/footer1.xml'] ?? '';
    expect(text(en)).toBe('Page  of ');
    expect(en).toMatch(/PAGE<\/w:instrText>[\s\S]*NUMPAGES<\/w:instrText>/);
    const zh = (await parts(makeJobDescriptionZh(), 'zh-CN'))['word/footer1.xml'] ?? '';
    expect(text(zh)).toBe('第  页 共  页');
  });

  it('puts the organisation and the role id in the page header', async () => {
    const p = await parts(makeJobDescription(), 'en', { organisation: 'Acme & Co' });
    const header = p['word/header1.xml'] ?? '';
    expect(text(header)).toBe('Acme &amp; CoJob description · CS-VIPL');
    expect(header).toMatch(
      /Acme &amp; Co<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:tab\/><\/w:r>/,
    );
  });

  it('shades the validation box green when valid, amber with the findings when not', async () => {
    const valid = (await parts(makeJobDescription(), 'en'))['word/document.xml'] ?? '';
    expect(valid).toContain('w:fill="E2EFDA"');
    expect(valid).not.toContain('w:fill="FFF2CC"');
    expect(text(valid)).toContain('Valid  No findings.');

    const invalid = (await parts(makeInvalidJobDescription(), 'en'))['word/document.xml'] ?? '';
    expect(invalid).toContain('w:fill="FFF2CC"');
    const t = text(invalid);
    expect(t).toContain('Needs attention');
    expect(t).toContain('•Error  FUNC_NO_PRIMARY — Function F07 has support roles (CS-ADM)');
    expect(t).toContain('ROLE_VACANCY — Role CS-ADM has 1 of 2 posts unfilled.');
    expect(t).toContain('Not recorded');
  });

  it('escapes user text as XML and drops characters XML cannot hold', async () => {
    const jd = makeJobDescription({
      title: '<script>alert("x")</script>',
      roleId: 'a|b & <c>',
      purpose: 'first line\nsecond \u0001line\uFFFF',
    });
    const xml = (await parts(jd, 'en'))['word/document.xml'] ?? '';
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(xml).toContain('a|b &amp; &lt;c&gt;');
    expect(xml.includes('\u0001') || xml.includes('\uFFFF')).toBe(false);
    expect(xml).toMatch(
      /first line<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">second line/,
    );
  });
});
