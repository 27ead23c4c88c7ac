import { randomBytes } from 'node:crypto';
import { buildWorld, findingBody, itemBody } from '../support/fixtures';
import { wellFormedJpeg, wellFormedPdf, wellFormedPng } from '../support/evidence-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/** Evidence is recognised from the whole file: a right first few bytes are not enough. */
describe('evidence types', () => {
  let t: TestApp;
  let upload: (
    data: Buffer,
    name: string,
  ) => Promise<{ status: number; body: Record<string, unknown> }>;
  let countRows: () => Promise<number>;

  beforeAll(async () => {
    t = await startTestApp();
    const w = await buildWorld(t);
    await t
      .http()
      .put(`/api/vettings/${w.vettingIds[0]}/items/facebook`)
      .set(w.searcher.auth)
      .send(itemBody('FINDINGS'))
      .expect(200);
    const f = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/findings`)
      .set(w.searcher.auth)
      .send(findingBody());
    expect(f.status).toBe(201);
    upload = async (data, name) => {
      const res = await t
        .http()
        .post(`/api/findings/${f.body.id}/evidence`)
        .set(w.searcher.auth)
        .attach('file', data, name);
      return { status: res.status, body: res.body };
    };
    countRows = async () =>
      (
        await t.db.query(`SELECT count(*)::int AS n FROM evidence_files WHERE finding_id = $1`, [
          f.body.id,
        ])
      )[0].n;
  });
  afterAll(() => t.close());

  it('accepts well-formed PNG, JPEG, PDF, HTML and MHTML files', async () => {
    const html = Buffer.from('<!doctype html><html><body><p>Post — “quoted”</p></body></html>\n');
    const mhtml = Buffer.from(
      'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<html></html>\r\n--b--\r\n',
    );
    for (const [data, name, type] of [
      [wellFormedPng('a'), 'a.png', 'image/png'],
      [wellFormedJpeg('b'), 'b.jpg', 'image/jpeg'],
      [wellFormedPdf('c'), 'c.pdf', 'application/pdf'],
      [html, 'd.html', 'text/html'],
      [mhtml, 'e.mhtml', 'multipart/related'],
    ] as const) {
      const res = await upload(data, name);
      expect({ name, status: res.status, type: res.body.contentType }).toEqual({
        name,
        status: 201,
        type,
      });
    }
  });

  it('refuses with 415 a binary that only starts like an allowed type, saying what is wrong', async () => {
    const before = await countRows();
    const cases: [Buffer, string, RegExp][] = [
      [
        Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096)]),
        'fake.pdf',
        /starts like application\/pdf but is not one: no %%EOF marker within the last 1 KB/,
      ],
      [
        Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2048), Buffer.from('\n%%EOF\n')]),
        'eof-only.pdf',
        /application\/pdf but is not one: no startxref/,
      ],
      [
        Buffer.concat([wellFormedPng('x').subarray(0, 33), randomBytes(512)]),
        'fake.png',
        /starts like image\/png but is not one/,
      ],
      [
        Buffer.concat([wellFormedPng('y'), Buffer.from('MZ\x90\x00 appended program')]),
        'tail.png',
        /byte\(s\) follow the IEND chunk/,
      ],
      [
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(1024)]),
        'fake.jpg',
        /starts like image\/jpeg but is not one/,
      ],
      [
        Buffer.concat([wellFormedJpeg('z').subarray(0, 40), randomBytes(64), Buffer.from([0, 1])]),
        'no-eoi.jpg',
        /does not end with the JPEG end marker/,
      ],
      [
        Buffer.concat([Buffer.from('<html><body>'), Buffer.from([0, 1, 2, 3]), randomBytes(256)]),
        'binary.html',
        /HTML, but/,
      ],
    ];
    for (const [data, name, message] of cases) {
      const res = await upload(data, name);
      expect({ name, status: res.status }).toEqual({ name, status: 415 });
      expect({ name, message: res.body.message }).toEqual({
        name,
        message: expect.stringMatching(message),
      });
      expect(res.body.message).toMatch(/^Evidence must be one of image\/png, image\/jpeg/);
    }
    expect(await countRows()).toBe(before);
  });
});
