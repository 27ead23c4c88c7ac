import { toPanelReport, ReportContent } from './panel-report.dto';

describe('toPanelReport', () => {
  it('withholds links and handles even in a version stored before the scrubber existed', () => {
    const content: ReportContent = {
      reportVersion: 1,
      releasedAt: '2026-01-01T00:00:00.000Z',
      candidate: { name: 'Casey Q' },
      process: { title: 'Patrol officer 2026' },
      checklist: { items: 3, searched: 3 },
      findings: [
        {
          category: 'THREATS_VIOLENCE',
          summary: 'Threat, see https://x.example/p and @cq_88',
          excerpt: 'mail cq@mail.example',
          platform: 'Facebook',
          capturedOn: '2026-01-01',
          validation: { status: 'VERIFIED', identityMatches: 3 },
          mitigation: 'www.old.example/post',
          candidateResponse: {
            receivedOn: '2026-01-02',
            text: 'facebook.com/cq/posts/1 was a joke',
          },
        },
      ],
    };
    const dto = toPanelReport({ id: 'r1', version: 1, sha256: 'x'.repeat(64), content });
    expect(dto.findings[0]).toMatchObject({
      summary: 'Threat, see [withheld] and [withheld]',
      excerpt: 'mail [withheld]',
      mitigation: '[withheld]',
      candidateResponse: { receivedOn: '2026-01-02', text: '[withheld] was a joke' },
    });
    expect(dto.candidate.name).toBe('Casey Q');
  });
});
