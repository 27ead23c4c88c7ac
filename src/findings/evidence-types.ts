/** Evidence types a searcher may upload, recognised by their first bytes, not by the client's word. */
const SIGNATURES: { type: string; test: (head: Buffer) => boolean }[] = [
  {
    type: 'image/png',
    test: (h) =>
      h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { type: 'image/jpeg', test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { type: 'application/pdf', test: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    type: 'multipart/related',
    test: (h) =>
      /^(?:[\s\S]{0,2048}\n)?MIME-Version:/i.test(h.subarray(0, 4096).toString('latin1')) &&
      /multipart\/related/i.test(h.subarray(0, 8192).toString('latin1')),
  },
  {
    type: 'text/html',
    test: (h) =>
      /^\s*(?:<!doctype html|<html|<head|<body|<!--)/i.test(
        h
          .subarray(0, 1024)
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
      ),
  },
];

export const ALLOWED_EVIDENCE_TYPES = [
  'image/png',
  'image/jpeg',
  'application/pdf',
  'text/html',
  'multipart/related (MHTML)',
];

/** The evidence type of the file's content, or null when it is not an allowed type. */
export function sniffEvidenceType(data: Buffer): string | null {
  return SIGNATURES.find((s) => s.test(data))?.type ?? null;
}
