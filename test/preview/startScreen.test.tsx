/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PREVIEW_STRINGS } from '../../src/preview/ui/previewStrings';
import { renderPreview } from './renderPreview';

/** A File of these bytes. */
const fileOf = (name: string, bytes: number[] = [0x50, 0x4b, 3, 4]) =>
  new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' });

/** Drop files on an element, as a browser does. */
function drop(target: HTMLElement, files: File[]): void {
  fireEvent.drop(target, { dataTransfer: { files, types: ['Files'] } });
}

describe('start screen', () => {
  it.each([
    [
      'en',
      {
        heading: 'Use the task pane on a workbook, without Excel',
        drop: 'Drop a workbook here or press to choose an .xlsx or .xlsm file',
        choose: 'Choose a workbook…',
        example: 'Try the example',
        privacy:
          'Your workbook never leaves this browser: it is read and changed inside this page, nothing is uploaded and no request is made with it.',
        other: ['中文', '?lang=zh-CN'],
        input: 'Workbook file',
      },
    ],
    [
      'zh-CN',
      {
        heading: '无需 Excel，在浏览器中使用任务窗格',
        drop: '将工作簿拖放到此处 或按此选择 .xlsx 或 .xlsm 文件',
        choose: '选择工作簿…',
        example: '试用示例',
        privacy: '工作簿始终留在本浏览器中：只在此页面内读取和修改，不会上传到任何地方。',
        other: ['English', '?lang=en'],
        input: '工作簿文件',
      },
    ],
  ] as const)('renders in %s', (lang, text) => {
    renderPreview(lang);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1 }).textContent).toBe(text.heading);
    expect(within(main).getByRole('button', { name: text.drop })).toBeTruthy();
    expect(within(main).getByRole('button', { name: text.choose })).toBeTruthy();
    expect(within(main).getByRole('button', { name: text.example })).toBeTruthy();
    expect(within(main).getByText(text.privacy)).toBeTruthy();
    const input = screen.getByLabelText(text.input) as HTMLInputElement;
    expect([input.type, input.accept]).toEqual(['file', '.xlsx,.xlsm']);
    const banner = screen.getByRole('banner');
    const link = within(banner).getByRole('link', { name: text.other[0] });
    expect(link.getAttribute('href')).toBe(text.other[1]);
    expect(within(banner).getByText(PREVIEW_STRINGS[lang].productName)).toBeTruthy();
  });

  it('opens a chosen file with its bytes and name, then shows the pane and the grid', async () => {
    const { user, opener } = renderPreview();
    await user.upload(screen.getByLabelText('Workbook file'), fileOf('Org v2.xlsx', [1, 2, 3]));
    await screen.findByRole('region', { name: 'Workbook Org v2.xlsx' });
    expect(opener.calls).toHaveLength(1);
    const [call] = opener.calls;
    expect(call?.kind).toBe('file');
    if (call?.kind !== 'file') return;
    expect(call.fileName).toBe('Org v2.xlsx');
    expect(Array.from(call.bytes)).toEqual([1, 2, 3]);
    expect(await screen.findByRole('grid', { name: 'Sheet Roles (read-only)' })).toBeTruthy();
    // The pane, on the opened workbook.
    expect(await screen.findByRole('heading', { name: 'Service Org Designer' })).toBeTruthy();
    expect(opener.workbook.callsOf('snapshot').length).toBeGreaterThan(0);
  });

  it('opens a file dropped on the drop zone', async () => {
    const { opener } = renderPreview();
    drop(screen.getByRole('button', { name: /^Drop a workbook here/ }), [fileOf('Dropped.XLSM')]);
    await screen.findByRole('region', { name: 'Workbook Dropped.XLSM' });
    expect(opener.calls.map((c) => (c.kind === 'file' ? c.fileName : c.kind))).toEqual([
      'Dropped.XLSM',
    ]);
  });

  it('opens the chooser when the drop zone is pressed', async () => {
    const { user } = renderPreview();
    const input = screen.getByLabelText('Workbook file') as HTMLInputElement;
    const click = jest.spyOn(input, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: /^Drop a workbook here/ }));
    await user.click(screen.getByRole('button', { name: 'Choose a workbook…' }));
    expect(click).toHaveBeenCalledTimes(2);
  });

  it('refuses a file that is not a workbook, without opening it', async () => {
    const { opener } = renderPreview();
    drop(screen.getByRole('button', { name: /^Drop a workbook here/ }), [fileOf('notes.csv')]);
    const notice = await screen.findByRole('group', { name: 'Could not open the workbook' });
    expect(notice.textContent).toContain(
      'notes.csv is not an Excel workbook: choose an .xlsx or .xlsm file.',
    );
    expect(opener.calls).toEqual([]);
  });

  it('shows why an unreadable file could not be opened, and stays on the start screen', async () => {
    const { user, opener } = renderPreview();
    opener.failure = new Error('Not a readable .xlsx file: the zip is cut short.');
    await user.upload(screen.getByLabelText('Workbook file'), fileOf('broken.xlsx'));
    const notice = await screen.findByRole('group', { name: 'Could not open the workbook' });
    expect(notice.textContent).toContain('Not a readable .xlsx file: the zip is cut short.');
    const messages = screen.getByRole('region', { name: 'Preview messages' });
    expect(within(messages).getAllByRole('group')).toHaveLength(1);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Try the example' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    // Dismissed, it is gone.
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('group', { name: 'Could not open the workbook' })).toBeNull();
  });

  it('opens the example in the page language, and goes back to the start screen', async () => {
    const { user, opener } = renderPreview('zh-CN');
    await user.click(screen.getByRole('button', { name: '试用示例' }));
    await screen.findByRole('region', { name: '工作簿 example.xlsx' });
    expect(opener.calls).toEqual([{ kind: 'example', lang: 'zh-CN' }]);
    await user.click(screen.getByRole('button', { name: '打开其他工作簿' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      '无需 Excel，在浏览器中使用任务窗格',
    );
  });

  it('shows a failed example in a MessageBar', async () => {
    const { user, opener } = renderPreview();
    opener.failure = new Error('Could not load the workbook code (offline?).');
    await user.click(screen.getByRole('button', { name: 'Try the example' }));
    const notice = await screen.findByRole('group', { name: 'Could not open the example' });
    expect(notice.textContent).toContain('Could not load the workbook code (offline?).');
  });
});
