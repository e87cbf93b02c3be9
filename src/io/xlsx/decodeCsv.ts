/**
 * Decode the bytes of a CSV file into text.
 *
 * A byte-order mark decides the encoding (UTF-8 `EF BB BF`, UTF-16LE `FF FE`,
 * UTF-16BE `FE FF`) and is removed; without one the bytes are read as UTF-8, invalid
 * sequences becoming U+FFFD rather than an exception.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return utf8(bytes);
}

/** UTF-8 without letting TextDecoder swallow or keep a BOM on its own terms. */
function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
