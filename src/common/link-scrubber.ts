/**
 * Links and account references in free text: URLs (with a scheme, `www.` hosts, or a bare
 * host followed by a path), e-mail addresses, and @handles that name an account (including
 * fediverse `@user@instance`). Neither the hiring panel's report nor a public release may carry
 * them, so both compile their text through `scrubLinks`.
 */

/** The neutral marker, the same one a protected-class redaction uses: it never says what was there. */
export const WITHHELD = '[withheld]';

const URL = String.raw`(?:https?:\/\/|www\.)[^\s"'<>()\[\]{}]+`;
const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`;
// A handle starts right after a non-word character (else it is an e-mail's "@"), and is a run of
// letters, digits, underscores and inner dots; "@ 5pm" (a space) and "@5pm" (a time) are not handles.
const HANDLE = String.raw`(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?`;
const HOST_PATH = String.raw`(?<![\p{L}\p{N}_@.-])(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/[^\s"'<>()\[\]{}]*`;

// Order matters only where two could start at the same place: a URL or e-mail is taken whole,
// so its host or domain is never scrubbed twice.
const PATTERN = new RegExp(`${URL}|${EMAIL}|${HANDLE}|${HOST_PATH}`, 'giu');

/** Times and amounts written with "@" (at): "@5pm", "@10:30", "@3", "@ 2.50". */
const NOT_A_HANDLE = /^@\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?$|^@\d+(?:[.,]\d+)?$/i;

/** Sentence punctuation right after a link belongs to the sentence, not the link. */
const TRAILING = /[.,;:!?'"]+$/;

export function scrubLinks(text: string, marker: string = WITHHELD): string {
  return text.replace(PATTERN, (match) => {
    if (match.startsWith('@') && NOT_A_HANDLE.test(match)) return match;
    const tail = TRAILING.exec(match)?.[0] ?? '';
    return marker + tail;
  });
}
