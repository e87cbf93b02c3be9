/**
 * Group indices by a key in [0, n) with a counting sort, keeping their order: the indices
 * with key k are `list[start[k]] … list[start[k + 1] - 1]`. Indices with a negative key (a
 * head's parent, an unresolved id) belong to no group. Only `keys[0 … count - 1]` are read.
 */
export function groupIndices(
  keys: ArrayLike<number>,
  n: number,
  count: number = keys.length,
): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) {
    const k = keys[i] ?? -1;
    if (k >= 0) start[k + 1] = (start[k + 1] ?? 0) + 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, n);
  const list = new Int32Array(start[n] ?? 0);
  for (let i = 0; i < count; i++) {
    const k = keys[i] ?? -1;
    if (k < 0) continue;
    const at = fill[k] ?? 0;
    list[at] = i;
    fill[k] = at + 1;
  }
  return { start, list };
}
