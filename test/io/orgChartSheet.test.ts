import ExcelJS from 'exceljs';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import { orgChartPlan, PT_PER_PX } from '../../src/core/render/orgChartPlan';
import { grid } from '../../src/core/testing/builders';
import { writeWorkbookCopy } from '../../src/io/xlsx/writeWorkbookCopy';

/**
 * exceljs writes no shapes, so in a file the Org Chart drawing is its SVG rendered to PNG,
 * embedded at the drawing's place and size.
 */
it('embeds each drawing of the Org Chart sheet as a PNG at its place and size', async () => {
  const audit = auditWorkbook(
    EXAMPLE_WORKBOOKS.en.sheets.map((s) => grid(s.name, s.rows)),
    { asOf: '2026-11-01' },
  );
  const plan = orgChartPlan(audit.organisation, { lang: 'en', findings: audit.diagnostics });
  const drawing = plan.drawings?.[0];
  if (!drawing) throw new Error('no drawing');
  const bytes = await writeWorkbookCopy(null, [plan]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Org Chart');
  if (!ws) throw new Error('no Org Chart sheet');
  expect(ws.getCell('A1').value).toBe('Org chart');
  const images = ws.getImages();
  expect(images).toHaveLength(1);
  const image = images[0];
  if (!image) throw new Error('no image');
  // Three 20 px rows of title and note above it; 75 px columns.
  expect(image.range.tl.nativeRow).toBe(3);
  expect(image.range.tl.nativeCol).toBe(0);
  const media = wb.getImage(Number(image.imageId));
  const png = Buffer.from(media.buffer as unknown as ArrayBuffer);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // Rendered at twice the drawing's size in px.
  expect(png.readUInt32BE(16)).toBe(Math.ceil((drawing.width / PT_PER_PX) * 2));
  expect(png.readUInt32BE(20)).toBe(Math.ceil((drawing.height / PT_PER_PX) * 2));
});
