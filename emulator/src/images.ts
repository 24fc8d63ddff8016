/**
 * Tiny PNG and JPEG encoders for solid-colour placeholder images: the storage thumbnails and the
 * seeded example image. They are their own file because they are byte-level image formats with
 * nothing to do with the drive model, and the seed uses `encodePng` without the Storage API.
 */
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes an RGB image as PNG; `pixel(x, y)` gives each pixel's colour. */
export function encodePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number],
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0, o = 0; y < height; y++) {
    rows[o++] = 0; // filter: none
    for (let x = 0; x < width; x++, o += 3) rows.set(pixel(x, y), o);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(rows)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * Encodes a solid-colour baseline JPEG (YCbCr, no subsampling, quantisation 1, DC-only
 * blocks), which is all a placeholder thumbnail needs.
 */
export function encodeSolidJpeg(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const ycc = [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ].map((v) => Math.round(8 * (Math.min(255, Math.max(0, v)) - 128)));
  const segment = (marker: number, data: number[]): number[] => [
    0xff,
    marker,
    (data.length + 2) >> 8,
    (data.length + 2) & 0xff,
    ...data,
  ];
  // DC table: the standard luminance DC codes (categories 0-11); AC table: only EOB, code "0".
  const dcTable = [0x00, 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, ...Array.from({ length: 12 }, (_, i) => i)];
  const dcCodes: [number, number][] = [
    [0b00, 2],
    [0b010, 3],
    [0b011, 3],
    [0b100, 3],
    [0b101, 3],
    [0b110, 3],
    [0b1110, 4],
    [0b11110, 5],
    [0b111110, 6],
    [0b1111110, 7],
    [0b11111110, 8],
    [0b111111110, 9],
  ];
  const acTable = [0x10, 1, ...Array(15).fill(0), 0x00];
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >> i) & 1);
  };
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  for (let blockIndex = 0; blockIndex < blocks; blockIndex++) {
    for (const dc of ycc) {
      const diff = blockIndex === 0 ? dc : 0;
      const category = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
      const [code, length] = dcCodes[category] as [number, number];
      put(code, length);
      if (category > 0) put(diff > 0 ? diff : diff + (1 << category) - 1, category);
      put(0, 1); // EOB
    }
  }
  while (bits.length % 8) bits.push(1);
  const scan: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    const byte = bits.slice(i, i + 8).reduce((acc, bit) => (acc << 1) | bit, 0);
    scan.push(byte);
    if (byte === 0xff) scan.push(0x00);
  }
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0x00, ...Array(64).fill(1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]),
    ...segment(0xc4, dcTable),
    ...segment(0xc4, acTable),
    ...segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]),
    ...scan,
    0xff,
    0xd9,
  ]);
}

/** A colour derived from a file's bytes, so each image's thumbnail is stable and tells files apart. */
export function colourOf(bytes: Buffer): [number, number, number] {
  const digest = createHash("sha256").update(bytes).digest();
  return [digest[0] as number, digest[1] as number, digest[2] as number];
}
