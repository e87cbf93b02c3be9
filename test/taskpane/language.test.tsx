/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { exampleSnapshot } from './exampleSnapshot';
import { FakeWorkbookPort } from './fakeWorkbookPort';
import { renderPane } from './renderPane';

const ZH_TABS = ['概览', '检查', '生成', '组织结构图', '设置'];

/** The tabs are these, in this order (by accessible name). */
const expectTabs = (names: readonly string[]) =>
  expect(screen.getAllByRole('tab')).toEqual(
    names.map((name) => screen.getByRole('tab', { name })),
  );

describe('language', () => {
  it("speaks Chinese when Office's display language is Chinese", async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    const { user } = await renderPane(port, 'zh-CN');
    expectTabs(ZH_TABS);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('服务组织设计器');
    const table = screen.getByRole('table', { name: '已识别的输入表' });
    expect(within(table).getByRole('row', { name: /^岗位 工作表“岗位” 16$/ })).toBeTruthy();
    expect(screen.getByText('16 个岗位 · 编制 37 人 · 37 项职能')).toBeTruthy();
    expect(port.callsOf('snapshot')).toEqual([[{ lang: 'zh-CN' }]]);

    await user.click(screen.getByRole('button', { name: '创建模板' }));
    await screen.findByRole('group', { name: '模板已添加' });
    expect(port.callsOf('createTemplate')).toEqual([['zh-CN']]);

    await user.click(screen.getByRole('tab', { name: '检查' }));
    const panel = screen.getByRole('tabpanel', { name: '检查' });
    expect(within(panel).getByRole('heading', { level: 3, name: '错误（3）' })).toBeTruthy();
    expect(within(panel).getByText(/“牵头”不是有效的职责类别/)).toBeTruthy();
  });

  it('follows the language saved in the workbook over Office', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    port.settings = { lang: 'zh-CN', policy: {} };
    await renderPane(port, 'en');
    expectTabs(ZH_TABS);
    expect(port.callsOf('snapshot')).toEqual([[{ lang: 'zh-CN' }]]);
  });

  it('switches language when the override is saved, and checks the workbook in it', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    const { user } = await renderPane(port, 'en');
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    await user.click(screen.getByRole('radio', { name: '中文（简体）' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expectTabs(ZH_TABS));
    expect(port.callsOf('saveSettings')).toEqual([[{ lang: 'zh-CN', policy: {} }]]);
    await screen.findByRole('group', { name: '设置已保存' });
    await waitFor(() =>
      expect(port.callsOf('snapshot')).toEqual([[{ lang: 'en' }], [{ lang: 'zh-CN' }]]),
    );
    expect(screen.getByRole('main').getAttribute('lang')).toBe('zh-CN');

    await user.click(screen.getByRole('radio', { name: '自动（跟随 Office：English）' }));
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expectTabs(['Home', 'Validate', 'Generate', 'Org chart', 'Settings']));
  });

  it('has no English left in the Chinese pane (labels, titles, placeholders, buttons)', async () => {
    const port = new FakeWorkbookPort((lang) =>
      exampleSnapshot(lang, { mapping: { roles: [{ sheet: 'Staff' }] } }),
    );
    const { user } = await renderPane(port, 'zh-CN');
    // Every section mounted (the hidden ones stay in the DOM), the chart's last.
    for (const tab of [...ZH_TABS, '组织结构图'])
      await user.click(screen.getByRole('tab', { name: tab }));
    await screen.findByRole('group', { name: '组织结构图，共 16 个岗位' });
    const texts = [
      ...Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'), (e) =>
        ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
      ).flat(),
      ...Array.from(document.querySelectorAll('button, h1, h2, h3, h4, label, legend, th'), (e) =>
        (e.textContent ?? '').trim(),
      ),
    ].filter((t) => t !== '');
    expect(texts.length).toBeGreaterThan(100);
    // Language names stand in their own language; defaults and zoom levels are numbers.
    const english = texts.filter(
      (t) => !/[\u3000-\u9fff\uff00-\uffef]/.test(t) && !/^(English|[\d.]+%?)$/.test(t),
    );
    expect([...new Set(english)]).toEqual([]);
  });
});
