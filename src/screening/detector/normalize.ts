/**
 * Folds typographic punctuation and accented Latin letters to ASCII so rules can be
 * written once in plain ASCII. Every substitution is one UTF-16 code unit for one, so an
 * offset into the folded text is the same offset into the original: the detector's hits
 * are used to redact the original string, and must land on it exactly.
 */
const PUNCTUATION: ReadonlyArray<[string, string]> = [
  ['\u2018', "'"], // left single quote
  ['\u2019', "'"], // right single quote / typographic apostrophe
  ['\u201A', "'"], // low single quote
  ['\u201B', "'"], // reversed single quote
  ['\u02BC', "'"], // modifier letter apostrophe
  ['\u2032', "'"], // prime, often typed for an apostrophe
  ['\u00B4', "'"], // acute accent used as an apostrophe
  ['\u0060', "'"], // backtick used as an apostrophe
  ['\u201C', '"'],
  ['\u201D', '"'],
  ['\u201E', '"'],
  ['\u201F', '"'],
  ['\u2033', '"'],
  ['\u2010', '-'], // hyphen
  ['\u2011', '-'], // non-breaking hyphen
  ['\u2012', '-'], // figure dash
  ['\u2013', '-'], // en dash
  ['\u2014', '-'], // em dash
  ['\u2015', '-'], // horizontal bar
  ['\u2212', '-'], // minus sign
  ['\u00A0', ' '], // no-break space
  ['\u2007', ' '],
  ['\u2009', ' '],
  ['\u200A', ' '],
  ['\u202F', ' '],
];

function buildFoldMap(): Map<string, string> {
  const map = new Map<string, string>(PUNCTUATION);
  // Latin-1 Supplement and Latin Extended-A: keep only letters whose canonical
  // decomposition starts with an ASCII letter ("é" -> "e"); "æ", "ø", "ß" stay as they are.
  for (let code = 0xc0; code <= 0x17f; code++) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize('NFD').charAt(0);
    if (base !== ch && /^[A-Za-z]$/.test(base)) map.set(ch, base);
  }
  return map;
}

/**
 * A character class covering the keys in a few wide ranges: V8 scans "[\u00a0-\u017f]" about
 * 3x faster than the same set as dozens of small ranges. Characters the ranges take in
 * without a mapping ("æ", "ß") are handed back unchanged by the replacer.
 */
function charClass(chars: Iterable<string>): string {
  const codes = [...chars].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
  const hex = (n: number): string => `\\u${n.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] - codes[j] <= 32) j++;
    out += j > i ? `${hex(codes[i])}-${hex(codes[j])}` : hex(codes[i]);
    i = j + 1;
  }
  return `[${out}]`;
}

const FOLD = buildFoldMap();
const FOLD_RE = new RegExp(charClass(FOLD.keys()), 'g');

/** Same-length ASCII folding; see the file comment for why the length must not change. */
export function foldToAscii(text: string): string {
  return text.replace(FOLD_RE, (ch) => FOLD.get(ch) ?? ch);
}
