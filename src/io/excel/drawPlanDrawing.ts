import type { ConnectionSite, PlanDrawing, PlanShape } from '../../core/render/sheetPlan';
import { OP_BYTES, type RequestBudget } from './requestBudget';

/**
 * Connection sites of Excel's rectangles, numbered counter-clockwise from the top: the
 * middle of the top, left, bottom and right sides.
 */
export const SITE_INDEX: Readonly<Record<ConnectionSite, number>> = {
  top: 0,
  left: 1,
  bottom: 2,
  right: 3,
};

const GEOMETRY = {
  rectangle: 'Rectangle',
  roundRectangle: 'RoundRectangle',
  ellipse: 'Ellipse',
} as const;

/**
 * Draw a plan drawing as real, editable Excel shapes (ExcelApi 1.9): a geometric shape per
 * box with its text, and an elbow or straight connector per line, glued to the sites of
 * the shapes it joins, so that moving a box in Excel drags its connectors along.
 */
export async function drawPlanDrawing(
  ws: Excel.Worksheet,
  drawing: PlanDrawing,
  budget: RequestBudget,
): Promise<void> {
  const shapes = new Map<string, Excel.Shape>();
  for (const s of drawing.shapes) {
    await budget.add(OP_BYTES * 12 + (s.text?.length ?? 0) + (s.altText?.length ?? 0));
    shapes.set(s.name, addShape(ws, drawing, s));
  }
  for (const c of drawing.connectors) {
    const from = shapes.get(c.from);
    const to = shapes.get(c.to);
    if (!from || !to)
      throw new Error(`Drawing "${drawing.name}": connector ${c.from} → ${c.to} joins no shape`);
    await budget.add(OP_BYTES * 6);
    const [x1 = 0, y1 = 0] = c.points;
    const x2 = c.points[c.points.length - 2] ?? x1;
    const y2 = c.points[c.points.length - 1] ?? y1;
    const line = ws.shapes.addLine(
      drawing.left + x1,
      drawing.top + y1,
      drawing.left + x2,
      drawing.top + y2,
      c.kind === 'elbow' ? 'Elbow' : 'Straight',
    );
    line.name = `${c.from}→${c.to}`;
    line.lineFormat.color = c.color;
    line.line.connectBeginShape(from, SITE_INDEX[c.fromSite]);
    line.line.connectEndShape(to, SITE_INDEX[c.toSite]);
  }
}

function addShape(ws: Excel.Worksheet, drawing: PlanDrawing, s: PlanShape): Excel.Shape {
  const shape = ws.shapes.addGeometricShape(GEOMETRY[s.geometry]);
  shape.name = s.name;
  shape.left = drawing.left + s.left;
  shape.top = drawing.top + s.top;
  shape.width = s.width;
  shape.height = s.height;
  if (s.fill !== undefined) shape.fill.setSolidColor(s.fill);
  else shape.fill.clear();
  if (s.line !== undefined) {
    shape.lineFormat.color = s.line;
    if (s.lineWeight !== undefined) shape.lineFormat.weight = s.lineWeight;
    if (s.dashed === true) shape.lineFormat.dashStyle = 'Dash';
  } else shape.lineFormat.visible = false;
  if (s.text !== undefined) {
    const range = shape.textFrame.textRange;
    range.text = s.text;
    if (s.fontSize !== undefined) range.font.size = s.fontSize;
    if (s.fontColor !== undefined) range.font.color = s.fontColor;
    if (s.bold !== undefined) range.font.bold = s.bold;
    if (s.horizontal !== undefined)
      shape.textFrame.horizontalAlignment =
        s.horizontal === 'left' ? 'Left' : s.horizontal === 'right' ? 'Right' : 'Center';
  }
  if (s.altText !== undefined) shape.altTextDescription = s.altText;
  return shape;
}
