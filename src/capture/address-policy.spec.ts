import { classifyAddress, refusedHostName } from './address-policy';

/** Pure classification of literal addresses: nothing here connects anywhere. */
describe('which addresses a capture may connect to', () => {
  const refused: [string, RegExp][] = [
    ['169.254.169.254', /cloud metadata/],
    ['fd00:ec2::254', /cloud metadata/],
    ['100.100.100.200', /cloud metadata/],
    ['127.0.0.1', /loopback/],
    ['127.0.0.2', /loopback/],
    ['::1', /loopback/],
    ['0.0.0.0', /unspecified/],
    ['::', /unspecified/],
    ['10.0.0.5', /private network/],
    ['172.16.3.4', /private network/],
    ['192.168.1.1', /private network/],
    ['169.254.10.20', /link-local/],
    ['fe80::1', /link-local/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['224.0.0.251', /multicast/],
    ['ff02::1', /multicast/],
    ['255.255.255.255', /broadcast/],
    ['240.0.0.1', /reserved/],
    ['192.0.2.1', /reserved|documentation/],
    ['198.18.0.1', /reserved|benchmarking/],
    ['fc00::1', /unique-local/],
    ['fd12:3456::1', /unique-local/],
    ['::ffff:127.0.0.1', /IPv4-mapped .* of 127\.0\.0\.1/],
    ['::ffff:169.254.169.254', /IPv4-mapped .* of 169\.254\.169\.254/],
    ['::ffff:10.0.0.1', /IPv4-mapped .* of 10\.0\.0\.1/],
    ['64:ff9b::a00:1', /translated .*rfc6052 of 10\.0\.0\.1/],
    ['2002:a00:1::1', /6to4 of 10\.0\.0\.1/],
    ['2001:db8::1', /reserved|documentation/],
    ['fec0::1', /not global unicast|site-local/],
    ['not-an-ip', /not an IP address/],
  ];
  it.each(refused)('refuses %s', (address, why) => {
    const verdict = classifyAddress(address);
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed === false && verdict.reason).toMatch(why);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::6810:84e5', '2a00:1450:4001:82b::200e'])(
    'allows the public unicast address %s',
    (address) => expect(classifyAddress(address)).toEqual({ allowed: true }),
  );

  it('refuses names of this machine and of metadata services before any lookup', () => {
    for (const name of [
      'localhost',
      'app.localhost',
      'metadata.google.internal',
      'metadata',
      'metadata.goog.',
    ])
      expect(refusedHostName(name)).toMatch(/this machine or a cloud metadata service/);
    expect(refusedHostName('www.facebook.com')).toBeNull();
  });
});
