/**
 * Generated from the server's OpenAPI document by `npm run generate:api`. Do not edit:
 * `npm test` fails when this file no longer matches the server.
 */

export interface paths {
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Browse the audit log, filtered, oldest first, a page at a time */
    get: operations['AuditController_browse'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/anchors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Signed checkpoints of the chain, kept outside the database */
    get: operations['AuditController_listAnchors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recorded verification runs, newest first */
    get: operations['AuditController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verify the whole hash chain now, against the last recorded head (recorded) */
    get: operations['AuditController_verify'];
    put?: never;
    /** Verify the whole hash chain now and record the run in the history */
    post: operations['AuditController_verifyNow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password (and `code` or `recoveryCode` when a TOTP authenticator is enrolled); returns a bearer token */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/mfa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your two-factor status: enrolled, required by your roles, recovery codes left */
    get: operations['MfaController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/mfa/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start TOTP enrolment: a new secret as a QR code for an authenticator app (confirm it with a code) */
    post: operations['MfaController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/mfa/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish TOTP enrolment with the code the app shows; returns ten one-time recovery codes, shown this once */
    post: operations['MfaController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider sends the browser back here: opens the session and redirects to the app, or to the sign-in page with the reason (audited) */
    get: operations['OidcController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out of a single sign-on session: the local session ends, and the answer names the provider's sign-out page to send the browser to (where it has one) */
    post: operations['OidcController_signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Start single sign-on: redirects the browser to the identity provider (state, nonce and PKCE kept server-side) */
    get: operations['OidcController_start'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your own password (current password required); every other token and browser session is revoked; a bearer caller gets a fresh token, a browser session stays signed in with its cookie (no token in the body) */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current browser session and when it locks, without extending it */
    get: operations['SessionController_state'];
    put?: never;
    /** Sign in from the browser: sets the HttpOnly, SameSite=Strict cookie cybervet_session */
    post: operations['SessionController_signIn'];
    /** Signs out: revokes the session server-side and clears the cookie */
    delete: operations['SessionController_signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session/keepalive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Extends the browser session ("stay signed in") */
    post: operations['SessionController_keepalive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-in-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the sign-in page offers: single sign-on (and its name), passwords */
    get: operations['OidcController_options'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/candidates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set a candidate's confidentiality request and final-candidate status */
    patch: operations['CandidateRecordsController_update'];
    trace?: never;
  };
  '/api/designations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every searcher designation with names (history included), or only those expiring soon */
    get: operations['DesignationListController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/evidence/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Evidence file for designated searchers of the process (audited raw read); images and PDFs inline, HTML and MHTML as attachment */
    get: operations['EvidenceController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export bundles, newest first (at most 200): who requested each, when, scope, kind, status and progress */
    get: operations['ExportsController_list'];
    put?: never;
    /** Request an export bundle; a background job builds it (poll GET /api/exports/{id}) */
    post: operations['ExportsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Status and progress of an export bundle */
    get: operations['ExportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/{id}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the finished, signed export bundle (audited) */
    get: operations['ExportsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/signing-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The deployment's Ed25519 public key that signs every export bundle, with its fingerprint */
    get: operations['ExportsController_signingKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A finding with its raw content (designated searchers; the read is audited) */
    get: operations['FindingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Correct the finding's text (screening and review start over) */
    patch: operations['ScreeningController_update'];
    trace?: never;
  };
  '/api/findings/{id}/candidate-response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the candidate's response to the finding */
    post: operations['ScreeningController_respond'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/{id}/captures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The finding's server captures, newest first, with status, reason and signed manifest (designated searchers of the process; audited) */
    get: operations['CaptureController_list'];
    put?: never;
    /** Ask the server to open the URL in its own logged-out browser and seal what it saw as evidence (the finding's assigned searcher; audited) */
    post: operations['CaptureController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload an evidence file (screenshot, PDF or archive) for the finding */
    post: operations['FindingsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/{id}/filter-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide every screening flag (REDACT or KEEP) and add redactions */
    post: operations['ScreeningController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/{id}/screening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The protected-class screening of the finding's text: flags to review */
    get: operations['ScreeningController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/{id}/validations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a validation of the finding (verified, refuted or inconclusive) */
    post: operations['FindingsController_validate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/legal-holds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Legal holds, active and released */
    get: operations['LegalHoldsController_list'];
    put?: never;
    /** Place a legal hold on a process or a candidate */
    post: operations['LegalHoldsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/legal-holds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Release a legal hold (the row stays, with who, when and why) */
    delete: operations['LegalHoldsController_release'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/work': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My assigned vettings with progress, findings waiting for my validation and filter reviews waiting for me */
    get: operations['MyWorkController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policy/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Finding categories, identity-match types, item outcomes and validation statuses */
    get: operations['PolicyController_categories'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policy/methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lawful and prohibited search methods with their legal basis */
    get: operations['PolicyController_methods'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The hiring processes the caller may see */
    get: operations['ProcessesController_list'];
    put?: never;
    /** Create a hiring process */
    post: operations['ProcessesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One hiring process, with its current checklist */
    get: operations['ProcessesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the process's settings (search window, identity matches, independent validation and filter review); fixed once vetting starts */
    patch: operations['ProcessAdminController_update'];
    trace?: never;
  };
  '/api/processes/{id}/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a candidate to the process (creates their vetting) */
    post: operations['ProcessesController_addCandidate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{id}/candidates/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Imports candidates from a CSV with the header name,city,state,consentDate: all rows or none */
    post: operations['ProcessesController_importCandidates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{id}/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace the process's checklist (a new version; locked once searching starts) */
    put: operations['ProcessesController_putChecklist'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the process: work on it ends and its retention clock starts */
    post: operations['ProcessClosingController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{id}/panel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Seat a PANEL user on the hiring panel of the process */
    post: operations['ProcessesController_addPanelMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{id}/panel/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member from the hiring panel */
    delete: operations['ProcessesController_removePanelMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{id}/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current and past panel seats and the searcher work recorded in the process */
    get: operations['ProcessAdminController_participants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The released reports of a process whose panel the caller sits on */
    get: operations['ReportsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{id}/searchers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a designated searcher to the process's pool */
    post: operations['ProcessesController_addSearcher'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{id}/uniformity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Uniformity report of a process: same treatment for every candidate? */
    get: operations['UniformityController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/summaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every process with status, dates and counts (no candidate or finding content) */
    get: operations['ProcessesController_summaries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open-records requests */
    get: operations['RecordsRequestsController_list'];
    put?: never;
    /** Log an open-records request (while OPEN it holds its scope) */
    post: operations['RecordsRequestsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records-requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an open-records request's status */
    patch: operations['RecordsRequestsController_update'];
    trace?: never;
  };
  '/api/records/processes/{id}/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The candidates of a process (names and release flags), to scope a hold or request */
    get: operations['RecordsCandidatesController_candidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/retention/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the next retention purge would remove, and what holds keep */
    get: operations['RetentionController_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/report-releases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Status of a release: PENDING, DONE (with the version) or FAILED */
    get: operations['ReportsController_releaseStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One released report version, as the panel may see it */
    get: operations['ReportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same report as a PDF (audited as a report view with format "pdf") */
    get: operations['ReportsController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/screening/rescan-notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Released reports the current detector rules would have flagged: release a corrected version */
    get: operations['RescanController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List user accounts */
    get: operations['UsersController_list'];
    put?: never;
    /** Create a user account */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user account */
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user's name, roles or active flag */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/users/{id}/designation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Designate the user as a searcher (sensitive position) */
    post: operations['DesignationsController_designate'];
    /** Revoke the user's searcher designation */
    delete: operations['DesignationsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/mfa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Reset a user's two-factor authentication: authenticator and recovery codes removed, signed out everywhere (audited); not your own */
    delete: operations['MfaAdminController_reset'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/sso-identity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Link an account to its single sign-on identity (the subject at the configured provider); audited */
    put: operations['SsoIdentityController_link'];
    post?: never;
    /** Remove the link to a single sign-on identity; audited */
    delete: operations['SsoIdentityController_unlink'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/temporary-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a temporary password; the owner must change it at next sign-in, and existing tokens stop working */
    post: operations['AccountSecurityController_setTemporaryPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift a lockout and reset the failure count (audited) */
    post: operations['AccountSecurityController_unlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/directory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every account as id, name and roles (to name actors in the audit log) */
    get: operations['UsersController_directory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/locked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts locked after repeated failed sign-ins (sign-in itself never says so: tell the owner) */
    get: operations['AccountSecurityController_listLocked'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vettings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The vettings the caller may see */
    get: operations['VettingsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vettings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One vetting with its checklist items and findings (raw for its searcher) */
    get: operations['VettingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vettings/{id}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign the vetting to a searcher */
    post: operations['VettingsController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vettings/{id}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a finding on the vetting (the assigned searcher) */
    post: operations['VettingFindingsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vettings/{id}/items/{itemKey}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Log the result of searching one checklist item */
    put: operations['VettingsController_logItem'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vettings/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Request a release; while one is pending, the same pending release is returned */
    post: operations['ReportsController_release'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vettings/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the vetting once every checklist item is resolved */
    post: operations['VettingsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process is up */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: PostgreSQL and Redis both answer */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AssignDto: {
      /** Format: uuid */
      searcherId: string;
    };
    AuditEventView: {
      action: string;
      actorId: string | null;
      actorRoles: string[];
      clientIp: string | null;
      details: {
        [key: string]: unknown;
      };
      hash: string;
      /** Format: date-time */
      occurredAt: string;
      /** @enum {string} */
      outcome: 'ALLOWED' | 'DENIED' | 'FAILED';
      prevHash: string;
      requestId: string | null;
      seq: number;
      subjectId: string | null;
      subjectType: string;
    };
    AuditPage: {
      events: components['schemas']['AuditEventView'][];
      /** @description Pass as `cursor` for the next page; null when there is no more yet */
      nextCursor: string | null;
      /** @description Committed events matching the filters that are not sequenced yet, so not listed; they appear, with their seq, within seconds */
      pending: number;
    };
    /**
     * @description How this session signed in: local password or single sign-on
     * @enum {string}
     */
    AuthMethod: 'PASSWORD' | 'OIDC';
    BlockedRequestView: {
      reason: string;
      resourceType: string;
      url: string;
    };
    CandidateImportView: {
      imported: number;
      /** @description The new vettings, each with its candidate */
      vettings: components['schemas']['NewVettingView'][];
    };
    CandidateReleaseView: {
      /** Format: date-time */
      releasedAt: string | null;
      /**
       * Format: uuid
       * @description The latest report version's id (the subject of its report.view audit events).
       */
      reportId: string | null;
      /** @enum {string} */
      status: 'NOT_RELEASED' | 'RELEASED';
      /** @description The latest report version number, when released. */
      version: number | null;
    };
    CandidateResponseDto: {
      /** Format: date-time */
      receivedAt: string;
      text: string;
    };
    CandidateResponseView: {
      /** Format: uuid */
      findingId: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      receivedAt: string;
      /** @enum {string} */
      screening: 'PENDING';
      textVersion: number;
    };
    CandidateView: {
      aliases: string[];
      city: string | null;
      confidentialityRequested: boolean;
      /** Format: date-time */
      consentRecordedAt: string;
      /** Format: date */
      dateOfBirth: string | null;
      email: string | null;
      finalCandidate: boolean;
      fullName: string;
      /** Format: uuid */
      id: string;
      providedHandles: string[];
      state: string | null;
    };
    CaptureFileView: {
      contentType: string;
      /** Format: uuid */
      evidenceId: string | null;
      /** @enum {string} */
      kind: 'screenshot' | 'pdf' | 'mhtml';
      sha256: string;
      size: number;
    };
    CaptureManifestView: {
      blockedRequests: components['schemas']['BlockedRequestView'][];
      /** @description host:port the browser itself tried to reach (not the page), refused without a DNS lookup */
      browserOwnRequestsRefused: string[];
      browserVersion: string;
      bytesDownloaded: number;
      /** @description UTC, ISO 8601 */
      capturedAt: string;
      connections: components['schemas']['ConnectionView'][];
      finalUrl: string;
      headers: components['schemas']['HeaderView'][];
      httpStatus: number;
      notPublicReason: string | null;
      profile: string;
      redirects: components['schemas']['RedirectHopView'][];
      requestedUrl: string;
      statusText: string;
      tls: components['schemas']['TlsView'] | null;
      tlsNote: string;
      userAgent: string;
    };
    CapturePurgedView: {
      /** Format: date-time */
      at: string;
      /** @example Purged under the retention schedule */
      note: string;
      /** @description The retention rule the purge applied */
      rule: string;
    };
    CaptureView: {
      /** @description Evidence files (DONE only) */
      files: components['schemas']['CaptureFileView'][];
      /** Format: uuid */
      findingId: string;
      /** Format: date-time */
      finishedAt: string | null;
      /** Format: uuid */
      id: string;
      manifest: components['schemas']['CaptureManifestView'] | null;
      /** @description The exact signed manifest bytes */
      manifestJson: string | null;
      /** @description Ed25519 signature over manifestJson, base64 */
      manifestSignature: string | null;
      /** @description Set once the retention purge removed the URLs and manifest: the signature then has nothing to check */
      purged: components['schemas']['CapturePurgedView'] | null;
      /** @description Why NOT_PUBLIC or FAILED */
      reason: string | null;
      /** Format: date-time */
      requestedAt: string;
      /** Format: uuid */
      requestedBy: string;
      /** @description The signature checked against the deployment's key now */
      signatureValid: boolean | null;
      signingKey: components['schemas']['SigningKeyView'] | null;
      /** @enum {string} */
      status: 'PENDING' | 'DONE' | 'NOT_PUBLIC' | 'FAILED';
      /** @description NULL once purged */
      url: string | null;
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description At least 12 characters and not one of the most common passwords. */
      newPassword: string;
    };
    ChecklistItemDto: {
      instructions: string;
      key: string;
      platform: string;
      searchTerms?: string[];
      title: string;
    };
    ChecklistItemView: {
      instructions: string;
      key: string;
      platform: string;
      searchTerms: string[];
      title: string;
    };
    ChecklistView: {
      /** Format: date-time */
      createdAt: string;
      id: string;
      items: components['schemas']['ChecklistItemView'][];
      version: number;
    };
    CloseProcessDto: {
      /** @description Why the process is closed (kept in the audit log): closing ends all work on it and starts its retention clock */
      reason: string;
    };
    ComparedRunView: {
      count: number;
      headHash: string;
      headSeq: number;
      /** Format: date-time */
      ranAt: string;
    };
    ConnectionView: {
      address: string;
      host: string;
      port: number;
    };
    CreateCandidateDto: {
      aliases?: string[];
      city?: string;
      /**
       * Format: date-time
       * @description When the candidate was told public content will be reviewed and no account access asked for.
       */
      consentRecordedAt: string;
      /** Format: date */
      dateOfBirth?: string;
      /** Format: email */
      email?: string;
      fullName: string;
      providedHandles?: string[];
      state?: string;
    };
    CreateCaptureDto: {
      /** @example https://example.com/posts/123 */
      url: string;
    };
    CreateExportDto: {
      /** @enum {string} */
      kind: 'E_DISCOVERY' | 'PUBLIC_RELEASE';
      /**
       * Format: uuid
       * @description The records request this export answers; its scope must be the request's scope.
       */
      recordsRequestId?: string;
      scope: components['schemas']['ScopeDto'];
    };
    CreateFindingDto: {
      /** Format: date-time */
      capturedAt: string;
      /** @enum {string} */
      category:
        | 'THREATS_VIOLENCE'
        | 'BIAS_HARASSMENT'
        | 'SEXUALLY_EXPLICIT'
        | 'ILLEGAL_ACTIVITY'
        | 'RECKLESS_CONDUCT'
        | 'GANG_PARTICIPATION'
        | 'CONFIDENTIAL_DISCLOSURE'
        | 'DISHONESTY'
        | 'OTHER';
      categoryJustification?: string;
      /**
       * Format: date
       * @description When the content was posted or published, if known; the process's search window applies to it.
       */
      contentDate?: string;
      excerpt: string;
      identityMatches: components['schemas']['IdentityMatchDto'][];
      itemKey: string;
      /** @enum {string} */
      method:
        | 'PUBLIC_SEARCH_ENGINE'
        | 'PUBLIC_PROFILE_LOGGED_OUT'
        | 'PUBLIC_RECORDS_PORTAL'
        | 'NEWS_ARCHIVE'
        | 'CANDIDATE_VOLUNTEERED'
        | 'REQUEST_CREDENTIALS'
        | 'CANDIDATE_SHOWS_ACCOUNT'
        | 'FRIEND_OR_FOLLOW_REQUEST'
        | 'PRETEXT_ACCOUNT'
        | 'THIRD_PARTY_ACCOUNT'
        | 'CONTENT_BEHIND_LOGIN';
      mitigation?: string;
      platform: string;
      /** Format: uri */
      sourceUrl: string;
      summary: string;
    };
    CreateLegalHoldDto: {
      reason: string;
      /** @description Case number, claim or counsel's letter. */
      reference: string;
      /** Format: uuid */
      subjectId: string;
      /** @enum {string} */
      subjectType: 'PROCESS' | 'CANDIDATE';
    };
    CreateProcessDto: {
      description?: string;
      /** @description Required when requireIndependentFilterReview is false: why authors may filter-review their own findings. */
      filterReviewRelaxedReason?: string;
      /** @description Required when requireIndependentValidation is false: why this process may self-validate. */
      independenceRelaxedReason?: string;
      minIdentityMatches?: number;
      /** @description The filter review of a finding must be done by a designated searcher other than its author (default true). */
      requireIndependentFilterReview?: boolean;
      requireIndependentValidation?: boolean;
      searchWindowYears?: number;
      title: string;
    };
    CreateRecordsRequestDto: {
      /**
       * Format: date-time
       * @description When the answer is due, as the custodian sets it; not before receivedAt.
       */
      deadline?: string;
      description: string;
      /** Format: date-time */
      receivedAt: string;
      requester: string;
      scope: components['schemas']['ScopeDto'];
    };
    CreateUserDto: {
      /** Format: email */
      email: string;
      name: string;
      /** @description At least 12 characters and not one of the most common passwords. */
      password: string;
      roles: ('ADMIN' | 'SEARCHER' | 'PANEL' | 'AUDITOR' | 'RECORDS_CUSTODIAN')[];
    };
    CreateValidationDto: {
      method: string;
      notes: string;
      /** @enum {string} */
      status: 'VERIFIED' | 'REFUTED' | 'INCONCLUSIVE';
    };
    DesignateDto: {
      /**
       * Format: date-time
       * @description When the person acknowledged in writing that searcher work is a sensitive position.
       */
      acknowledgedAt: string;
      /** Format: date */
      expiresOn: string;
      /** Format: date */
      trainingCompletedOn: string;
    };
    DesignationListItem: {
      /** Format: date-time */
      acknowledgedAt: string;
      /** @description Active right now: acknowledged, not expired, not revoked. */
      active: boolean;
      /** @description Days from today until expiresOn (negative once expired) */
      daysUntilExpiry: number;
      /** Format: date-time */
      designatedAt: string;
      designatedBy: string;
      designatedByName: string;
      expiresOn: string;
      id: string;
      /** Format: date-time */
      revokedAt: string | null;
      revokedBy: string | null;
      revokedByName: string | null;
      revokeReason: string | null;
      trainingCompletedOn: string;
      userEmail: string;
      userId: string;
      userName: string;
    };
    DesignationView: {
      /** Format: date-time */
      acknowledgedAt: string;
      /** @description Active right now: acknowledged, not expired, not revoked. */
      active: boolean;
      /** Format: date-time */
      designatedAt: string;
      designatedBy: string;
      expiresOn: string;
      id: string;
      /** Format: date-time */
      revokedAt: string | null;
      revokedBy: string | null;
      revokeReason: string | null;
      trainingCompletedOn: string;
      userId: string;
    };
    DeviationView: {
      candidateId: string;
      /** @description Plain-language account of what differs and why it matters. */
      explanation: string;
      /** @enum {string} */
      kind:
        | 'CHECKLIST_VERSION_MISMATCH'
        | 'ITEM_SKIPPED_INCONSISTENTLY'
        | 'SEARCH_EFFORT_OUTLIER'
        | 'UNVERIFIED_FINDING_REPORTED'
        | 'VALIDATION_PREDATES_TEXT'
        | 'SELF_VALIDATION'
        | 'SELF_FILTER_REVIEW'
        | 'RELEASED_INCOMPLETE'
        | 'NOT_ASSIGNED'
        | 'NOT_SUBMITTED';
      vettingId: string;
    };
    ErrorResponseDto: {
      /**
       * @description The HTTP status, in words
       * @example Not Found
       */
      error: string;
      /** @description Per-row problems, where a bulk operation (such as a CSV import) reports them */
      errors?: components['schemas']['ImportRowError'][];
      /** @description What went wrong, in plain language */
      message: string;
      /** @description The request id (also in the X-Request-Id response header and the logs) */
      requestId: string | null;
      /** @description Sign-in only: the password was right and the account needs its second factor (send `code` or `recoveryCode`) */
      secondFactorRequired?: boolean;
      /**
       * @description The HTTP status code
       * @example 404
       */
      statusCode: number;
    };
    EvidenceView: {
      contentType: string;
      id: string;
      sha256: string;
      size: number;
    };
    ExportAcceptedView: {
      id: string;
      /** @enum {string} */
      status: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
    };
    ExportView: {
      candidateName: string | null;
      error: string | null;
      fileCount: number | null;
      /** Format: date-time */
      finishedAt: string | null;
      id: string;
      /** @enum {string} */
      kind: 'E_DISCOVERY' | 'PUBLIC_RELEASE';
      processTitle: string | null;
      progress: number;
      recordsRequestId: string | null;
      /** Format: date-time */
      requestedAt: string;
      requestedBy: string;
      /** @description Name of who requested the export */
      requestedByName: string | null;
      scope: components['schemas']['ScopeDto'];
      sha256: string | null;
      size: number | null;
      /** Format: date-time */
      startedAt: string | null;
      /** @enum {string} */
      status: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
    };
    ExtraRedactionDto: {
      /**
       * @description The protected class the span reveals; required when the span overlaps no detector flag (a miss the rules can learn from).
       * @enum {string}
       */
      class?:
        | 'RACE'
        | 'COLOR'
        | 'RELIGION'
        | 'SEX'
        | 'PREGNANCY'
        | 'SEXUAL_ORIENTATION'
        | 'GENDER_IDENTITY'
        | 'NATIONAL_ORIGIN'
        | 'AGE'
        | 'DISABILITY'
        | 'GENETIC_INFORMATION'
        | 'VETERAN_STATUS'
        | 'CITIZENSHIP'
        | 'CREED'
        | 'ANCESTRY'
        | 'MARITAL_STATUS'
        | 'ARREST_RECORD'
        | 'CONVICTION_RECORD'
        | 'MILITARY_SERVICE'
        | 'LAWFUL_PRODUCT_USE'
        | 'DECLINED_MEETINGS'
        | 'POLITICAL_AFFILIATION';
      end: number;
      /** @enum {string} */
      field: 'summary' | 'excerpt' | 'mitigation' | 'candidateResponse';
      start: number;
    };
    FilterDecisionDto: {
      /** @enum {string} */
      action: 'REDACT' | 'KEEP';
      /** Format: uuid */
      flagId: string;
      /** @description Required for KEEP: why the text is needed to describe job-relevant conduct. */
      justification?: string;
    };
    FilteredTextView: {
      candidateResponse: string | null;
      excerpt: string | null;
      mitigation: string | null;
      summary: string;
    };
    FilterReviewDto: {
      decisions: components['schemas']['FilterDecisionDto'][];
      extraRedactions?: components['schemas']['ExtraRedactionDto'][];
      /**
       * @description Must be true: the reviewer read every field of the finding in full
       * @enum {boolean}
       */
      readAllFieldsConfirmed: true;
    };
    FilterReviewIndependenceView: {
      findings: components['schemas']['SelfReviewedFindingView'][];
      perSearcher: components['schemas']['SelfReviewSearcherCount'][];
      relaxedReason: string | null;
      requireIndependentFilterReview: boolean;
      /** @description Findings with a filter review (latest review per finding). */
      reviewedFindings: number;
      selfReviewedFindings: number;
    };
    FilterReviewView: {
      extraRedactions: number;
      id: string;
      kept: number;
      /** @description Of the extra redactions, those overlapping no detector flag: recorded as detector misses. */
      missesRecorded: number;
      preview: components['schemas']['FilteredTextView'];
      /**
       * Format: date-time
       * @description When the reviewer confirmed reading every field in full.
       */
      readAllFieldsConfirmedAt: string;
      redacted: number;
      /** @description True when the reviewer is the finding's author (only where the process relaxed independent review). */
      selfReviewed: boolean;
      textVersion: number;
    };
    FindingCategoriesView: {
      categories: components['schemas']['FindingCategoryView'][];
      identityMatchTypes: components['schemas']['IdentityMatchType'][];
      itemOutcomes: components['schemas']['ItemOutcome'][];
      validationStatuses: components['schemas']['ValidationStatus'][];
    };
    /** @enum {string} */
    FindingCategory:
      | 'THREATS_VIOLENCE'
      | 'BIAS_HARASSMENT'
      | 'SEXUALLY_EXPLICIT'
      | 'ILLEGAL_ACTIVITY'
      | 'RECKLESS_CONDUCT'
      | 'GANG_PARTICIPATION'
      | 'CONFIDENTIAL_DISCLOSURE'
      | 'DISHONESTY'
      | 'OTHER';
    FindingCategoryView: {
      code: components['schemas']['FindingCategory'];
      /** @description True when a finding in it needs a written categoryJustification */
      requiresJustification: boolean;
    };
    FindingMetadataView: {
      authorId: string;
      /** Format: date-time */
      capturedAt: string;
      category: string;
      /** Format: date-time */
      createdAt: string;
      evidenceCount: number;
      id: string;
      identityMatchTypes: string[];
      itemKey: string;
      method: string;
      platform: string;
      /**
       * @description The latest validation that still stands; null when there is none (e.g. all voided by a change).
       * @enum {string|null}
       */
      validationStatus: 'VERIFIED' | 'REFUTED' | 'INCONCLUSIVE' | null;
    };
    FindingValidationCounts: {
      inconclusive: number;
      refuted: number;
      /** @description No validation recorded. */
      unvalidated: number;
      /** @description Latest validation VERIFIED. */
      verified: number;
    };
    FlagView: {
      class: string;
      end: number;
      /** @enum {string} */
      field: 'summary' | 'excerpt' | 'mitigation' | 'candidateResponse';
      id: string;
      ruleId: string;
      rulesVersion: string;
      start: number;
      text: string | null;
    };
    HeaderView: {
      name: string;
      value: string;
    };
    IdentityMatchDto: {
      detail: string;
      /** @enum {string} */
      type:
        | 'NAME'
        | 'DATE_OF_BIRTH'
        | 'PHOTO'
        | 'LOCATION'
        | 'EMPLOYER'
        | 'SCHOOL'
        | 'EMAIL'
        | 'PROVIDED_HANDLE'
        | 'OTHER';
    };
    /** @enum {string} */
    IdentityMatchType:
      | 'NAME'
      | 'DATE_OF_BIRTH'
      | 'PHOTO'
      | 'LOCATION'
      | 'EMPLOYER'
      | 'SCHOOL'
      | 'EMAIL'
      | 'PROVIDED_HANDLE'
      | 'OTHER';
    ImportRowError: {
      /** @description The CSV column (name, city, state, consentDate), or null for the row as a whole */
      field: string | null;
      message: string;
      /** @description Line of the file as a spreadsheet numbers it: the header is row 1 */
      row: number;
    };
    /** @enum {string} */
    ItemOutcome: 'FINDINGS' | 'NO_FINDINGS' | 'NOT_APPLICABLE' | 'UNABLE';
    ItemOutcomeCounts: {
      FINDINGS: number;
      NO_FINDINGS: number;
      NOT_APPLICABLE: number;
      UNABLE: number;
    };
    ItemResultDto: {
      /** @enum {string} */
      method:
        | 'PUBLIC_SEARCH_ENGINE'
        | 'PUBLIC_PROFILE_LOGGED_OUT'
        | 'PUBLIC_RECORDS_PORTAL'
        | 'NEWS_ARCHIVE'
        | 'CANDIDATE_VOLUNTEERED'
        | 'REQUEST_CREDENTIALS'
        | 'CANDIDATE_SHOWS_ACCOUNT'
        | 'FRIEND_OR_FOLLOW_REQUEST'
        | 'PRETEXT_ACCOUNT'
        | 'THIRD_PARTY_ACCOUNT'
        | 'CONTENT_BEHIND_LOGIN';
      /** @description Required for NOT_APPLICABLE and UNABLE: why the item was not searched. */
      notes?: string;
      /** @enum {string} */
      outcome: 'FINDINGS' | 'NO_FINDINGS' | 'NOT_APPLICABLE' | 'UNABLE';
      /** Format: date-time */
      searchedAt: string;
      searchTerms: string[];
    };
    ItemResultView: {
      /** Format: uuid */
      id: string;
      itemKey: string;
      /** @enum {string} */
      method:
        | 'PUBLIC_SEARCH_ENGINE'
        | 'PUBLIC_PROFILE_LOGGED_OUT'
        | 'PUBLIC_RECORDS_PORTAL'
        | 'NEWS_ARCHIVE'
        | 'CANDIDATE_VOLUNTEERED'
        | 'REQUEST_CREDENTIALS'
        | 'CANDIDATE_SHOWS_ACCOUNT'
        | 'FRIEND_OR_FOLLOW_REQUEST'
        | 'PRETEXT_ACCOUNT'
        | 'THIRD_PARTY_ACCOUNT'
        | 'CONTENT_BEHIND_LOGIN';
      notes: string | null;
      /** @enum {string} */
      outcome: 'FINDINGS' | 'NO_FINDINGS' | 'NOT_APPLICABLE' | 'UNABLE';
      /** Format: date-time */
      recordedAt: string;
      /** Format: date-time */
      searchedAt: string;
      /** Format: uuid */
      searcherId: string;
      searchTerms: string[];
      /** Format: uuid */
      vettingId: string;
    };
    ItemView: {
      instructions: string;
      key: string;
      platform: string;
      /** @description The logged result of the item; null until it is searched */
      result: {
        /** @enum {string} */
        method:
          | 'PUBLIC_SEARCH_ENGINE'
          | 'PUBLIC_PROFILE_LOGGED_OUT'
          | 'PUBLIC_RECORDS_PORTAL'
          | 'NEWS_ARCHIVE'
          | 'CANDIDATE_VOLUNTEERED'
          | 'REQUEST_CREDENTIALS'
          | 'CANDIDATE_SHOWS_ACCOUNT'
          | 'FRIEND_OR_FOLLOW_REQUEST'
          | 'PRETEXT_ACCOUNT'
          | 'THIRD_PARTY_ACCOUNT'
          | 'CONTENT_BEHIND_LOGIN';
        notes: string | null;
        /** @enum {string} */
        outcome: 'FINDINGS' | 'NO_FINDINGS' | 'NOT_APPLICABLE' | 'UNABLE';
        /** Format: date-time */
        searchedAt: string;
        /** Format: uuid */
        searcherId: string;
        searchTerms: string[];
      } | null;
      searchTerms: string[];
      title: string;
    };
    KeepDecisionView: {
      candidateId: string;
      /** Format: date-time */
      decidedAt: string;
      decisionId: string;
      field: string;
      findingId: string;
      flagClass: string;
      justification: string | null;
      /** @description The protected-class text kept in the report (raw: auditors only). */
      keptText: string | null;
      reviewer: components['schemas']['PersonRef'];
      vettingId: string;
    };
    LegalHoldView: {
      active: boolean;
      candidateId: string | null;
      candidateName: string | null;
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      /** @description Name of who placed the hold */
      createdByName: string | null;
      id: string;
      processId: string;
      processTitle: string | null;
      reason: string;
      reference: string;
      /** Format: date-time */
      releasedAt: string | null;
      releasedBy: string | null;
      /** @description Name of who released the hold */
      releasedByName: string | null;
      releaseReason: string | null;
      subjectId: string;
      /** @enum {string} */
      subjectType: 'PROCESS' | 'CANDIDATE';
    };
    LiveView: {
      /** @enum {string} */
      status: 'ok';
    };
    LockedAccountView: {
      /** Format: email */
      email: string;
      failedLoginCount: number;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lockedUntil: string;
      name: string;
    };
    LoginDto: {
      /**
       * @description The 6-digit code from the authenticator app, for an account with TOTP enrolled.
       * @example 123456
       */
      code?: string;
      email: string;
      /** Format: password */
      password: string;
      /**
       * @description Instead of `code`: one of the ten one-time recovery codes given at enrolment.
       * @example ABCDE-FGHJK
       */
      recoveryCode?: string;
    };
    LoginResponse: {
      accessToken: string;
      /** @description Seconds until the token expires. */
      expiresIn: number;
      user: components['schemas']['SignedInUser'];
    };
    MfaResetView: {
      email: string;
      /** Format: uuid */
      id: string;
      /** @description An authenticator was enrolled before the reset */
      wasEnrolled: boolean;
    };
    MfaStatusView: {
      /** @description A TOTP authenticator is enrolled */
      enrolled: boolean;
      /** Format: date-time */
      enrolledAt: string | null;
      /** @description Recovery codes not used yet */
      recoveryCodesLeft: number;
      /** @description Your roles need a second factor (MFA_REQUIRED_ROLES) for password sign-in */
      requiredByRole: boolean;
    };
    MyVettingView: {
      /** Format: date-time */
      assignedAt: string | null;
      /** Format: uuid */
      candidateId: string;
      candidateName: string;
      findings: number;
      /** @description Checklist items with a logged result */
      itemsResolved: number;
      /** @description Checklist items of the vetting’s checklist version */
      itemsTotal: number;
      /**
       * Format: date-time
       * @description When its hiring process was closed: the vetting no longer changes (null while open)
       */
      processClosedAt: string | null;
      /** Format: uuid */
      processId: string;
      processTitle: string;
      /** @enum {string} */
      status: 'NOT_ASSIGNED' | 'ASSIGNED' | 'IN_PROGRESS' | 'SUBMITTED' | 'RELEASED';
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: uuid */
      vettingId: string;
    };
    MyWorkView: {
      /** @description False when the searcher designation is not active: only assigned vettings show */
      designationActive: boolean;
      filterReviews: components['schemas']['PendingFilterReviewView'][];
      validations: components['schemas']['PendingValidationView'][];
      vettings: components['schemas']['MyVettingView'][];
    };
    NewVettingView: {
      candidate: components['schemas']['CandidateView'];
      /** @description The checklist version number this vetting is searched against (null until a checklist exists). */
      checklistVersion: number | null;
      /**
       * Format: uuid
       * @description The vetting id
       */
      id: string;
      status: string;
    };
    PanelCandidateResponseDto: {
      receivedOn: string;
      text: string;
    };
    PanelFindingDto: {
      candidateResponse: components['schemas']['PanelCandidateResponseDto'] | null;
      capturedOn: string;
      category: string;
      excerpt: string | null;
      mitigation: string | null;
      platform: string;
      summary: string;
      validation: components['schemas']['PanelValidationDto'];
    };
    PanelMemberDto: {
      /** Format: uuid */
      userId: string;
    };
    PanelReportDto: {
      candidate: {
        name: string;
      };
      checklist: {
        items: number;
        searched: number;
      };
      findings: components['schemas']['PanelFindingDto'][];
      id: string;
      process: {
        title: string;
      };
      releasedAt: string;
      sha256: string;
      version: number;
    };
    PanelSeatView: {
      /** Format: date-time */
      addedAt: string;
      addedByName: string;
      /** @description The seat is current (not removed) */
      current: boolean;
      email: string;
      name: string;
      /** Format: date-time */
      removedAt: string | null;
      removedByName: string | null;
      /** Format: uuid */
      userId: string;
    };
    PanelValidationDto: {
      identityMatches: number;
      /** @enum {string} */
      status: 'VERIFIED';
    };
    ParticipantView: {
      /** Format: uuid */
      processId: string;
      /** @enum {string} */
      role: 'PANEL' | 'SEARCHER';
      /** Format: date-time */
      since: string;
      /** Format: uuid */
      userId: string;
    };
    PasswordChangeResponse: {
      /** @description Only when the change was made with a bearer token */
      accessToken?: string;
      /** @description Seconds until the token expires. */
      expiresIn?: number;
      user: components['schemas']['SignedInUser'];
    };
    PendingFilterReviewView: {
      candidateName: string;
      /** Format: uuid */
      findingId: string;
      /** @description Flags the detector raised on that text */
      flags: number;
      /** Format: uuid */
      processId: string;
      processTitle: string;
      /** @description The text version the review is for */
      textVersion: number;
      /** Format: uuid */
      vettingId: string;
    };
    PendingValidationView: {
      /** Format: uuid */
      authorId: string;
      candidateName: string;
      category: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      findingId: string;
      itemKey: string;
      /** Format: uuid */
      processId: string;
      processTitle: string;
      /** Format: uuid */
      vettingId: string;
    };
    PersonRef: {
      id: string;
      name: string | null;
    };
    ProcessParticipantsView: {
      /** @description Current seats first, then past ones */
      panel: components['schemas']['PanelSeatView'][];
      /** Format: uuid */
      processId: string;
      searchers: components['schemas']['SearcherRecordView'][];
    };
    ProcessSummaryView: {
      /** @description Legal holds in force on the process or its candidates */
      activeLegalHolds: number;
      candidates: number;
      /** Format: date-time */
      checklistLockedAt: string | null;
      /** @description Current checklist version number */
      checklistVersion: number | null;
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      findings: number;
      /** Format: uuid */
      id: string;
      /** @description Report versions released to the panel */
      reportVersions: number;
      /** @enum {string} */
      status: 'OPEN' | 'CLOSED';
      title: string;
      vettings: components['schemas']['VettingCountsView'];
    };
    ProcessView: {
      checklist: components['schemas']['ChecklistView'] | null;
      /** Format: date-time */
      checklistLockedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      description: string | null;
      filterReviewRelaxedReason: string | null;
      id: string;
      independenceRelaxedReason: string | null;
      minIdentityMatches: number;
      /** @description The filter review must be done by someone other than the finding's author. */
      requireIndependentFilterReview: boolean;
      requireIndependentValidation: boolean;
      searchWindowYears: number;
      status: string;
      title: string;
    };
    ProtectedClassFlagCounts: {
      /** @description KEEP decisions in the latest filter review of each finding. */
      kept: number;
      /** @description REDACT decisions in the latest filter review of each finding. */
      redacted: number;
    };
    PutChecklistDto: {
      items: components['schemas']['ChecklistItemDto'][];
    };
    RawCandidateResponseView: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      receivedAt: string;
      /** Format: uuid */
      recordedBy: string;
      text: string;
    };
    RawFindingView: {
      authorId: string;
      /** @description The latest candidate response: the text screened (field candidateResponse) and shown to the panel */
      candidateResponse: string | null;
      /** @description Every candidate response recorded for the finding, oldest first */
      candidateResponses: components['schemas']['RawCandidateResponseView'][];
      /** Format: date-time */
      capturedAt: string;
      category: string;
      categoryJustification: string | null;
      contentDate: string | null;
      /** Format: date-time */
      createdAt: string;
      evidence: components['schemas']['EvidenceView'][];
      excerpt: string | null;
      id: string;
      identityMatches: components['schemas']['IdentityMatchDto'][];
      itemKey: string;
      method: string;
      mitigation: string | null;
      platform: string;
      /** Format: date-time */
      purgedAt: string | null;
      sourceUrl: string | null;
      summary: string;
      /** @description Every validation, voided ones included (they are evidence). */
      validations: components['schemas']['ValidationView'][];
      /**
       * @description The latest validation that still stands; null when there is none (e.g. all voided by a change).
       * @enum {string|null}
       */
      validationStatus: 'VERIFIED' | 'REFUTED' | 'INCONCLUSIVE' | null;
      vettingId: string;
    };
    RecordsCandidateView: {
      /** @description Wis. Stat. 19.36(7): asked for confidentiality */
      confidentialityRequested: boolean;
      finalCandidate: boolean;
      fullName: string;
      /** Format: uuid */
      id: string;
    };
    RecordsRequestView: {
      /** @description Whole days since the request was received. */
      ageDays: number;
      candidateId: string | null;
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      /** @description Name of who logged the request */
      createdByName: string | null;
      /** @description Whole days left to the deadline (negative once past it); null without one. */
      daysUntilDeadline: number | null;
      /** Format: date-time */
      deadline: string | null;
      description: string;
      id: string;
      /** @description Still OPEN and past its deadline. */
      overdue: boolean;
      processId: string;
      /** Format: date-time */
      receivedAt: string;
      requester: string;
      scope: components['schemas']['ScopeDto'];
      /** @enum {string} */
      status: 'OPEN' | 'FULFILLED' | 'DENIED' | 'CLOSED';
      /** Format: date-time */
      statusChangedAt: string | null;
      statusChangedBy: string | null;
      statusChangedByName: string | null;
      statusNote: string | null;
    };
    RecoveryCodesView: {
      /** @description Ten one-time recovery codes, shown this once (only their hashes are kept) */
      recoveryCodes: string[];
    };
    RedirectHopView: {
      location: string | null;
      status: number;
      url: string;
    };
    ReleaseLegalHoldDto: {
      reason: string;
    };
    ReleaseRequestView: {
      id: string;
      /** @enum {string} */
      status: 'PENDING' | 'DONE' | 'FAILED';
      vettingId: string;
    };
    ReleaseStatusView: {
      /** @description Same as failureReason (older name) */
      error: string | null;
      /** @description Why the release is FAILED (gates no longer held, or compiling ran out of attempts) */
      failureReason: string | null;
      id: string;
      reportVersionId: string | null;
      sha256: string | null;
      /** @enum {string} */
      status: 'PENDING' | 'DONE' | 'FAILED';
      version: number | null;
      vettingId: string;
    };
    RescanNoticeFlag: {
      /** @enum {string} */
      class:
        | 'RACE'
        | 'COLOR'
        | 'RELIGION'
        | 'SEX'
        | 'PREGNANCY'
        | 'SEXUAL_ORIENTATION'
        | 'GENDER_IDENTITY'
        | 'NATIONAL_ORIGIN'
        | 'AGE'
        | 'DISABILITY'
        | 'GENETIC_INFORMATION'
        | 'VETERAN_STATUS'
        | 'CITIZENSHIP'
        | 'CREED'
        | 'ANCESTRY'
        | 'MARITAL_STATUS'
        | 'ARREST_RECORD'
        | 'CONVICTION_RECORD'
        | 'MILITARY_SERVICE'
        | 'LAWFUL_PRODUCT_USE'
        | 'DECLINED_MEETINGS'
        | 'POLITICAL_AFFILIATION';
      count: number;
      /** @enum {string} */
      field: 'summary' | 'excerpt' | 'mitigation' | 'candidateResponse';
      /** @description The finding's position in the report (0-based) */
      findingIndex: number;
    };
    RescanNoticesView: {
      /** @description Released reports to correct: the latest version of each, while no newer one is released. */
      notices: components['schemas']['RescanNoticeView'][];
    };
    RescanNoticeView: {
      candidateName: string;
      flags: components['schemas']['RescanNoticeFlag'][];
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description When the rescan listed it.
       */
      listedAt: string;
      /** Format: uuid */
      processId: string;
      processTitle: string;
      /** Format: date-time */
      releasedAt: string;
      reportVersion: number;
      /** Format: uuid */
      reportVersionId: string;
      /** @description The rules version that flagged it. */
      rulesVersion: string;
      /** Format: uuid */
      vettingId: string;
    };
    RetentionHoldReason: {
      id: string;
      /** @enum {string} */
      kind: 'LEGAL_HOLD' | 'RECORDS_REQUEST';
      /** @description The hold's reference, or the request's requester. */
      label: string;
    };
    RetentionPreview: {
      /** Format: date-time */
      asOf: string;
      items: components['schemas']['RetentionPreviewItem'][];
      /** @description Report versions and the audit log are kept: the purge never touches them. */
      kept: string[];
      retention: {
        auditYears: number;
        rawYears: number;
        reportYears: number;
      };
      skipped: components['schemas']['RetentionSkip'][];
    };
    RetentionPreviewItem: {
      candidateId: string;
      /** Format: date-time */
      closedAt: string;
      /** Format: date-time */
      expiresAt: string;
      findingId: string;
      processId: string;
      processTitle: string;
      rule: string;
      /** @description The finding (excerpt, URL), the evidence file or the server capture (its URLs, its manifest). */
      subjectId: string;
      /** @enum {string} */
      subjectType:
        'FINDING_EXCERPT' | 'FINDING_URL' | 'EVIDENCE_FILE' | 'CAPTURE_URL' | 'CAPTURE_MANIFEST';
    };
    RetentionSkip: {
      /** @description Null when the whole process is held; else the candidate whose records are held. */
      candidateId: string | null;
      /** Format: date-time */
      closedAt: string;
      /** Format: date-time */
      expiresAt: string;
      heldBy: components['schemas']['RetentionHoldReason'][];
      processId: string;
      processTitle: string;
    };
    RevokeDesignationDto: {
      reason: string;
    };
    /** @enum {string} */
    Role: 'ADMIN' | 'SEARCHER' | 'PANEL' | 'AUDITOR' | 'RECORDS_CUSTODIAN';
    ScopeDto: {
      /** Format: uuid */
      candidateId?: string;
      /** Format: uuid */
      processId?: string;
    };
    ScreeningView: {
      flags: components['schemas']['FlagView'][];
      /** @description The class list a reviewer picks from for a redaction the detector missed. */
      protectedClasses: (
        | 'RACE'
        | 'COLOR'
        | 'RELIGION'
        | 'SEX'
        | 'PREGNANCY'
        | 'SEXUAL_ORIENTATION'
        | 'GENDER_IDENTITY'
        | 'NATIONAL_ORIGIN'
        | 'AGE'
        | 'DISABILITY'
        | 'GENETIC_INFORMATION'
        | 'VETERAN_STATUS'
        | 'CITIZENSHIP'
        | 'CREED'
        | 'ANCESTRY'
        | 'MARITAL_STATUS'
        | 'ARREST_RECORD'
        | 'CONVICTION_RECORD'
        | 'MILITARY_SERVICE'
        | 'LAWFUL_PRODUCT_USE'
        | 'DECLINED_MEETINGS'
        | 'POLITICAL_AFFILIATION'
      )[];
      rulesVersion: string | null;
      /** @enum {string} */
      status: 'PENDING' | 'DONE';
      textVersion: number;
    };
    SearcherRecordView: {
      /** @enum {string} */
      duty: 'POOL' | 'ASSIGNED' | 'VALIDATOR' | 'FILTER_REVIEWER';
      email: string;
      name: string;
      /**
       * Format: date-time
       * @description When this duty was first recorded
       */
      since: string;
      /** Format: uuid */
      userId: string;
    };
    SearcherSummaryView: {
      /** @description Vettings currently assigned to this searcher. */
      candidatesAssigned: number;
      /** @description Vettings on which this searcher logged a search or a finding. */
      candidatesSearched: number;
      /** @description Findings this searcher authored, per candidate searched (2 decimals). */
      findingsPerCandidate: number;
      /** @description Mean minutes from assignment to submission over this searcher's submitted candidates (null: none submitted). */
      minutesPerCandidate: number | null;
      name: string | null;
      searcherId: string;
      /** @description Searches logged per candidate assigned to this searcher (2 decimals). */
      searchesPerCandidate: number;
      /** @description Share of this searcher's findings backed by a server capture (the page opened logged out by the server). */
      serverCaptureBacking: components['schemas']['ServerCaptureBackingView'];
      /** @description Latest validation of each finding this searcher authored. */
      validationOutcomes: components['schemas']['ValidationOutcomeCounts'];
    };
    /** @enum {string} */
    SearchMethod:
      | 'PUBLIC_SEARCH_ENGINE'
      | 'PUBLIC_PROFILE_LOGGED_OUT'
      | 'PUBLIC_RECORDS_PORTAL'
      | 'NEWS_ARCHIVE'
      | 'CANDIDATE_VOLUNTEERED'
      | 'REQUEST_CREDENTIALS'
      | 'CANDIDATE_SHOWS_ACCOUNT'
      | 'FRIEND_OR_FOLLOW_REQUEST'
      | 'PRETEXT_ACCOUNT'
      | 'THIRD_PARTY_ACCOUNT'
      | 'CONTENT_BEHIND_LOGIN';
    SearchMethodsView: {
      lawful: components['schemas']['SearchMethodView'][];
      prohibited: components['schemas']['SearchMethodView'][];
    };
    SearchMethodView: {
      /** @description What the method is (lawful) or the law that prohibits it */
      basis: string;
      code: components['schemas']['SearchMethod'];
      /** @description False for a prohibited method, which the API always refuses */
      lawful: boolean;
    };
    SelfReviewedFindingView: {
      /** Format: uuid */
      candidateId: string;
      /** Format: uuid */
      findingId: string;
      /** Format: date-time */
      reviewedAt: string;
      /** Format: uuid */
      reviewerId: string;
      reviewerName: string | null;
      /** @description True when the process had relaxed independent filter review (the self-review was allowed). */
      underRelaxedSetting: boolean;
      /** Format: uuid */
      vettingId: string;
    };
    SelfReviewSearcherCount: {
      name: string | null;
      /** Format: uuid */
      searcherId: string;
      selfReviewedFindings: number;
    };
    SeparationOfDutiesBreachView: {
      name: string | null;
      /**
       * Format: date-time
       * @description When their current (active) panel seat began.
       */
      panelSince: string;
      /** @description What the person did in the process: POOL, ASSIGNED, SEARCH_LOGGED, FINDING_AUTHOR, VALIDATOR, FILTER_REVIEWER. */
      searcherWork: string[];
      userId: string;
    };
    ServerCaptureBackingView: {
      /** @description Of those, findings with at least one successful (DONE) server capture. */
      backedByServerCapture: number;
      /** @description Findings this searcher authored. */
      findingsAuthored: number;
      /** @description backedByServerCapture / findingsAuthored (0..1, 4 decimals; 0 with no findings). */
      share: number;
    };
    SessionStateView: {
      /**
       * Format: date-time
       * @description When the session ends however active it is (SESSION_MAX_HOURS after sign-in)
       */
      absoluteExpiresAt: string;
      /**
       * Format: date-time
       * @description Same as idleExpiresAt: when the session locks unless extended
       */
      expiresAt: string;
      /**
       * Format: date-time
       * @description When the session locks if no further request extends it
       */
      idleExpiresAt: string;
      /** @description Idle seconds after which the session locks (SESSION_IDLE_MINUTES) */
      idleTimeoutSeconds: number;
      user: components['schemas']['SessionUserView'];
    };
    SessionUserView: {
      /** @description How this session signed in: local password or single sign-on */
      authMethod: components['schemas']['AuthMethod'];
      email: string;
      /** Format: uuid */
      id: string;
      /** @description A TOTP authenticator is enrolled */
      mfaEnrolled: boolean;
      /** @description Holds a role in MFA_REQUIRED_ROLES and has no authenticator yet: only enrolment is open. */
      mfaEnrolmentRequired: boolean;
      /** @description Signed in with a temporary password: only `POST /api/auth/password` is open until it changes. */
      mustChangePassword: boolean;
      name: string;
      roles: components['schemas']['Role'][];
    };
    SignedInUser: {
      email: string;
      id: string;
      /** @description A TOTP authenticator is enrolled */
      mfaEnrolled: boolean;
      /** @description Holds a role in MFA_REQUIRED_ROLES and has no authenticator yet: enrol before anything else. */
      mfaEnrolmentRequired: boolean;
      /** @description True after an administrator set a temporary password: change it before anything else. */
      mustChangePassword: boolean;
      name: string;
      roles: ('ADMIN' | 'SEARCHER' | 'PANEL' | 'AUDITOR' | 'RECORDS_CUSTODIAN')[];
    };
    SigningKeyView: {
      /** @enum {string} */
      algorithm: 'Ed25519';
      /** @description SHA-256 (hex) of the DER SubjectPublicKeyInfo; printed in every bundle's README.txt. */
      fingerprint: string;
      /** @description SubjectPublicKeyInfo, PEM: pass it to `export:verify --public-key`. */
      publicKey: string;
    };
    SignInOptionsView: {
      /** @description Local passwords are accepted (false with LOCAL_LOGIN=false: only the break-glass admin may still use one) */
      localLoginEnabled: boolean;
      /** @description The provider's name for the button "Sign in with <name>" (OIDC_DISPLAY_NAME) */
      ssoDisplayName: string | null;
      /** @description Single sign-on (OpenID Connect) is configured */
      ssoEnabled: boolean;
      /** @description Where the browser goes to start single sign-on */
      ssoStartUrl: string | null;
    };
    SignOutView: {
      /** @description The identity provider's end-session URL (single sign-on sessions, when the provider supports RP-initiated logout); null otherwise */
      providerLogoutUrl: string | null;
    };
    SkippedItemView: {
      itemKey: string;
      notes: string | null;
      /** @enum {string} */
      outcome: 'NOT_APPLICABLE' | 'UNABLE';
    };
    SsoIdentityDto: {
      /** @description The user's subject (`sub` claim) at the configured provider; Entra ID's `sub` differs per application and is not the object id */
      subject: string;
    };
    SsoIdentityView: {
      email: string;
      /** Format: uuid */
      id: string;
      issuer: string | null;
      subject: string | null;
    };
    TemporaryPasswordDto: {
      /** @description At least 12 characters and not one of the most common passwords; tell it to the owner. */
      password: string;
    };
    TemporaryPasswordView: {
      /** Format: email */
      email: string;
      /** Format: uuid */
      id: string;
      mustChangePassword: boolean;
    };
    TlsView: {
      fingerprintSource: string;
      issuer: string | null;
      protocol: string | null;
      /** @description SHA-256 of the leaf certificate (hex) */
      sha256Fingerprint: string | null;
      subject: string | null;
      validFrom: string | null;
      validTo: string | null;
    };
    TotpCodeDto: {
      /** @example 123456 */
      code: string;
    };
    TotpEnrolmentView: {
      /** @description The otpauth:// URI the QR code holds */
      otpauthUri: string;
      /** @description The QR code as a data:image/png;base64 URL */
      qrCodeDataUrl: string;
      /** @description The base32 secret, for typing in by hand */
      secret: string;
    };
    UniformityCandidateRow: {
      /** Format: date-time */
      assignedAt: string | null;
      candidateId: string;
      candidateName: string;
      /** @description The checklist version number this candidate was searched against. */
      checklistVersion: number | null;
      /** @description Finding count per category */
      findingsByCategory: {
        [key: string]: number;
      };
      findingsTotal: number;
      /** @description Items of that checklist version with a recorded result. */
      itemsResolved: number;
      itemsTotal: number;
      /** @description Distinct search methods used, from the search log and the findings. */
      methods: string[];
      outcomes: components['schemas']['ItemOutcomeCounts'];
      protectedClassFlags: components['schemas']['ProtectedClassFlagCounts'];
      release: components['schemas']['CandidateReleaseView'];
      searcher: components['schemas']['PersonRef'] | null;
      /** @description Searches logged (rows of the search log, including repeats). */
      searchesLogged: number;
      /** @description Seconds from assignment to submission; null if not submitted. */
      secondsToSubmission: number | null;
      /** @description Items marked NOT_APPLICABLE or UNABLE, with the searcher's notes. */
      skippedItems: components['schemas']['SkippedItemView'][];
      /** Format: date-time */
      submittedAt: string | null;
      validation: components['schemas']['FindingValidationCounts'];
      vettingId: string;
      vettingStatus: string;
      /** @description Findings withheld from the panel (from the latest report version once released). */
      withheldFromPanel: number;
    };
    UniformityProcessView: {
      /** @description The process's current checklist version number (null when it has no checklist). */
      currentChecklistVersion: number | null;
      /**
       * Format: date-time
       * @description When the report was computed.
       */
      generatedAt: string;
      id: string;
      requireIndependentValidation: boolean;
      status: string;
      title: string;
    };
    UniformityReport: {
      candidates: components['schemas']['UniformityCandidateRow'][];
      deviations: components['schemas']['DeviationView'][];
      /** @description Findings filter-reviewed by their own author, in total and per searcher. */
      filterReviewIndependence: components['schemas']['FilterReviewIndependenceView'];
      keepDecisions: components['schemas']['KeepDecisionView'][];
      process: components['schemas']['UniformityProcessView'];
      separationOfDuties: components['schemas']['SeparationOfDutiesBreachView'][];
      summary: components['schemas']['UniformitySummaryView'];
    };
    UniformitySummaryView: {
      candidates: number;
      deviationCount: number;
      deviationsByKind: {
        [key: string]: number;
      };
      /** @description Share (0..1) of candidates whose every checklist item is resolved. */
      fullCoverageShare: number;
      perSearcher: components['schemas']['SearcherSummaryView'][];
    };
    UnlockedAccountView: {
      /** Format: email */
      email: string;
      /** Format: uuid */
      id: string;
      /** @description Whether the account was locked when the request came (unlocking is idempotent). */
      wasLocked: boolean;
    };
    UpdateCandidateRecordsDto: {
      /** @description Wis. Stat. 19.36(7): the applicant asked in writing that their identity be kept confidential. */
      confidentialityRequested?: boolean;
      /** @description Final candidates are not covered by 19.36(7). */
      finalCandidate?: boolean;
    };
    UpdateFindingTextDto: {
      excerpt?: string;
      mitigation?: string;
      summary?: string;
    };
    UpdateProcessSettingsDto: {
      /** @description Required when independent filter review is relaxed (unless the process already records one); refused when it is required */
      filterReviewRelaxedReason?: string;
      /** @description Required when independent validation is relaxed (unless the process already records one); refused when it is required */
      independenceRelaxedReason?: string;
      minIdentityMatches?: number;
      requireIndependentFilterReview?: boolean;
      requireIndependentValidation?: boolean;
      searchWindowYears?: number;
    };
    UpdateRecordsRequestDto: {
      /**
       * Format: date-time
       * @description A new deadline (not before receivedAt), or null to clear it.
       */
      deadline?: string | null;
      note?: string;
      /** @enum {string} */
      status?: 'OPEN' | 'FULFILLED' | 'DENIED' | 'CLOSED';
    };
    UpdateUserDto: {
      active?: boolean;
      name?: string;
      roles?: ('ADMIN' | 'SEARCHER' | 'PANEL' | 'AUDITOR' | 'RECORDS_CUSTODIAN')[];
    };
    UserDirectoryEntry: {
      /** Format: uuid */
      id: string;
      name: string;
      roles: components['schemas']['Role'][];
    };
    UserView: {
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      email: string;
      id: string;
      /** @description An authenticator app (TOTP) is enrolled for two-factor sign-in */
      mfaEnrolled: boolean;
      name: string;
      roles: ('ADMIN' | 'SEARCHER' | 'PANEL' | 'AUDITOR' | 'RECORDS_CUSTODIAN')[];
      /** @description The single sign-on provider (issuer) the account is linked to, if any */
      ssoIssuer: string | null;
      /** @description The account's subject at that provider (Entra ID: the object id), if linked */
      ssoSubject: string | null;
    };
    ValidationOutcomeCounts: {
      INCONCLUSIVE: number;
      REFUTED: number;
      UNVALIDATED: number;
      VERIFIED: number;
    };
    /** @enum {string} */
    ValidationStatus: 'VERIFIED' | 'REFUTED' | 'INCONCLUSIVE';
    ValidationView: {
      /** Format: date-time */
      createdAt: string;
      id: string;
      method: string;
      notes: string;
      selfValidated: boolean;
      /** @enum {string} */
      status: 'VERIFIED' | 'REFUTED' | 'INCONCLUSIVE';
      validatorId: string;
      /**
       * Format: date-time
       * @description When a change to the finding's text or identity matches voided this validation (null: it stands).
       */
      voidedAt: string | null;
      voidReason: string | null;
    };
    VerificationReportView: {
      /** @description The first seq whose link is broken */
      brokenAtSeq?: number;
      /** @description The earlier recorded run this one was compared with. */
      comparedWith: components['schemas']['ComparedRunView'] | null;
      count: number;
      headHash: string;
      headSeq: number;
      intact: boolean;
      /**
       * Format: date-time
       * @description When the oldest event still waiting to be sequenced happened, or null
       */
      oldestPendingAt: string | null;
      /** @description Committed events not yet sequenced into the chain (so not covered by this verification); the sequencer chains them within seconds */
      pending: number;
      /** @enum {string} */
      reason?: 'GAP' | 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH';
      /**
       * Format: uuid
       * @description The recorded run in the verification history
       */
      runId?: string;
      /** @description Set when the log disagrees with an earlier recorded head (truncated or rewritten tail). */
      tampering: string | null;
    };
    VerificationRunView: {
      brokenAtSeq: number | null;
      count: number;
      headHash: string;
      headSeq: number;
      /** Format: uuid */
      id: string;
      intact: boolean;
      /** Format: date-time */
      ranAt: string;
      /** @enum {string|null} */
      reason: 'GAP' | 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH' | null;
      /** @description Set when this run disagrees with an earlier recorded head. */
      tampering: string | null;
      /** @enum {string} */
      trigger: 'NIGHTLY' | 'MANUAL' | 'CLI';
    };
    VettingCountsView: {
      ASSIGNED: number;
      IN_PROGRESS: number;
      NOT_ASSIGNED: number;
      RELEASED: number;
      SUBMITTED: number;
    };
    VettingDetailView: {
      /** Format: date-time */
      assignedAt: string | null;
      candidate: {
        fullName: string;
        /** Format: uuid */
        id: string;
      };
      candidateDetails: components['schemas']['CandidateView'];
      checklistVersion: number | null;
      /** @description RawFindingView items for view RAW, FindingMetadataView items for view METADATA */
      findings: (
        components['schemas']['RawFindingView'] | components['schemas']['FindingMetadataView']
      )[];
      id: string;
      items: components['schemas']['ItemView'][];
      processId: string;
      /** Format: date-time */
      releasedAt: string | null;
      searcherId: string | null;
      /** Format: date-time */
      startedAt: string | null;
      status: string;
      /** Format: date-time */
      submittedAt: string | null;
      /** @enum {string} */
      view: 'RAW' | 'METADATA';
    };
    VettingSummaryView: {
      /** Format: date-time */
      assignedAt: string | null;
      candidate: {
        fullName: string;
        /** Format: uuid */
        id: string;
      };
      checklistVersion: number | null;
      id: string;
      processId: string;
      /** Format: date-time */
      releasedAt: string | null;
      searcherId: string | null;
      /** Format: date-time */
      startedAt: string | null;
      status: string;
      /** Format: date-time */
      submittedAt: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_browse: {
    parameters: {
      query?: {
        /** @description Exact action, e.g. report.view */
        action?: string;
        /** @description The acting user (uuid) */
        actorId?: string;
        /** @description The nextCursor of the previous page, as returned (opaque) */
        cursor?: string;
        /** @description ISO-8601 timestamp, inclusive (occurred_at >= from); no offset means UTC */
        from?: string;
        limit?: number;
        outcome?: 'ALLOWED' | 'DENIED' | 'FAILED';
        /** @description Exact subject id */
        subjectId?: string;
        /** @description Exact subject type, e.g. report */
        subjectType?: string;
        /** @description ISO-8601 timestamp, exclusive (occurred_at < to); no offset means UTC */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: AUDITOR; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  AuditController_listAnchors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>[];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: AUDITOR; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  AuditController_history: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationRunView'][];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: AUDITOR; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationReportView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: AUDITOR; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  AuditController_verifyNow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationReportView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description The caller may not do this
       *
       *     Requires one of: AUDITOR; or an object-level rule refuses the caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Wrong e-mail or password, a locked account or a deactivated one: all answer alike; or the second factor is missing (`secondFactorRequired: true`), wrong or reused; or passwords are turned off (LOCAL_LOGIN=false) for all but the break-glass admin */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too many sign-in attempts from this address: retry later */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInUser'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  MfaController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MfaStatusView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  MfaController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TotpEnrolmentView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description An authenticator is already enrolled (an administrator can reset it) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  MfaController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpCodeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesView'];
        };
      };
      /** @description Malformed code, a code that does not match, or no enrolment started */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description An authenticator is already enrolled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too many attempts from this address: retry later */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  OidcController_callback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To `/` signed in, or to `/?signInError=<reason>` when refused */
      302: {
        headers: {
          /** @description `/` or `/?signInError=…` */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Single sign-on is not configured */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  OidcController_signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignOutView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description CSRF check failed (the X-Requested-With header is missing)
       *
       *     Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The request used a bearer token, not the session cookie */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  OidcController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Redirect to the provider's authorization endpoint */
      302: {
        headers: {
          /** @description The authorization URL */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Single sign-on is not configured */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The identity provider is unreachable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordChangeResponse'];
        };
      };
      /** @description New password too short, too common or unchanged */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description The current password is incorrect
       *
       *     Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too many attempts from this address: retry later */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  SessionController_state: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionStateView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The request used a bearer token, not the session cookie */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  SessionController_signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionStateView'];
        };
      };
      /** @description Malformed email or password field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Wrong e-mail or password, a locked account or a deactivated one: all answer alike; or the second factor is missing (`secondFactorRequired: true`), wrong or reused; or passwords are turned off (LOCAL_LOGIN=false) for all but the break-glass admin */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too many sign-in attempts from this address: retry later */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  SessionController_signOut: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required (value "cybervet") on writes authenticated by the session cookie */
        'X-Requested-With'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description CSRF check failed (the X-Requested-With header is missing)
       *
       *     Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The request used a bearer token, not the session cookie */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  SessionController_keepalive: {
    parameters: {
      query?: never;
      header?: {
        /** @description Required (value "cybervet") on writes authenticated by the session cookie */
        'X-Requested-With'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionStateView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The request used a bearer token, not the session cookie */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  OidcController_options: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInOptionsView'];
        };
      };
    };
  };
  CandidateRecordsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCandidateRecordsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateView'];
        };
      };
      /** @description Bad input, or neither field sent */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  DesignationListController_list: {
    parameters: {
      query?: {
        /** @description Only designations in force (unrevoked, not yet expired) that expire within this many days */
        expiringWithinDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DesignationListItem'][];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  EvidenceController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, sandboxed (Content-Security-Policy: sandbox, nosniff) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/jpeg': string;
          'image/png': string;
          'multipart/related': string;
          'text/html': string;
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such evidence, or not a searcher of its process */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The file was purged under the retention schedule */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ExportsController_list: {
    parameters: {
      query?: {
        /** @description Only the exports started from this records request. */
        recordsRequestId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExportView'][];
        };
      };
      /** @description recordsRequestId is not a UUID, or an unknown parameter */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The records request does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ExportsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateExportDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExportAcceptedView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The process or candidate of the scope, or the records request, does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description scope.candidateId is not a candidate of scope.processId, or the scope is not the records request's */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The job queue is unavailable: retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ExportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExportView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ExportsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The zip bundle (manifest.json, manifest.sig, README.txt and the records) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The bundle is not DONE yet, or its file is gone */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ExportsController_signingKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SigningKeyView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN, AUDITOR, ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  FindingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RawFindingView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ScreeningController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFindingTextDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RawFindingView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The finding was purged or can no longer change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ScreeningController_respond: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CandidateResponseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateResponseView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Conflicts with the current state of the record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description receivedAt is in the future */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  CaptureController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaptureView'][];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  CaptureController_request: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCaptureDto'];
      };
    };
    responses: {
      /** @description Queued: the capture is PENDING */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaptureView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The vetting was submitted, the process closed, or the finding purged */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The URL is not one the server may open (scheme, port, address) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  FindingsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvidenceView'];
        };
      };
      /** @description No file, or more than one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The finding was purged under the retention schedule */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The file exceeds EVIDENCE_MAX_BYTES */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The file type is not an accepted evidence type, or does not match its content */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ScreeningController_review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FilterReviewDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilterReviewView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Screening is not done for the current text, or the review is not allowed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The decisions do not cover the flags, or a redaction is out of range */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ScreeningController_view: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  FindingsController_validate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateValidationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Self-validation where independence is required, or the finding was purged */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too few distinct identity-match types to verify */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  LegalHoldsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LegalHoldView'][];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  LegalHoldsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLegalHoldDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LegalHoldView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The process or candidate of the scope does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description scope.candidateId is not a candidate of scope.processId */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  LegalHoldsController_release: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReleaseLegalHoldDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LegalHoldView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The hold was already released */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  MyWorkController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyWorkView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  PolicyController_categories: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingCategoriesView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, SEARCHER, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  PolicyController_methods: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchMethodsView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessView'][];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProcessDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessAdminController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProcessSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The process is closed, or vetting has started */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Relaxed independent validation without a reason, or a reason while it is required */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessesController_addCandidate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCandidateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NewVettingView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The process is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description consentRecordedAt is in the future */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessesController_importCandidates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description multipart/form-data with the CSV in the field "file", or the CSV itself as a text/csv body */
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
        'text/csv': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateImportView'];
        };
      };
      /** @description Some rows are invalid: every problem is listed in `errors` by row, and nothing was imported */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such process */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The process is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessesController_putChecklist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutChecklistDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The process is closed or its checklist is locked */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Item keys repeat within the checklist */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessClosingController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseProcessDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The process is already closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessesController_addPanelMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PanelMemberDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Separation of duties, a closed process, or the user lacks the PANEL role or is deactivated */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessesController_removePanelMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The process is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessAdminController_participants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessParticipantsView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ReportsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PanelReportDto'][];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: PANEL; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessesController_addSearcher: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PanelMemberDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description A closed process, or the user lacks the SEARCHER role or is deactivated */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  UniformityController_get: {
    parameters: {
      query?: {
        /** @description csv returns one table: the candidate rows or the deviations (see table) */
        format?: 'json' | 'csv';
        /** @description With format=csv: the candidate rows (default) or the deviations */
        table?: 'candidates' | 'deviations';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report (JSON), or with ?format=csv the candidate rows (or with table=deviations the deviations) as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: AUDITOR; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ProcessesController_summaries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessSummaryView'][];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, AUDITOR, RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  RecordsRequestsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordsRequestView'][];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  RecordsRequestsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRecordsRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordsRequestView'];
        };
      };
      /** @description Bad input, or receivedAt in the future */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The process or candidate of the scope does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description scope.candidateId is not a candidate of scope.processId */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  RecordsRequestsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRecordsRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordsRequestView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  RecordsCandidatesController_candidates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordsCandidateView'][];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  RetentionController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetentionPreview'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: RECORDS_CUSTODIAN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ReportsController_releaseStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseStatusView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER, ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ReportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PanelReportDto'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: PANEL; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ReportsController_pdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report as the panel may see it; version, release time and SHA-256 on every page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: PANEL; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  RescanController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RescanNoticesView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'][];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description A user with this e-mail address already exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The change conflicts with a rule (e.g. separation of duties, the last admin) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  DesignationsController_designate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DesignateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DesignationView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Conflicts with the current state of the record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The dates break a rule (e.g. training expired) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  DesignationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeDesignationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DesignationView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such user, or the user has no current designation */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  MfaAdminController_reset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MfaResetView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  SsoIdentityController_link: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SsoIdentityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SsoIdentityView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such user, or single sign-on is not configured */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The identity is linked to another account */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  SsoIdentityController_unlink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SsoIdentityView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  AccountSecurityController_setTemporaryPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TemporaryPasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemporaryPasswordView'];
        };
      };
      /** @description Password too short or too common, or a malformed id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  AccountSecurityController_unlock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnlockedAccountView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  UsersController_directory: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDirectoryEntry'][];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN, AUDITOR; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  AccountSecurityController_listLocked: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LockedAccountView'][];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  VettingsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VettingSummaryView'][];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER, ADMIN, AUDITOR; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  VettingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VettingDetailView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER, ADMIN, AUDITOR; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  VettingsController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VettingSummaryView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not an active searcher, or the vetting was already submitted */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  VettingFindingsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFindingDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RawFindingView'];
        };
      };
      /** @description Bad input, or capturedAt/contentDate in the future */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The vetting or its process no longer takes findings */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description A prohibited search method, or content older than the search window */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  VettingsController_logItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description The checklist item key */
        itemKey: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ItemResultDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemResultView'];
        };
      };
      /** @description Bad input, or searchedAt in the future */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No such vetting for the caller, or the item is not on its checklist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description The vetting is submitted, or is not on the current checklist version */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description A prohibited search method */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  ReportsController_release: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseRequestView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER, ADMIN; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description A release gate is not met (the message lists them) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  VettingsController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VettingSummaryView'];
        };
      };
      /** @description Bad input: a malformed body, query or path parameter (the message names the problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Requires one of: SEARCHER; or an object-level rule refuses the caller */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description Items are unresolved, or the vetting cannot be submitted now */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveView'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description A dependency is down (the message names it) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
}
