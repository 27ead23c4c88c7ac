import {
  canonicalBody,
  canonicalBodyReference,
  canonicalJson,
  chainHash,
  ChainWalker,
  GENESIS_HASH,
} from './hash-chain';

const body = (seq: number) => ({
  seq,
  occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
  actorId: null,
  actorRoles: ['ADMIN'],
  action: 'a',
  subjectType: 's',
  subjectId: String(seq),
  outcome: 'ALLOWED',
  details: { b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } },
  requestId: null,
  clientIp: null,
});

function chain(n: number) {
  let prev = GENESIS_HASH;
  return Array.from({ length: n }, (_, i) => {
    const b = body(i + 1);
    const hash = chainHash(prev, b);
    const e = { ...b, prevHash: prev, hash };
    prev = hash;
    return e;
  });
}

describe('hash chain', () => {
  it('canonical JSON sorts keys at every depth and ignores undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { z: 1, y: undefined, x: 0 }] } })).toBe(
      '{"a":{"c":[3,{"x":0,"z":1}],"d":2},"b":1}',
    );
  });

  it('writes the event body exactly as canonical JSON of its fields would', () => {
    const samples = [
      body(1),
      { ...body(2), actorId: '00000000-0000-4000-8000-000000000001', clientIp: '10.0.0.1' },
      { ...body(3), details: {}, actorRoles: [], subjectId: null, requestId: 'r"\\q' },
      { ...body(4), occurredAt: '2026-02-03T04:05:06.789Z', details: { 'k"ey': ['\u2028', 1.5] } },
      { ...body(5), requestId: undefined as unknown as null },
    ];
    for (const sample of samples) {
      expect(canonicalBody(sample)).toBe(canonicalBodyReference(sample));
    }
  });

  it('hashes the same event the same way whatever the key order', () => {
    const a = body(1);
    const b = { ...a, details: { a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 } };
    expect(chainHash(GENESIS_HASH, a)).toBe(chainHash(GENESIS_HASH, b));
    expect(chainHash(GENESIS_HASH, a)).not.toBe(chainHash('1'.repeat(64), a));
  });

  it('reports an intact chain with its head and count', () => {
    const events = chain(5);
    const w = new ChainWalker();
    events.forEach((e) => w.push(e));
    expect(w.result()).toEqual({ intact: true, count: 5, headSeq: 5, headHash: events[4].hash });
  });

  it('reports the first gap, changed field and broken link', () => {
    const gap = chain(5).filter((e) => e.seq !== 3);
    const w1 = new ChainWalker();
    gap.forEach((e) => w1.push(e));
    expect(w1.result()).toMatchObject({ intact: false, brokenAtSeq: 3, reason: 'GAP', count: 2 });

    const changed = chain(5);
    changed[3] = { ...changed[3], action: 'forged' };
    const w2 = new ChainWalker();
    changed.forEach((e) => w2.push(e));
    expect(w2.result()).toMatchObject({ intact: false, brokenAtSeq: 4, reason: 'HASH_MISMATCH' });

    const relinked = chain(5);
    relinked[1] = { ...relinked[1], prevHash: 'f'.repeat(64) };
    const w3 = new ChainWalker();
    relinked.forEach((e) => w3.push(e));
    expect(w3.result()).toMatchObject({
      intact: false,
      brokenAtSeq: 2,
      reason: 'PREV_HASH_MISMATCH',
    });
  });
});
