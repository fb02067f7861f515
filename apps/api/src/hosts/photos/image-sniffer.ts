import { HostPhotoResponse } from '@renkei/contract';

export interface SniffedImage {
  contentType: HostPhotoResponse['contentType'];
  width: number | null;
  height: number | null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Recognises JPEG, PNG and WebP by their leading bytes (the upload's name and declared type are
 * ignored) and reads the size from the headers when they are where the format puts them.
 * Returns null for anything else.
 */
export function sniffImage(bytes: Buffer): SniffedImage | null {
  if (bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    const hasHeader = bytes.toString('latin1', 12, 16) === 'IHDR';
    return {
      contentType: 'image/png',
      width: hasHeader ? positive(bytes.readUInt32BE(16)) : null,
      height: hasHeader ? positive(bytes.readUInt32BE(20)) : null,
    };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { contentType: 'image/jpeg', ...jpegSize(bytes) };
  }
  if (bytes.length >= 16 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
    return { contentType: 'image/webp', ...webpSize(bytes) };
  }
  return null;
}

const UNKNOWN_SIZE = { width: null, height: null };

/** Walks the marker segments up to the first start-of-frame (SOF0–SOF15 except DHT, JPG and DAC). */
function jpegSize(bytes: Buffer): { width: number | null; height: number | null } {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return UNKNOWN_SIZE;
    const marker = bytes[offset + 1] as number;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: positive(bytes.readUInt16BE(offset + 5)), width: positive(bytes.readUInt16BE(offset + 7)) };
    }
    if (marker === 0xd9 || marker === 0xda) return UNKNOWN_SIZE; // end of image or scan data before any frame header
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return UNKNOWN_SIZE;
}

function webpSize(bytes: Buffer): { width: number | null; height: number | null } {
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8 ' && bytes.length >= 30 && bytes[23] === 0x9d && bytes[24] === 0x01 && bytes[25] === 0x2a) {
    return { width: positive(bytes.readUInt16LE(26) & 0x3fff), height: positive(bytes.readUInt16LE(28) & 0x3fff) };
  }
  if (chunk === 'VP8L' && bytes.length >= 25 && bytes[20] === 0x2f) {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && bytes.length >= 30) {
    return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  }
  return UNKNOWN_SIZE;
}

function positive(value: number): number | null {
  return value > 0 ? value : null;
}
