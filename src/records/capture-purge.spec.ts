import { scrubCaptureReason } from './capture-purge';

describe('scrubCaptureReason (a purged capture keeps why it failed, not where)', () => {
  it('removes links and the host names of the capture, and keeps the rest', () => {
    expect(
      scrubCaptureReason('refused by the network rules: files.example.org did not resolve', [
        'https://www.example.com/post/1',
        'https://files.example.org/x',
      ]),
    ).toBe('refused by the network rules: [host removed] did not resolve');
    expect(
      scrubCaptureReason('redirect refused: https://evil.example.net/a is private', [
        'https://www.example.com/',
        null,
      ]),
    ).not.toContain('evil.example.net');
    expect(scrubCaptureReason('a sign-in form covers the page', ['https://x.example/'])).toBe(
      'a sign-in form covers the page',
    );
  });
});
