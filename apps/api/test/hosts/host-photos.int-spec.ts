import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { HOST_PHOTO_MAX_BYTES, HostPhotoResponse, HostProfileResponse } from '@renkei/contract';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Facility } from '../../src/facilities/facility.entity';
import { HostPhoto } from '../../src/hosts/photos/host-photo.entity';
import { createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A complete, valid PNG of `width` × `height` red pixels. */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0xd0, 0x30, 0x30]))]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** JPEG markers as a camera writes them: SOI, APP0 (JFIF), a baseline frame header, EOI. */
function jpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]);
  const sof0 = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x01, 0x01, 0x11, 0x00]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof0, Buffer.from([0xff, 0xd9])]);
}

const PROFILE = {
  nameReading: 'しゃしんてすとびょういん',
  training: { overview: '救急・総合診療を幅広く経験できます。' },
  living: { dormitory: true },
  message: '写真で病院の様子をご覧ください。',
  contact: { name: '研修担当' },
};

describe('host photos: images only, checked by content, public once approved', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let host: TestClient;
  let otherHost: TestClient;
  let aomori: TestClient;
  let chiba: TestClient;
  let jmsb: TestClient;
  let facility: Facility;
  let other: Facility;

  const signedIn = async (options: Parameters<typeof createUser>[1]) => {
    const client = await new TestClient(testApp.http).start();
    await client.signIn((await createUser(dataSource, options)).email);
    return client;
  };

  const upload = (client: TestClient, facilityId: string, bytes: Buffer, filename: string, contentType: string) =>
    client.post(`/api/host-profiles/${facilityId}/photos`).attach('file', bytes, { filename, contentType });

  /** Reads the body as bytes whatever the content type. */
  const bytesOf = (test: request.Test) =>
    test.buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    const facilities = dataSource.getRepository(Facility);
    const hostFacility = (name: string, areaCode: string) =>
      facilities.save({
        facilityCode: `PH-${randomUUID().slice(0, 6)}`,
        name,
        prefectureCode: '02',
        secondaryMedicalAreaCode: areaCode,
        address: '青森県テスト市1',
        isHost: true,
        sample: false,
      });
    facility = await hostFacility('写真テスト病院', '0204');
    other = await hostFacility('別の写真病院', '0201');
    host = await signedIn({ role: 'host-facility', facilityId: facility.id });
    otherHost = await signedIn({ role: 'host-facility', facilityId: other.id });
    aomori = await signedIn({ role: 'prefecture', prefectureCode: '02' });
    chiba = await signedIn({ role: 'prefecture', prefectureCode: '12' });
    jmsb = await signedIn({ role: 'jmsb' });
  });

  afterAll(() => testApp.close());

  it('stores PNG and JPEG by their content with their size, and refuses anything else with a field error', async () => {
    const image = png(3, 2);
    const stored = (await upload(host, facility.id, image, 'ward.png', 'image/png').expect(201)).body as HostPhotoResponse;
    expect(stored).toEqual({ id: expect.any(String), contentType: 'image/png', byteSize: image.length, width: 3, height: 2 });

    // The name and the declared type are ignored: the bytes decide.
    const photo = (await upload(aomori, facility.id, jpeg(640, 480), 'misnamed.png', 'image/png').expect(201)).body as HostPhotoResponse;
    expect(photo).toMatchObject({ contentType: 'image/jpeg', width: 640, height: 480 });

    const text = await upload(host, facility.id, Buffer.from('<svg onload="alert(1)">not a picture</svg>'), 'evil.png', 'image/png').expect(400);
    expect(text.body).toMatchObject({ code: 'PHOTO_REJECTED', fieldErrors: { file: [expect.stringContaining('JPEG, PNG or WebP')] } });

    const tooLarge = Buffer.concat([png(1, 1), Buffer.alloc(HOST_PHOTO_MAX_BYTES)]);
    const large = await upload(host, facility.id, tooLarge, 'big.png', 'image/png').expect(413);
    expect(large.body).toMatchObject({ code: 'PHOTO_TOO_LARGE', fieldErrors: { file: ['file must be at most 2 MB'] } });

    const missing = await host.post(`/api/host-profiles/${facility.id}/photos`).send({}).expect(400);
    expect(missing.body.fieldErrors.file).toEqual(['Choose an image file (JPEG, PNG or WebP) to upload.']);
    const wrongField = await host.post(`/api/host-profiles/${facility.id}/photos`).attach('picture', image, 'ward.png').expect(400);
    expect(wrongField.body.fieldErrors.file[0]).toContain('"file"');

    // Other facilities and other prefectures are refused.
    await upload(otherHost, facility.id, image, 'ward.png', 'image/png').expect(403);
    await upload(chiba, facility.id, image, 'ward.png', 'image/png').expect(403);
    expect(await dataSource.getRepository(HostPhoto).countBy({ facilityId: facility.id })).toBe(2);
  });

  it('shows a draft’s photo only to its editors, refuses another facility’s photo in the draft, and serves approved photos publicly with safe headers', async () => {
    const image = png(4, 4);
    const photo = (await upload(host, facility.id, image, 'front.png', 'image/png').expect(201)).body as HostPhotoResponse;
    const unused = (await upload(host, facility.id, png(1, 1), 'unused.png', 'image/png').expect(201)).body as HostPhotoResponse;
    const foreign = (await upload(otherHost, other.id, png(2, 2), 'other.png', 'image/png').expect(201)).body as HostPhotoResponse;
    const path = `/api/host-photos/${photo.id}`;
    const anonymous = request(testApp.http);

    await anonymous.get(path).expect(404);
    await otherHost.get(path).expect(404);
    await chiba.get(path).expect(404);
    await anonymous.get('/api/host-photos/not-a-uuid').expect(400);
    const preview = await bytesOf(host.get(path)).expect(200);
    expect(preview.headers['cache-control']).toBe('private, no-store');
    expect(preview.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(preview.body as Buffer, image)).toBe(0);
    await aomori.get(path).expect(200);
    await jmsb.get(path).expect(200);

    const profilePath = `/api/host-profiles/${facility.id}`;
    const refused = await host
      .send('PUT', profilePath, { ...PROFILE, photos: [{ id: photo.id }, { id: foreign.id, caption: '他院' }], version: 0 })
      .expect(400);
    expect(refused.body).toMatchObject({
      code: 'PHOTO_NOT_THIS_FACILITY',
      fieldErrors: { photos: ['photos must be photos uploaded for this facility'] },
    });
    const unknown = await host.send('PUT', profilePath, { ...PROFILE, photos: [{ id: randomUUID() }], version: 0 }).expect(400);
    expect(unknown.body.fieldErrors.photos).toBeDefined();
    await host
      .send('PUT', profilePath, { ...PROFILE, photos: [{ id: 'abc' }], version: 0 })
      .expect(400)
      .expect((response) => expect(Object.keys(response.body.fieldErrors)).toEqual(['photos.0.id']));

    const saved = (await host.send('PUT', profilePath, { ...PROFILE, photos: [{ id: photo.id, caption: '正面玄関' }], version: 0 }).expect(200))
      .body as HostProfileResponse;
    expect(saved.draft).toMatchObject({ nameReading: PROFILE.nameReading, photos: [{ id: photo.id, caption: '正面玄関' }] });
    expect(saved.completeness.missing).not.toContain('photos');
    expect(saved.completeness.missing).not.toContain('nameReading');
    // Saving removed the photos the draft does not use (also those of the first test); another facility's stay.
    const remaining = await dataSource.getRepository(HostPhoto).findBy({ facilityId: facility.id });
    expect(remaining.map((row) => row.id)).toEqual([photo.id]);
    await host.get(`/api/host-photos/${unused.id}`).expect(404);
    await otherHost.get(`/api/host-photos/${foreign.id}`).expect(200);

    const submitted = (await host.post(`${profilePath}/submit`).send({ version: saved.version }).expect(200)).body as HostProfileResponse;
    await anonymous.get(path).expect(404);
    await aomori.post(`${profilePath}/approve`).send({ version: submitted.version }).expect(200);

    const served = await bytesOf(anonymous.get(path)).expect(200);
    expect(served.headers).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(image.length),
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline; filename="photo.png"',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'public, max-age=3600',
      'cross-origin-resource-policy': 'same-origin',
    });
    expect(Buffer.compare(served.body as Buffer, image)).toBe(0);
  });
});
