/** MIME types of what the page hands back. */
export const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  svg: 'image/svg+xml',
  png: 'image/png',
} as const;

/** Bytes as a Blob of a type (copied only when they sit in a shared buffer, which Blob refuses). */
export function bytesBlob(bytes: Uint8Array, type: string): Blob {
  const plain =
    bytes.buffer instanceof ArrayBuffer
      ? (bytes as Uint8Array<ArrayBuffer>)
      : new Uint8Array(bytes);
  return new Blob([plain], { type });
}

/** How long an object URL outlives the click that downloads it (the browser reads it after). */
const REVOKE_AFTER_MS = 60_000;

/**
 * Hand a file to the browser's downloads: an object URL behind a temporary `<a download>`,
 * clicked, then removed (and the URL revoked a minute later). Nothing leaves the page.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
