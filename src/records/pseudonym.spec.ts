import { createHash } from 'node:crypto';
import {
  IdentityRedactor,
  isConfidential,
  mapStrings,
  pseudonymFor,
  removeUrls,
} from './pseudonym';

const casey = {
  id: '0b7c1a8e-1111-4c4c-9d9d-000000000001',
  fullName: 'Casey Quartermain',
  aliases: ['C. Q. Main'],
  providedHandles: ['@cqm_88'],
  email: 'casey@example.test',
};
const robin = {
  id: '0b7c1a8e-1111-4c4c-9d9d-000000000002',
  fullName: 'Robin Casey-Public',
  aliases: [],
  providedHandles: [],
  email: null,
};

describe('applicant pseudonyms (Wis. Stat. 19.36(7))', () => {
  it('is Applicant- and the first 8 hex of SHA-256(candidate id), stable', () => {
    const hex = createHash('sha256').update(casey.id).digest('hex').slice(0, 8);
    expect(pseudonymFor(casey.id)).toBe(`Applicant-${hex}`);
    expect(pseudonymFor(casey.id)).toBe(pseudonymFor(casey.id));
  });

  it('covers applicants who asked, except final candidates', () => {
    expect(isConfidential({ confidentialityRequested: true, finalCandidate: false })).toBe(true);
    expect(isConfidential({ confidentialityRequested: true, finalCandidate: true })).toBe(false);
    expect(isConfidential({ confidentialityRequested: false, finalCandidate: false })).toBe(false);
  });

  it('replaces the name, its parts, aliases, handles and email, in any case, on word boundaries', () => {
    const r = new IdentityRedactor([casey]);
    const p = pseudonymFor(casey.id);
    expect(
      r.redact("CASEY QUARTERMAIN posted as @cqm_88 (casey@example.test); Quartermain's friend"),
    ).toBe(`${p} posted as ${p} (${p}); ${p}'s friend`);
    expect(r.redact('Quartermaine and caseyfan are other words')).toBe(
      'Quartermaine and caseyfan are other words',
    );
  });

  it("never rewrites a disclosed candidate's name, even when it shares a part", () => {
    const r = new IdentityRedactor([casey], [robin]);
    const p = pseudonymFor(casey.id);
    expect(r.redact('Robin Casey-Public met Casey Quartermain')).toBe(
      `Robin Casey-Public met ${p}`,
    );
  });

  it('removes links from text, and maps every string of a JSON value', () => {
    expect(
      removeUrls('see https://x.example/a?b=1 and www.foo.com and facebook.com/jdoe/posts/1 now'),
    ).toBe('see [link removed] and [link removed] and [link removed] now');
    expect(mapStrings({ a: ['x', { b: 'x', n: 1 }], x: null }, (s) => s.toUpperCase())).toEqual({
      a: ['X', { b: 'X', n: 1 }],
      x: null,
    });
  });
});

describe('shared name parts', () => {
  const jordanDoe = {
    id: '0b7c1a8e-1111-4c4c-9d9d-00000000000a',
    fullName: 'Jordan Doe',
    aliases: [],
    providedHandles: [],
    email: null,
  };
  const jordanSmith = {
    id: '0b7c1a8e-1111-4c4c-9d9d-00000000000b',
    fullName: 'Jordan Smith',
    aliases: [],
    providedHandles: [],
    email: null,
  };
  const p = pseudonymFor(jordanDoe.id);

  it("are replaced in the confidential applicant's own report, and left alone elsewhere", () => {
    expect(
      new IdentityRedactor([jordanDoe], [jordanSmith], jordanDoe.id).redact(
        'Jordan said Doe was away; Jordan Smith agreed',
      ),
    ).toBe(`${p} said ${p} was away; Jordan Smith agreed`);
    expect(
      new IdentityRedactor([jordanDoe], [jordanSmith]).redact(
        'Jordan said Doe and Jordan Doe were away',
      ),
    ).toBe(`Jordan said ${p} and ${p} were away`);
  });
});
