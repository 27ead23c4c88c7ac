import { REDACTION_MARKER } from '../screening/redaction';
import { scrubLinks, WITHHELD } from './link-scrubber';

describe('scrubLinks', () => {
  it('uses the same neutral marker as a protected-class redaction', () => {
    expect(WITHHELD).toBe(REDACTION_MARKER);
  });

  it.each([
    ['see https://x.example/a?b=1&c=2 now', 'see [withheld] now'],
    ['old link http://intranet/jdoe', 'old link [withheld]'],
    ['at www.foo.com/jdoe/posts/1.', 'at [withheld].'],
    ['bare www.foo.com, then', 'bare [withheld], then'],
    ['facebook.com/jdoe/posts/1 and instagram.com/p/x', '[withheld] and [withheld]'],
    ['(https://t.co/abc)', '([withheld])'],
    ['mail jo.doe+x@example.co.uk today', 'mail [withheld] today'],
    ['Jo.Doe@Example.org.', '[withheld].'],
    ['posted as @cqm_88: hi', 'posted as [withheld]: hi'],
    ['tagged @jane.doe.', 'tagged [withheld].'],
    ['fediverse @jdoe@mastodon.social too', 'fediverse [withheld] too'],
    ['"@Casey" said', '"[withheld]" said'],
  ])('withholds %j', (input, output) => {
    expect(scrubLinks(input)).toBe(output);
  });

  it('takes an e-mail whole: its domain is not scrubbed a second time', () => {
    expect(scrubLinks('write to jdoe@mail.example.com/inbox')).toBe('write to [withheld]/inbox');
    expect(scrubLinks('a@b.com')).toBe('[withheld]');
  });

  it.each([
    'meet @ 5pm by the lake',
    'meet @5pm by the lake',
    'dinner @7:30 p.m.',
    'beers @3 each, or @2.50',
    'she said "hello" @ the bar',
    'scored 3.5/5 on the test',
    'e.g. the A.B. degree',
    'ordinary text with no links',
    'a price of $5.00/hour',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(scrubLinks(text)).toBe(text);
  });

  it('takes a custom marker (the public release says what it removed)', () => {
    expect(scrubLinks('see www.x.org and @abc', '[link removed]')).toBe(
      'see [link removed] and [link removed]',
    );
  });
});
