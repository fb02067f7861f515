import { sniffImage } from './image-sniffer';

/** The first bytes of a PNG: signature and IHDR chunk. */
function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

/** SOI, an APP0 segment, then a baseline frame header (SOF0). */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof0 = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof0, Buffer.from([0xff, 0xd9])]);
}

function webp(chunk: string, payload: number[]): Buffer {
  const body = Buffer.concat([Buffer.from(`WEBP${chunk}`, 'latin1'), Buffer.alloc(4), Buffer.from(payload)]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

describe('sniffImage', () => {
  it('recognises a PNG by its signature and reads IHDR', () => {
    expect(sniffImage(pngHeader(640, 480))).toEqual({ contentType: 'image/png', width: 640, height: 480 });
  });

  it('recognises a JPEG and reads the frame header after other segments', () => {
    expect(sniffImage(jpegHeader(1024, 768))).toEqual({ contentType: 'image/jpeg', width: 1024, height: 768 });
  });

  it('keeps a JPEG whose frame header it cannot find, without a size', () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x02, 0xff, 0xd9, 0, 0, 0, 0]))).toEqual({
      contentType: 'image/jpeg',
      width: null,
      height: null,
    });
  });

  it('reads lossy, lossless and extended WebP sizes', () => {
    // VP8: frame tag (3 bytes), start code 9d 01 2a, 14-bit width and height.
    expect(sniffImage(webp('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x40, 0x01, 0xf0, 0x00]))).toEqual({
      contentType: 'image/webp',
      width: 320,
      height: 240,
    });
    // VP8L: signature 0x2f, then width-1 and height-1 in 14 bits each (here 100 × 50).
    const bits = 99 | (49 << 14);
    expect(sniffImage(webp('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >> 24) & 0xff, 0]))).toEqual({
      contentType: 'image/webp',
      width: 100,
      height: 50,
    });
    // VP8X: flags (4 bytes), then canvas width-1 and height-1 in 24 bits each (here 2000 × 1000).
    expect(sniffImage(webp('VP8X', [0, 0, 0, 0, 0xcf, 0x07, 0x00, 0xe7, 0x03, 0x00]))).toEqual({
      contentType: 'image/webp',
      width: 2000,
      height: 1000,
    });
  });

  it('refuses text, SVG, GIF and truncated signatures whatever their name', () => {
    expect(sniffImage(Buffer.from('just some text pretending to be a picture'))).toBeNull();
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImage(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1'))).toBeNull();
    expect(sniffImage(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniffImage(Buffer.from('RIFF\x00\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
  });
});
