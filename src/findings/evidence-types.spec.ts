import { wellFormedJpeg, wellFormedPdf, wellFormedPng } from '../../test/support/evidence-fixtures';
import { jpegProblem, pdfProblem, pngProblem, sniffEvidenceType } from './evidence-types';

describe('evidence structure checks', () => {
  it('accepts the well-formed files', async () => {
    expect(pngProblem(wellFormedPng('a'))).toBeNull();
    expect(jpegProblem(wellFormedJpeg('a'))).toBeNull();
    expect(pdfProblem(wellFormedPdf('a'))).toBeNull();
    expect(await sniffEvidenceType(wellFormedPdf('a'))).toEqual({ type: 'application/pdf' });
  });

  it('walks PNG chunks: a flipped byte breaks a CRC, a cut file has no IEND', () => {
    const png = wellFormedPng('a');
    const flipped = Buffer.from(png);
    flipped[40] ^= 1;
    expect(pngProblem(flipped)).toMatch(/CRC is wrong/);
    expect(pngProblem(png.subarray(0, png.length - 12))).toBe(
      'the file ends without an IEND chunk',
    );
  });

  it('needs startxref to point at a cross-reference table, and nothing after %%EOF', () => {
    const pdf = wellFormedPdf('a').toString('latin1');
    const moved = pdf.replace(/startxref\n(\d+)/, (_, n) => `startxref\n${Number(n) + 3}`);
    expect(pdfProblem(Buffer.from(moved, 'latin1'))).toMatch(/does not point at a cross-reference/);
    expect(pdfProblem(Buffer.from(`${pdf}MZ payload`, 'latin1'))).toBe(
      'data follows the last %%EOF marker',
    );
  });

  it('names what a refused file claimed to be', async () => {
    expect(await sniffEvidenceType(Buffer.from('%PDF-1.7\n\x00\x01junk'))).toEqual({
      type: null,
      reason: expect.stringMatching(/^it starts like application\/pdf but is not one/),
    });
    expect(await sniffEvidenceType(Buffer.from('MZ\x90\x00binary'))).toMatchObject({ type: null });
  });
});
