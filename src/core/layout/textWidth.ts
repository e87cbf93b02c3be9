/**
 * Text width estimated per character class, in em (multiples of the font size), so a box can
 * be sized without a font or a DOM. CJK ideographs, kana, Hangul and full-width forms are
 * about 1 em; Latin letters about half of that, narrow ones (i, l, punctuation) less and wide
 * ones (M, W) more. The estimate errs wide: a box a little too wide reads better than clipped text.
 */
export function charWidth(code: number): number {
  if (code < 0x80) return ASCII[code] ?? 0.6;
  // The ellipsis and the multiplication sign are full width in CJK fonts.
  if (isWide(code) || code === 0x2026 || code === 0xd7) return 1;
  // Accented Latin, Greek, Cyrillic and the rest: an average letter.
  return 0.62;
}

/** East Asian wide and full-width characters. */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi, incl. kana and ideographs
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) // supplementary ideographs
  );
}

/** Width of a string in em. */
export function textWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) ?? 0;
    if (c > 0xffff) i++;
    w += charWidth(c);
  }
  return w;
}

/** Widths of the printable ASCII characters in a sans-serif UI font (Segoe UI-like), in em. */
const ASCII: readonly number[] = (() => {
  const w = new Array<number>(128).fill(0.6);
  const set = (chars: string, width: number) => {
    for (const ch of chars) w[ch.charCodeAt(0)] = width;
  };
  set('abcdeghknopqsuvxyz', 0.56);
  set('fjrt', 0.36);
  set('il', 0.26);
  set('mw', 0.84);
  set('ABCDEFGHKNOPRSTUVXYZ', 0.66);
  set('IJ', 0.32);
  set('LQ', 0.62);
  set('MW', 0.9);
  set('0123456789', 0.58);
  set(' ', 0.28);
  set('.,:;!|\'"`', 0.28);
  set('()[]{}-/\\', 0.36);
  set('&%@#', 0.82);
  set('+=<>~^*_?$', 0.6);
  return w;
})();
