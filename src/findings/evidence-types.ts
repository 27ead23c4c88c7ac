import { fileTypeFromBuffer } from 'file-type/core';
import { crc32 } from 'node:zlib';

/**
 * Evidence types a searcher may upload, recognised from the whole file, never the client's
 * word or the first bytes alone. Binary formats are identified by file-type (a maintained
 * signature library), then their structure is checked to the end: a PNG's chunks walk to IEND,
 * a JPEG's segments reach the scan and the file ends with EOI, a PDF ends with %%EOF after a
 * startxref that points into the file. HTML and MHTML must be text from start to end.
 */

export const ALLOWED_EVIDENCE_TYPES = [
  'image/png',
  'image/jpeg',
  'application/pdf',
  'text/html',
  'multipart/related (MHTML)',
];

export type EvidenceSniff = { type: string } | { type: null; reason: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Why the PNG is not whole, or null: every chunk's length and CRC, IHDR first, IEND last. */
export function pngProblem(data: Buffer): string | null {
  if (!data.subarray(0, 8).equals(PNG_SIGNATURE)) return 'no PNG signature';
  let at = 8;
  let first = true;
  while (at + 12 <= data.length) {
    const length = data.readUInt32BE(at);
    const type = data.subarray(at + 4, at + 8).toString('latin1');
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > data.length) return `the ${type} chunk runs past the end`;
    if (first && (type !== 'IHDR' || length !== 13)) return 'the first chunk is not IHDR';
    first = false;
    const crc = crc32(data.subarray(at + 4, at + 8 + length)) >>> 0;
    if (crc !== data.readUInt32BE(at + 8 + length)) return `the ${type} chunk's CRC is wrong`;
    if (type === 'IEND')
      return end === data.length ? null : `${data.length - end} byte(s) follow the IEND chunk`;
    at = end;
  }
  return 'the file ends without an IEND chunk';
}

/** Why the JPEG is not whole, or null: segments from SOI to the start of scan, EOI at the end. */
export function jpegProblem(data: Buffer): string | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return 'no JPEG start marker';
  let at = 2;
  for (;;) {
    if (at + 4 > data.length) return 'the file ends before the image data';
    if (data[at] !== 0xff) return `no segment marker at byte ${at}`;
    const marker = data[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) return 'the image ends before any image data';
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = data.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > data.length)
      return `the segment at byte ${at} runs past the end`;
    if (marker === 0xda) break; // start of scan: entropy-coded data follows
    at += 2 + length;
  }
  if (data[data.length - 2] !== 0xff || data[data.length - 1] !== 0xd9)
    return 'the file does not end with the JPEG end marker (FFD9)';
  return null;
}

/** Why the PDF is not whole, or null: %%EOF in the last 1 KB, after a startxref into the file. */
export function pdfProblem(data: Buffer): string | null {
  if (!/^%PDF-\d\.\d/.test(data.subarray(0, 8).toString('latin1'))) return 'no PDF header';
  const tail = data.subarray(Math.max(0, data.length - 1024)).toString('latin1');
  const eof = tail.lastIndexOf('%%EOF');
  if (eof < 0) return 'no %%EOF marker within the last 1 KB';
  if (!/^[\r\n\t \0]*$/.test(tail.slice(eof + 5))) return 'data follows the last %%EOF marker';
  const xref = /startxref[\r\n\t ]+(\d+)[\r\n\t ]+$/.exec(tail.slice(0, eof));
  if (!xref) return 'no startxref before the %%EOF marker';
  const offset = Number(xref[1]);
  if (offset < 9 || offset >= data.length - 5) return 'startxref points outside the file';
  const target = data.subarray(offset, offset + 32).toString('latin1');
  if (!/^(?:xref|\d+\s+\d+\s+obj)/.test(target))
    return 'startxref does not point at a cross-reference table or stream';
  return null;
}

const TEXT_PREFIX = 64 * 1024;

/** Text from start to end: valid UTF-8 (or Latin-1 for MHTML), no NUL or stray control bytes. */
function textProblem(data: Buffer, utf8: boolean): string | null {
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\u007f]/;
  let text: string;
  if (utf8) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      return 'the file is not valid UTF-8 text';
    }
  } else {
    text = data.toString('latin1');
  }
  return control.test(text) ? 'the file holds binary data, not text' : null;
}

function looksLikeMhtml(head: string): boolean {
  return (
    /^(?:[\s\S]{0,2048}\n)?MIME-Version:/i.test(head.slice(0, 4096)) &&
    /multipart\/related/i.test(head.slice(0, 8192))
  );
}

function looksLikeHtml(head: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<!--)/i.test(
    head.slice(0, 1024).replace(/^\uFEFF/, ''),
  );
}

const BINARY: Record<string, (data: Buffer) => string | null> = {
  'image/png': pngProblem,
  'image/jpeg': jpegProblem,
  'application/pdf': pdfProblem,
};

/** The evidence type of the file's content, or why it is not an allowed type. */
export async function sniffEvidenceType(data: Buffer): Promise<EvidenceSniff> {
  // A parser error on a malformed file means "not recognised", never a server error.
  const detected = await fileTypeFromBuffer(data).catch(() => undefined);
  const head = data.subarray(0, TEXT_PREFIX).toString('latin1');
  if (detected) {
    const check = BINARY[detected.mime];
    if (!check) return { type: null, reason: `its content is ${detected.mime}` };
    const problem = check(data);
    return problem
      ? { type: null, reason: `it starts like ${detected.mime} but is not one: ${problem}` }
      : { type: detected.mime };
  }
  // Prefixes file-type did not accept as a whole are still named, so the refusal is clear.
  for (const [prefix, mime] of [
    ['%PDF-', 'application/pdf'],
    ['\x89PNG', 'image/png'],
    ['\xff\xd8\xff', 'image/jpeg'],
  ] as const) {
    if (head.startsWith(prefix)) {
      const problem = BINARY[mime](data) ?? 'it is not recognised as one';
      return { type: null, reason: `it starts like ${mime} but is not one: ${problem}` };
    }
  }
  if (looksLikeMhtml(head)) {
    const problem = textProblem(data, false);
    return problem
      ? { type: null, reason: `MHTML, but ${problem}` }
      : { type: 'multipart/related' };
  }
  if (looksLikeHtml(Buffer.from(head, 'latin1').toString('utf8'))) {
    const problem = textProblem(data, true);
    return problem ? { type: null, reason: `HTML, but ${problem}` } : { type: 'text/html' };
  }
  return { type: null, reason: "this file's content is none of them" };
}
