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
    /**
     * The audit log, filtered, oldest first, a page at a time: pass the returned `nextCursor`
     *     as `cursor` for the next page (null when there is no more yet).
     */
    get: operations['AuditController_browse'];
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
    /** The recorded results of earlier runs (nightly and manual), newest first, with head hashes. */
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
    /** Walks the whole chain now and compares it with the last recorded head. */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
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
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
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
    /** Applicant confidentiality (Wis. Stat. 19.36(7)) and final-candidate status; audited with from/to. */
    patch: operations['CandidateRecordsController_update'];
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
    get?: never;
    put?: never;
    /** Requests an export bundle; a background job builds it (poll GET /api/exports/:id). */
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
    /** The finished zip (409 until DONE). Every download is audited. */
    get: operations['ExportsController_download'];
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
    /** Raw finding for a designated searcher of the process; the read is audited. */
    get: operations['FindingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** The assigned searcher corrects the finding's text; screening and review start over. */
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
    post: operations['ScreeningController_respond'];
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
    get: operations['LegalHoldsController_list'];
    put?: never;
    /** Places a legal hold on a process or a candidate: nothing under it is purged while it is active. */
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
    /** Releases the hold; the row stays, with who released it, when and why. */
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
    get: operations['ProcessesController_list'];
    put?: never;
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
    get: operations['ProcessesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
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
    /** Closes the process: all work on it ends (409 from then on) and its retention clock starts. */
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
    delete: operations['ProcessesController_removePanelMember'];
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
    /** Adds a designated searcher to the process's pool (e.g. as a validator or filter reviewer). */
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
    /**
     * Did every candidate of the process get the same treatment? One row per candidate, the
     *     deviations found, separation-of-duties breaches, every KEEP decision and a summary.
     *     `?format=csv` returns the candidate rows as CSV. Every read is audited.
     */
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
    get: operations['RecordsRequestsController_list'];
    put?: never;
    /** Logs an open-records request; while OPEN it holds its scope (Wis. Stat. 19.35(5)). */
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
    patch: operations['RecordsRequestsController_update'];
    trace?: never;
  };
  '/api/records/retention/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the next retention purge would remove and why, and what holds keep. Removes nothing. */
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
    get: operations['ReportsController_get'];
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
    get: operations['UsersController_list'];
    put?: never;
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
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
    post: operations['DesignationsController_designate'];
    delete: operations['DesignationsController_revoke'];
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
  '/api/vettings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    /** The assigned searcher records a finding on their vetting. */
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
    /** Checks every gate and queues the compilation of a new immutable report version (202). */
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
    /** The process is up. */
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
    /** PostgreSQL and Redis both answer: the service can do its work. */
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
    };
    AuditVerification: {
      brokenAtSeq: number | null;
      count: number;
      headHash: string;
      headSeq: number;
      id: string;
      intact: boolean;
      /** Format: date-time */
      ranAt: string;
      reason: string | null;
      /** @description Set when this run disagrees with an earlier recorded head: the log was cut or rewritten. */
      tampering: string | null;
      /** @enum {string} */
      trigger: 'NIGHTLY' | 'MANUAL' | 'CLI';
    };
    CandidateImportRefusal: {
      /** @example Bad Request */
      error: string;
      errors: components['schemas']['ImportRowError'][];
      message: string;
      requestId: string | null;
      /** @example 400 */
      statusCode: number;
    };
    CandidateImportView: {
      imported: number;
      /** @description The new vettings, each with its candidate */
      vettings: components['schemas']['NewVettingView'][];
    };
    CandidateResponseDto: {
      receivedAt: string;
      text: string;
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
      /** @description Why the process is closed (kept in the audit log) */
      reason?: string;
    };
    CreateCandidateDto: {
      aliases?: string[];
      city?: string;
      /** @description When the candidate was told public content will be reviewed and no account access asked for. */
      consentRecordedAt: string;
      dateOfBirth?: string;
      /** Format: email */
      email?: string;
      fullName: string;
      providedHandles?: string[];
      state?: string;
    };
    CreateExportDto: {
      /** @enum {string} */
      kind: 'E_DISCOVERY' | 'PUBLIC_RELEASE';
      scope: components['schemas']['ScopeDto'];
    };
    CreateFindingDto: {
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
      /** @description When the content was posted or published, if known; the process's search window applies to it. */
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
      /** @description Required when requireIndependentValidation is false: why this process may self-validate. */
      independenceRelaxedReason?: string;
      minIdentityMatches?: number;
      requireIndependentValidation?: boolean;
      searchWindowYears?: number;
      title: string;
    };
    CreateRecordsRequestDto: {
      description: string;
      receivedAt: string;
      requester: string;
      scope: components['schemas']['ScopeDto'];
    };
    CreateUserDto: {
      /** Format: email */
      email: string;
      name: string;
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
      /** @description When the person acknowledged in writing that searcher work is a sensitive position. */
      acknowledgedAt: string;
      expiresOn: string;
      trainingCompletedOn: string;
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
    EvidenceView: {
      contentType: string;
      id: string;
      sha256: string;
      size: number;
    };
    ExportAcceptedView: {
      id: string;
      /** @enum {string} */
      status: 'FAILED' | 'PENDING' | 'RUNNING' | 'DONE';
    };
    ExportView: {
      error: string | null;
      fileCount: number | null;
      /** Format: date-time */
      finishedAt: string | null;
      id: string;
      /** @enum {string} */
      kind: 'E_DISCOVERY' | 'PUBLIC_RELEASE';
      progress: number;
      /** Format: date-time */
      requestedAt: string;
      requestedBy: string;
      scope: Record<string, never>;
      sha256: string | null;
      size: number | null;
      /** Format: date-time */
      startedAt: string | null;
      /** @enum {string} */
      status: 'FAILED' | 'PENDING' | 'RUNNING' | 'DONE';
    };
    ExtraRedactionDto: {
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
    FilterReviewView: {
      extraRedactions: number;
      id: string;
      kept: number;
      preview: components['schemas']['FilteredTextView'];
      /**
       * Format: date-time
       * @description When the reviewer confirmed reading every field in full.
       */
      readAllFieldsConfirmedAt: string;
      redacted: number;
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
    IdentityMatchDto: {
      detail: string;
      /** @enum {string} */
      type:
        | 'OTHER'
        | 'NAME'
        | 'DATE_OF_BIRTH'
        | 'PHOTO'
        | 'LOCATION'
        | 'EMPLOYER'
        | 'SCHOOL'
        | 'EMAIL'
        | 'PROVIDED_HANDLE';
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
    ItemResult: {
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
      searcherId: string;
      searchTerms: string[];
      vettingId: string;
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
      searchedAt: string;
      searchTerms: string[];
    };
    LegalHoldView: {
      active: boolean;
      candidateId: string | null;
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      id: string;
      processId: string;
      reason: string;
      reference: string;
      /** Format: date-time */
      releasedAt: string | null;
      releasedBy: string | null;
      releaseReason: string | null;
      subjectId: string;
      /** @enum {string} */
      subjectType: 'PROCESS' | 'CANDIDATE';
    };
    LoginDto: {
      email: string;
      /** Format: password */
      password: string;
    };
    LoginResponse: {
      accessToken: string;
      /** @description Seconds until the token expires. */
      expiresIn: number;
      user: components['schemas']['SignedInUser'];
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
    PanelValidationDto: {
      identityMatches: number;
      status: string;
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
      id: string;
      independenceRelaxedReason: string | null;
      minIdentityMatches: number;
      requireIndependentValidation: boolean;
      searchWindowYears: number;
      status: string;
      title: string;
    };
    PutChecklistDto: {
      items: components['schemas']['ChecklistItemDto'][];
    };
    RawFindingView: {
      authorId: string;
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
      validations: components['schemas']['ValidationView'][];
      vettingId: string;
    };
    RecordsRequestView: {
      candidateId: string | null;
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      description: string;
      id: string;
      processId: string;
      /** Format: date-time */
      receivedAt: string;
      requester: string;
      scope: Record<string, never>;
      /** @enum {string} */
      status: 'DENIED' | 'OPEN' | 'CLOSED' | 'FULFILLED';
      /** Format: date-time */
      statusChangedAt: string | null;
      statusChangedBy: string | null;
      statusNote: string | null;
    };
    ReleaseLegalHoldDto: {
      reason: string;
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
      /** @description The finding (excerpt, URL) or the evidence file. */
      subjectId: string;
      /** @enum {string} */
      subjectType: 'FINDING_EXCERPT' | 'FINDING_URL' | 'EVIDENCE_FILE';
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
      rulesVersion: string | null;
      /** @enum {string} */
      status: 'PENDING' | 'DONE';
      textVersion: number;
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
      email: string;
      /** Format: uuid */
      id: string;
      name: string;
      roles: components['schemas']['Role'][];
    };
    SignedInUser: {
      email: string;
      id: string;
      name: string;
      roles: ('ADMIN' | 'SEARCHER' | 'PANEL' | 'AUDITOR' | 'RECORDS_CUSTODIAN')[];
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
    UpdateRecordsRequestDto: {
      note?: string;
      /** @enum {string} */
      status: 'OPEN' | 'FULFILLED' | 'DENIED' | 'CLOSED';
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
      name: string;
      roles: ('ADMIN' | 'SEARCHER' | 'PANEL' | 'AUDITOR' | 'RECORDS_CUSTODIAN')[];
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
    };
    VettingCountsView: {
      ASSIGNED: number;
      IN_PROGRESS: number;
      NOT_ASSIGNED: number;
      RELEASED: number;
      SUBMITTED: number;
    };
    VettingDetailView: {
      /** @enum {string} */
      view: 'RAW' | 'METADATA';
    };
    VettingSummaryView: Record<string, never>;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: AUDITOR */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
          'application/json': components['schemas']['AuditVerification'][];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: AUDITOR */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: AUDITOR */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request used a bearer token, not the session cookie */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Invalid email or password, or account deactivated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many sign-in attempts from this address */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /**
       * @description CSRF check failed (header missing)
       *
       *     Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request used a bearer token, not the session cookie */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request used a bearer token, not the session cookie */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such evidence, or not a searcher of its process */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The file was purged under the retention schedule */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
          'application/json': components['schemas']['EvidenceView'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: ADMIN, SEARCHER, AUDITOR, RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description Some rows are invalid; every problem is listed by row and nothing was imported */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateImportRefusal'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such process */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The process is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: PANEL */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UniformityController_get: {
    parameters: {
      query?: {
        /** @description csv returns the candidate rows only */
        format?: 'json' | 'csv';
      };
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
          'application/json': Record<string, never>;
          'text/csv': Record<string, never>;
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: AUDITOR */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: ADMIN, AUDITOR, RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: RECORDS_CUSTODIAN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER, ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: PANEL */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: ADMIN, AUDITOR */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
      };
      /** @description Requires one of: SEARCHER, ADMIN, AUDITOR */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER, ADMIN, AUDITOR */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  VettingsController_logItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
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
          'application/json': components['schemas']['ItemResult'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER, ADMIN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Requires one of: SEARCHER */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
        content?: never;
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
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
}
