import PDFDocument from 'pdfkit';
import { PanelFindingDto, PanelReportDto } from './panel-report.dto';

/**
 * The panel's report as a PDF, drawn with pdfkit from the panel DTO only (the same object the
 * JSON read returns), so it can never carry more than the panel may see. Every page carries
 * the version, the release time and the SHA-256 at the top, and the page number and
 * "Confidential: hiring panel" at the bottom.
 *
 * The standard Helvetica font is used (no font files to ship); it covers Latin text, and
 * characters outside its encoding print as substitutes.
 */
export const PDF_FOOTER = 'Confidential: hiring panel';

const MARGIN = 56;
const GREY = '#444444';

function humanize(value: string): string {
  const s = value.replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function reportHeaderLine(r: PanelReportDto): string {
  return `Report version ${r.version} · released ${r.releasedAt} · SHA-256 ${r.sha256}`;
}

function finding(doc: PDFKit.PDFDocument, f: PanelFindingDto, n: number): void {
  const width = doc.page.width - 2 * MARGIN;
  if (doc.y > doc.page.height - MARGIN - 140) doc.addPage();
  doc.moveDown(0.6);
  doc.font('Helvetica-Bold').fontSize(12).fillColor('black');
  doc.text(`Finding ${n}: ${humanize(f.category)}`, { width });
  doc.font('Helvetica').fontSize(9).fillColor(GREY);
  doc.text(
    `Platform: ${f.platform} · Captured on ${f.capturedOn} · Validation: ${humanize(
      f.validation.status,
    )}, ${f.validation.identityMatches} identity matches`,
    { width },
  );
  const field = (label: string, value: string | null) => {
    doc.moveDown(0.3);
    doc.font('Helvetica-Bold').fontSize(10).fillColor('black').text(label, { width });
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(value ?? '(none)', { width });
  };
  field('Summary', f.summary);
  field('Excerpt', f.excerpt);
  field('Mitigation', f.mitigation);
  field(
    'Candidate response',
    f.candidateResponse
      ? `Received ${f.candidateResponse.receivedOn}: ${f.candidateResponse.text}`
      : null,
  );
}

/** Writes the header and footer onto every buffered page, once the body is laid out. */
function stampPages(doc: PDFKit.PDFDocument, r: PanelReportDto): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    // Drawing inside the margins would make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(7).fillColor(GREY);
    doc.text(reportHeaderLine(r), MARGIN, 24, { width: width - 2 * MARGIN, lineBreak: false });
    doc.text(`${PDF_FOOTER} · Page ${i + 1} of ${range.count}`, MARGIN, height - 36, {
      width: width - 2 * MARGIN,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** The PDF bytes of a panel report. */
export function renderReportPdf(r: PanelReportDto): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `Background check report: ${r.candidate.name}`,
      Subject: `${r.process.title}, report version ${r.version}`,
      CreationDate: new Date(r.releasedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  doc.font('Helvetica-Bold').fontSize(18).text(r.candidate.name, { width });
  doc.font('Helvetica').fontSize(11).fillColor(GREY).text(r.process.title, { width });
  doc.moveDown(0.5);
  doc
    .fillColor('black')
    .fontSize(10)
    .text(
      `Checklist: ${r.checklist.searched} of ${r.checklist.items} items searched. ` +
        `Report version ${r.version}, released ${r.releasedAt}.`,
      { width },
    );
  doc.text(`SHA-256 of this version: ${r.sha256}`, { width });
  doc.moveDown(0.5);
  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(r.findings.length ? `Findings (${r.findings.length})` : 'Findings', { width });
  if (!r.findings.length) {
    doc.font('Helvetica').fontSize(10).text('No findings are reported.', { width });
  }
  r.findings.forEach((f, i) => finding(doc, f, i + 1));
  stampPages(doc, r);
  doc.end();
  return done;
}
