/** The README.txt placed in every bundle: how to check it without trusting cybervet. */

import type { PublishedKey } from '../signing/signing-key.service';

function manifestSteps(key: PublishedKey): string {
  const pem = key.publicKey
    .trim()
    .split('\n')
    .map((l) => `     ${l}`)
    .join('\n');
  return `1. The manifest and its signature
   manifest.json lists every other file in this zip with its SHA-256 and size in bytes.
   manifest.sig is a detached Ed25519 signature of the exact bytes of manifest.json, base64
   encoded on one line. It was made with this deployment's signing key:

${pem}

     fingerprint (SHA-256 of the DER public key): ${key.fingerprint}

   A copy of the key inside the bundle proves nothing on its own (whoever changes a file can
   re-sign with a key of their own): take the agency's published key from
   GET /api/exports/signing-key, or from the agency directly, and check its fingerprint.

   Check the structure of the zip, every file and the signature:

     npm run cli -- export:verify <this-zip> --public-key <published-key.pem>

   (prints OK, or names each failed check and file; exits non-zero on any failure). Or by
   hand, after unzipping:
     sha256sum <file>          (Linux)      shasum -a 256 <file>      (macOS)
     Get-FileHash -Algorithm SHA256 <file>  (Windows PowerShell)
     base64 -d manifest.sig > manifest.sig.bin
     openssl pkeyutl -verify -pubin -inkey <published-key.pem> -rawin \\
       -in manifest.json -sigfile manifest.sig.bin

   Every file in the zip except manifest.json and manifest.sig must be listed, and every listed
   file must be present with the same SHA-256 and size. Keep the SHA-256 of the zip itself
   (shown by GET /api/exports/<id>, and recorded in the audit log when the bundle was made) with
   the chain-of-custody record: it fixes manifest.json too.
`;
}

export const eDiscoveryReadme = (
  key: PublishedKey,
): string => `cybervet export bundle: E_DISCOVERY (complete and unredacted)
=============================================================

This bundle holds every record of the scope named in manifest.json ("scope"): the hiring
process and its checklist, the candidate(s), vetting(s), item results, the search log, findings
(purged ones are present with "purged": true and their raw excerpt and source URL removed),
validations (voided ones too, with the reason) and the changes to findings' text after they
were logged, evidence metadata, screening results, protected-class flags, filter reviews and
decisions, candidate responses, report releases and report versions, purge tombstones, legal
holds and records requests, the audit events of the scope, and the people these records name
(users.json: id, name, email, roles; never credentials). Rows are exactly as stored in
the database (column names as in the schema, times in UTC), read from one consistent snapshot.

Evidence files are under evidence/<evidence id>. Files purged under the retention schedule
are listed in evidence_files.json ("purged": true) and purge_tombstones.json (with the SHA-256
of the removed file), and are not included.

Server captures (pages the server's own logged-out browser opened) are in captures.json: status,
reason, the signed manifest ("manifest") and its Ed25519 signature ("manifest_signature").
Each capture's manifest is also under captures/<capture id>/manifest.json, the exact signed
bytes, with captures/<capture id>/manifest.sig beside it (base64), so it can be checked with
the command of step 1 and the same public key. Its screenshot, PDF and web archive are ordinary
evidence files (captures.json "evidencePaths"). A capture purged under the retention schedule
has "purged": true, purged_at and purge_rule, and no URL or manifest left to check.

This bundle contains raw content. It is not for public release.

How to verify it
----------------

${manifestSteps(key)}
2. The audit events
   audit_events.json holds the audit events whose subject is in the scope (the process itself
   when the scope is the whole process; its candidates, vettings, findings, report releases and
   versions, legal holds and records requests), in chain order, with seq,
   prevHash and hash. Each event's hash is

     hash = SHA-256( prevHash + canonicalJson(event) )

   where prevHash is the 64-character hex string, "+" is string concatenation, and event is
   the object with exactly these fields:
     seq, occurredAt, actorId, actorRoles, action, subjectType, subjectId, outcome, details,
     requestId, clientIp
   (occurredAt as ISO-8601 UTC with milliseconds, e.g. 2026-03-01T09:30:00.000Z, as in the
   file). canonicalJson is JSON with no whitespace and object keys sorted by code point at
   every depth; array order is kept; fields whose value is undefined are left out (null stays).
   The first event of the whole log has prevHash = 64 zeros.

   For every event, recompute the hash and compare with "hash". Where two events in the file
   have consecutive seq numbers, the later one's prevHash must equal the earlier one's hash.
   The file holds a subset of the log, so other links can be checked against the full log
   (GET /api/audit/verify, or npm run cli -- audit:verify, at the agency).
`;

export const publicReleaseReadme = (
  key: PublishedKey,
): string => `cybervet export bundle: PUBLIC_RELEASE
======================================

This bundle holds only the released, filtered report text: the latest report version for each
candidate in scope, under reports/, as released to the hiring panel. It contains no raw
excerpts (only the filtered excerpt text of the report), no links, no evidence and no
protected-class flags (Wis. Stat. 19.36(6): the releasable parts, separated from the rest).
Applicants who asked in writing that their identity be kept confidential (Wis. Stat.
19.36(7)) and are not final candidates appear under a stable pseudonym (Applicant-xxxxxxxx)
wherever their name would appear.

How to verify it
----------------

${manifestSteps(key)}`;
