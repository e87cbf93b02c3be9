/** Reject a run whose signal was aborted, saying that nothing was changed. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const e = new Error('Cancelled: nothing was changed.');
  e.name = 'AbortError';
  throw e;
}
