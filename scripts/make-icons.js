#!/usr/bin/env node
// Draws the add-in's icons: an org-chart glyph (one white box over two, joined by
// connector lines) on a Fluent blue (#0F6CBD) rounded square. Pure Node: the
// shapes are rasterised with 8x8 supersampling and written by a tiny PNG encoder
// (zlib + CRC-32), so no image library is needed.
//
//   node scripts/make-icons.js            writes assets/icon-{16,32,64,80}.png and assets/logo-filled.png
//   node scripts/make-icons.js OUT_DIR    writes them into OUT_DIR instead
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 8;

/** The images to write: file name and edge length in pixels. */
const OUTPUTS = [
  { file: 'icon-16.png', size: 16 },
  { file: 'icon-32.png', size: 32 },
  { file: 'icon-64.png', size: 64 },
  { file: 'icon-80.png', size: 80 },
  { file: 'logo-filled.png', size: 80 },
];

// ---------------------------------------------------------------------------
// PNG encoding

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG (and zlib) define it. */
function crc32(buffers) {
  let c = 0xffffffff;
  for (const buf of buffers) {
    for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC over type and data. */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeBuf = Buffer.from(type, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32([typeBuf, data]), 0);
  return Buffer.concat([length, typeBuf, data, crc]);
}

/** Encode 8-bit RGBA pixels (row-major, width * height * 4 bytes) as a PNG. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None for each scanline
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------
// Drawing, in unit coordinates (0..1 across the icon)

/** Is (x, y) inside the rectangle [x0,x1]x[y0,y1] with corner radius r? */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

/**
 * The glyph: the background tile, then white shapes over it. Edges are snapped to
 * the pixel grid so the small sizes stay crisp, and connectors are at least one
 * pixel wide.
 */
function glyph(size) {
  const snap = (v) => Math.round(v * size) / size;
  const line = Math.max(1, Math.round(0.075 * size)) / size;
  const boxR = 0.045;
  const box = (x0, y0, x1, y1) => ({ x0: snap(x0), y0: snap(y0), x1: snap(x1), y1: snap(y1) });
  const top = box(0.31, 0.17, 0.69, 0.4);
  const left = box(0.1, 0.6, 0.44, 0.83);
  const right = box(0.56, 0.6, 0.9, 0.83);
  /** A vertical connector of the line weight centred on x, snapped to whole pixels. */
  const column = (x, y0, y1) => {
    const x0 = snap(x - line / 2);
    return { x0, y0, x1: x0 + line, y1 };
  };
  const busY0 = snap(0.5 - line / 2);
  const busY1 = busY0 + line;
  const stem = column(0.5, top.y1, busY1);
  const dropLeft = column((left.x0 + left.x1) / 2, busY0, left.y0);
  const dropRight = column((right.x0 + right.x1) / 2, busY0, right.y0);
  const bus = { x0: dropLeft.x0, y0: busY0, x1: dropRight.x1, y1: busY1 };
  const boxes = [top, left, right];
  const bars = [stem, bus, dropLeft, dropRight];
  return {
    background: (x, y) => inRoundedRect(x, y, 0, 0, 1, 1, 0.2),
    foreground: (x, y) =>
      boxes.some((b) => inRoundedRect(x, y, b.x0, b.y0, b.x1, b.y1, boxR)) ||
      bars.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1),
  };
}

/** Rasterise the glyph at size x size pixels, anti-aliased, as RGBA. */
function render(size) {
  const { background, foreground } = glyph(size);
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!background(x, y)) continue;
          if (foreground(x, y)) fg++;
          else bg++;
        }
      }
      const covered = bg + fg;
      const o = (py * size + px) * 4;
      if (covered === 0) continue; // fully transparent
      for (let c = 0; c < 3; c++) {
        // Straight (non-premultiplied) colour: the mix of what covers the pixel.
        rgba[o + c] = Math.round((BLUE[c] * bg + WHITE[c] * fg) / covered);
      }
      rgba[o + 3] = Math.round((255 * covered) / samples);
    }
  }
  return rgba;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const { file, size } of OUTPUTS) {
    const png = encodePng(size, size, render(size));
    fs.writeFileSync(path.join(outDir, file), png);
    console.log(
      `${path.relative(process.cwd(), path.join(outDir, file))}  ${size}x${size}  ${png.length} bytes`,
    );
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, OUTPUTS };
