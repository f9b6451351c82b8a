// Draws the tab bar icons (81 x 81 PNG, WeChat's recommended size) without any image tool or download:
// node scripts/tab-icons.mjs. The selected icon is filled and the others are outlined, so the current
// tab shows by shape as well as by colour.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 81;
const SAMPLES = 4; // per axis, for smooth edges
const STROKE = 0.06; // outline width, as a share of the icon
const COLORS = { normal: [0x4d, 0x4d, 0x4d], selected: [0x0b, 0x6e, 0x4f] };

const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const union =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus =
  (shape, ...holes) =>
  (x, y) =>
    shape(x, y) && !holes.some((h) => h(x, y));
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const SHAPES = {
  home: minus(
    union(triangle(0.5, 0.1, 0.06, 0.5, 0.94, 0.5), rect(0.18, 0.45, 0.82, 0.9)),
    rect(0.41, 0.62, 0.59, 0.91),
  ),
  appointments: minus(
    union(rect(0.12, 0.2, 0.88, 0.9), rect(0.27, 0.08, 0.37, 0.3), rect(0.63, 0.08, 0.73, 0.3)),
    rect(0.25, 0.48, 0.41, 0.6),
    rect(0.59, 0.48, 0.75, 0.6),
    rect(0.25, 0.68, 0.41, 0.8),
  ),
  reports: minus(
    rect(0.18, 0.08, 0.82, 0.92),
    triangle(0.62, 0.07, 0.83, 0.07, 0.83, 0.28),
    rect(0.3, 0.4, 0.7, 0.46),
    rect(0.3, 0.55, 0.7, 0.61),
    rect(0.3, 0.7, 0.56, 0.76),
  ),
  me: union(
    circle(0.5, 0.3, 0.19),
    (x, y) => y <= 0.92 && ((x - 0.5) / 0.38) ** 2 + ((y - 0.92) / 0.4) ** 2 <= 1,
  ),
};

const DIRECTIONS = Array.from({ length: 16 }, (_, i) => [
  Math.cos((i * Math.PI) / 8) * STROKE,
  Math.sin((i * Math.PI) / 8) * STROKE,
]);
const outline = (shape) => (x, y) => shape(x, y) && DIRECTIONS.some(([dx, dy]) => !shape(x + dx, y + dy));

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(shape, [r, g, b]) {
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
    for (let px = 0; px < SIZE; px++) {
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++)
          if (shape((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE)) covered++;
      row.set([r, g, b, Math.round((255 * covered) / SAMPLES ** 2)], 1 + px * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = fileURLToPath(new URL('../src/assets/tabbar/', import.meta.url));
for (const [name, shape] of Object.entries(SHAPES)) {
  writeFileSync(`${outDir}${name}.png`, png(outline(shape), COLORS.normal));
  writeFileSync(`${outDir}${name}-active.png`, png(shape, COLORS.selected));
}
console.log(`tab bar icons written to ${outDir}`);
