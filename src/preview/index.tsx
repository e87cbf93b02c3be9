import { createRoot } from 'react-dom/client';
import { PreviewPage } from './ui/PreviewPage';
import { readPreviewEnvironment } from './ui/previewEnvironment';
import { previewStrings } from './ui/previewStrings';

/**
 * preview.html's script: the task pane on a workbook held in the page, for people without
 * Excel. The code that reads and writes workbooks (exceljs) loads when one is first opened.
 */
function renderPreview(): void {
  const container = document.getElementById('container');
  if (!container) throw new Error('preview.html has no #container element');
  const { lang, dark } = readPreviewEnvironment();
  document.documentElement.lang = lang;
  document.title = previewStrings(lang).pageTitle;
  createRoot(container).render(<PreviewPage lang={lang} dark={dark} />);
}

renderPreview();
