/**
 * The org chart's quality figures for scripts/bench.js: the bounding box of a layout from
 * layoutOrgChart (dist/core/layout) against a plain d3-hierarchy tidy tree of the same boxes,
 * and the views (subtrees, top layers) of about 300 boxes that the aspect goal is about.
 *
 * The baseline, `plainTidyTree`: d3.tree() (Reingold–Tilford / Buchheim, layered) over the
 * very tree the layout drew (`layout.tree`: same nodes, same children in the same order), each
 * box as wide as its text makes it (`layout.texts[layout.text[i]].width`) and as tall as in the
 * layout, rows `layout.rowPitch` apart, and neighbours in a row `siblingGap` apart — cousins
 * too, not d3's default double gap: `nodeSize([1, rowPitch])` with
 * `separation(a, b) = (width(a) + width(b)) / 2 + siblingGap`. Several heads hang under a
 * virtual root, `treeGap` apart. So the only difference from the layout is what the layout
 * adds: stacked leaves and the non-layered placement.
 */
'use strict';

/** d3-hierarchy (a devDependency), or undefined when it is not installed. */
function d3Hierarchy() {
  try {
    return require('d3-hierarchy');
  } catch {
    return undefined;
  }
}

/** Largest number of visible children of any box. */
function maxSpan(tree) {
  let span = 0;
  for (let i = 0; i < tree.count; i++)
    span = Math.max(span, tree.childStart[i + 1] - tree.childStart[i]);
  return span;
}

/** Bounding box of the plain d3 tidy tree of the layout's boxes (see the file comment). */
function plainTidyTree(d3, layout, metrics) {
  const { count, childStart, childList, roots } = layout.tree;
  const width = new Float64Array(count);
  for (let i = 0; i < count; i++) width[i] = layout.texts[layout.text[i]].width;
  const forest = roots.length > 1;
  const children = (i) => {
    if (i < 0) return roots;
    if (childStart[i] === childStart[i + 1]) return null;
    return Array.from(childList.subarray(childStart[i], childStart[i + 1]));
  };
  const root = d3.hierarchy(forest ? -1 : roots[0], children);
  d3
    .tree()
    .nodeSize([1, layout.rowPitch])
    .separation(
      (a, b) =>
        (width[a.data] + width[b.data]) / 2 +
        (forest && a.depth === 1 && b.depth === 1 ? metrics.treeGap : metrics.siblingGap),
    )(root);
  let left = Infinity;
  let right = -Infinity;
  let bottom = 0;
  const top = forest ? 1 : 0;
  root.each((n) => {
    if (n.data < 0) return;
    const w = width[n.data];
    left = Math.min(left, n.x - w / 2);
    right = Math.max(right, n.x + w / 2);
    bottom = Math.max(bottom, (n.depth - top) * layout.rowPitch + layout.height[n.data]);
  });
  return { width: right - left, height: bottom };
}

/** One row of the quality table: the layout's bounds and the baseline's. */
function chartQuality(d3, layout, metrics) {
  return {
    boxes: layout.tree.count,
    maxSpan: maxSpan(layout.tree),
    ours: { width: layout.bounds.width, height: layout.bounds.height },
    d3: plainTidyTree(d3, layout, metrics),
  };
}

/**
 * Views of at most `maxBoxes` boxes of an organisation laid out whole: the top layers (the
 * most layers that stay within `maxBoxes`) and the `subtrees` largest subtrees within
 * `maxBoxes` (each the whole subtree of a role whose manager's subtree is larger; so
 * they never overlap), biggest first, ties in drawing order.
 */
function viewsOf(org, layout, maxBoxes, subtrees) {
  const { count, parent, depth, role } = layout.tree;
  const views = [];
  const perDepth = [];
  for (let i = 0; i < count; i++) perDepth[depth[i]] = (perDepth[depth[i]] ?? 0) + 1;
  let layers = 0;
  for (let boxes = 0; layers < perDepth.length && boxes + perDepth[layers] <= maxBoxes; layers++)
    boxes += perDepth[layers];
  if (layers >= 1 && layers < perDepth.length)
    views.push({ label: `top ${layers} layers`, view: { depth: layers } });
  const size = new Int32Array(count).fill(1);
  for (let i = count - 1; i >= 0; i--) if (parent[i] >= 0) size[parent[i]] += size[i];
  const candidates = [];
  for (let i = 0; i < count; i++)
    if (size[i] <= maxBoxes && parent[i] >= 0 && size[parent[i]] > maxBoxes) candidates.push(i);
  candidates.sort((a, b) => size[b] - size[a] || a - b);
  for (const i of candidates.slice(0, subtrees)) {
    const id = org.roles[role[i]].id;
    views.push({ label: `subtree of ${id}`, view: { root: id } });
  }
  return views;
}

module.exports = { d3Hierarchy, chartQuality, maxSpan, plainTidyTree, viewsOf };
