// Draws the add-in's icons into assets/: icon-16, -32, -64, -80 and -128.png. The glyph is a
// rising bar chart in Fluent blue with a gold krona coin (a "k" cut into it at 32 px and up),
// on a transparent background. Node built-ins only: shapes are signed-distance functions in a
// unit square, sampled 4x4 per pixel for smooth edges; the PNG is written with zlib.
// Run: node scripts/make-icons.mjs [out-dir]   (default: assets/)
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = process.argv[2] ? path.resolve(process.argv[2]) : path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const SIZES = [16, 32, 64, 80, 128];

const BLUE = [0x0f, 0x6c, 0xbd]; // Fluent "brand" blue (#0F6CBD)
const GOLD = [0xea, 0xa3, 0x00]; // Fluent marigold (#EAA300)
const GOLD_DARK = [0x8f, 0x63, 0x00];

// Signed distances (negative inside), in unit-square coordinates, y pointing down.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - w / 2;
};
const union = (...fs) => (x, y) => Math.min(...fs.map((f) => f(x, y)));

/** The layers, bottom first: [shape, colour]. Small sizes drop the detail that would blur. */
function layers(size) {
  if (size <= 16) {
    // Snapped to the 16 px grid so that the bars' edges stay crisp.
    const p = (n) => n / 16;
    const bars = union(
      roundRect(p(1), p(9), p(5), p(15), p(0.5)),
      roundRect(p(6), p(6), p(10), p(15), p(0.5)),
      roundRect(p(11), p(2), p(15), p(15), p(0.5)),
    );
    return [[bars, BLUE], [circle(p(3.5), p(3.5), p(2.9)), GOLD]];
  }
  const r = 0.05;
  const bars = union(
    roundRect(0.06, 0.58, 0.3, 0.94, r),
    roundRect(0.38, 0.38, 0.62, 0.94, r),
    roundRect(0.7, 0.1, 0.94, 0.94, r),
  );
  const coin = circle(0.2, 0.22, 0.17);
  const out = [[bars, BLUE], [coin, GOLD]];
  if (size >= 32) {
    const w = size >= 64 ? 0.045 : 0.06;
    const k = union(segment(0.155, 0.13, 0.155, 0.31, w), segment(0.165, 0.225, 0.25, 0.13, w), segment(0.18, 0.215, 0.255, 0.31, w));
    out.push([k, GOLD_DARK]);
  }
  return out;
}

function render(size) {
  const S = 4; // samples per axis
  const ls = layers(size);
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      // Composite each sub-sample "over", then average (premultiplied).
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (i + (sx + 0.5) / S) / size, y = (j + (sy + 0.5) / S) / size;
          let cr = 0, cg = 0, cb = 0, ca = 0;
          for (const [shape, c] of ls) {
            if (shape(x, y) <= 0) [cr, cg, cb, ca] = [c[0], c[1], c[2], 1];
          }
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = (j * size + i) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a); px[o + 1] = Math.round(g / a); px[o + 2] = Math.round(b / a);
        px[o + 3] = Math.round((255 * a) / (S * S));
      }
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGBA PNG, filter 0 on every row. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, size, render(size)));
  console.log(`${path.relative(process.cwd(), file)} ${size}x${size}`);
}
