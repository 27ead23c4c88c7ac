import { parseCaptureSettings } from '../config/capture-settings';
import { CaptureRefused, Lookup, UrlGuard } from './url-guard';

/** The resolver rules with a stubbed DNS answer: no lookup and no connection leaves the process. */
function guardWith(
  answers: Record<string, string[]>,
  allow = '',
): { guard: UrlGuard; asked: string[] } {
  const asked: string[] = [];
  const lookup: Lookup = (host) => {
    asked.push(host);
    const a = answers[host];
    if (!a) return Promise.reject(Object.assign(new Error('nx'), { code: 'ENOTFOUND' }));
    return Promise.resolve(
      a.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  };
  const settings = parseCaptureSettings({
    CAPTURE_PORTS: '80,443',
    CAPTURE_ALLOW_HOSTS: allow,
    NODE_ENV: 'test',
  });
  if (typeof settings === 'string') throw new Error(settings);
  return { guard: new UrlGuard(settings, lookup), asked };
}

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof CaptureRefused) return error.reason;
    throw error;
  }
  return 'allowed';
}

describe('the capture URL guard, with a stubbed resolver', () => {
  it('allows a name whose every address is public, and pins the first', async () => {
    const { guard } = guardWith({ 'news.example': ['93.184.215.14', '2606:4700::6810:84e5'] });
    const t = await guard.checkUrl('https://news.example/story');
    expect(t).toMatchObject({
      host: 'news.example',
      port: 443,
      address: '93.184.215.14',
      allowListed: false,
    });
    expect(t.addresses).toEqual(['93.184.215.14', '2606:4700::6810:84e5']);
  });

  it.each([
    [
      'rebind.example',
      ['93.184.215.14', '169.254.169.254'],
      /resolves to 169\.254\.169\.254 is a cloud metadata/,
    ],
    ['private.example', ['10.1.2.3'], /resolves to 10\.1\.2\.3 is private network/],
    ['ll.example', ['fe80::1'], /link-local/],
    ['v6local.example', ['fd00::5'], /unique-local/],
    ['mapped.example', ['::ffff:192.168.0.1'], /IPv4-mapped .* of 192\.168\.0\.1/],
    ['metadata6.example', ['fd00:ec2::254'], /cloud metadata/],
    ['cgnat.example', ['100.64.1.1'], /carrier-grade NAT/],
    ['loop.example', ['127.0.0.1'], /loopback/],
  ])('refuses %s when any address it resolves to is not public', async (host, addresses, why) => {
    const { guard } = guardWith({ [host]: addresses });
    expect(await reason(guard.checkUrl(`http://${host}/`))).toMatch(why);
  });

  it('refuses other schemes, ports, credentials and metadata names without asking DNS', async () => {
    const { guard, asked } = guardWith({});
    for (const [url, why] of [
      ['file:///etc/passwd', /only http and https/],
      ['ftp://example.org/', /only http and https/],
      ['javascript:alert(1)', /only http and https/],
      ['http://example.org:22/', /port 22 of example.org is not allowed/],
      ['http://u:p@example.org/', /user name or password/],
      ['http://metadata.google.internal/computeMetadata/v1/', /metadata service/],
      ['http://0x7f.1/', /127\.0\.0\.1 is loopback/],
      ['http://[::ffff:7f00:1]/', /IPv4-mapped/],
      ['http://2130706433/', /loopback/],
    ] as const)
      expect([url, await reason(guard.checkUrl(url))]).toEqual([url, expect.stringMatching(why)]);
    expect(asked).toEqual([]);
  });

  it('lets exactly the allow-listed host:port through (tests only), and nothing else on loopback', async () => {
    const { guard } = guardWith({}, '127.0.0.1:4567');
    expect((await guard.checkUrl('http://127.0.0.1:4567/x')).allowListed).toBe(true);
    expect(await reason(guard.checkUrl('http://127.0.0.1:4568/x'))).toMatch(/loopback/);
    expect(await reason(guard.checkUrl('http://127.0.0.2:4567/x'))).toMatch(
      /127\.0\.0\.2 is loopback/,
    );
  });

  it('says so when a name does not resolve', async () => {
    const { guard } = guardWith({});
    expect(await reason(guard.checkUrl('https://nowhere.example/'))).toMatch(
      /did not resolve \(ENOTFOUND\)/,
    );
  });
});

describe('capture settings', () => {
  it('refuses CAPTURE_ALLOW_HOSTS in production, and malformed entries anywhere', () => {
    expect(
      parseCaptureSettings({
        CAPTURE_PORTS: '80,443',
        CAPTURE_ALLOW_HOSTS: '127.0.0.1:8080',
        NODE_ENV: 'production',
      }),
    ).toMatch(/CAPTURE_ALLOW_HOSTS: is for tests only and is refused in production/);
    expect(
      parseCaptureSettings({
        CAPTURE_PORTS: '80,443',
        CAPTURE_ALLOW_HOSTS: 'nohost',
        NODE_ENV: 'test',
      }),
    ).toMatch(/host:port/);
    expect(parseCaptureSettings({ CAPTURE_PORTS: '80,x', NODE_ENV: 'test' })).toMatch(
      /CAPTURE_PORTS/,
    );
  });
});
