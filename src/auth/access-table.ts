import { Role } from './role.enum';

const { ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN } = Role;
const EVERYONE = [ADMIN, SEARCHER, PANEL, AUDITOR, RECORDS_CUSTODIAN];

/**
 * Who may call what: the policy, as code. Every registered route must appear here with the
 * same roles its @Roles decorator declares (a test checks both directions), so a change to
 * who-can-do-what is always a visible diff of this file.
 *
 * Role is only the first gate. Object-level rules (only the assigned searcher, only the
 * panel of that process, only an active designation) are enforced by AccessService.
 */
export const ACCESS_TABLE: Record<string, 'PUBLIC' | readonly Role[]> = {
  // Operations and sign-in
  'GET /health/live': 'PUBLIC',
  'GET /health/ready': 'PUBLIC',
  'POST /api/auth/login': 'PUBLIC',
  'GET /api/auth/me': EVERYONE,
  // One's own password; with a temporary password only this and `me` are open (the guard)
  'POST /api/auth/password': EVERYONE,
  // Browser sessions (HttpOnly cookie; cookie writes need X-Requested-With: cybervet)
  'POST /api/auth/session': 'PUBLIC',
  'GET /api/auth/session': EVERYONE,
  'POST /api/auth/session/keepalive': EVERYONE,
  'DELETE /api/auth/session': EVERYONE,
  // Single sign-on (OpenID Connect): what the sign-in page offers, the redirect and the callback
  // are public; the callback opens the same cookie session. Roles never come from the provider.
  'GET /api/auth/sign-in-options': 'PUBLIC',
  'GET /api/auth/oidc/start': 'PUBLIC',
  'GET /api/auth/oidc/callback': 'PUBLIC',
  'POST /api/auth/oidc/sign-out': EVERYONE,
  // One's own second factor (TOTP); open before enrolment, which MFA_REQUIRED_ROLES demand first
  'GET /api/auth/mfa': EVERYONE,
  'POST /api/auth/mfa/totp': EVERYONE,
  'POST /api/auth/mfa/totp/confirm': EVERYONE,

  // Accounts
  'POST /api/users': [ADMIN],
  'GET /api/users': [ADMIN],
  'GET /api/users/directory': [ADMIN, AUDITOR],
  'GET /api/users/:id': [ADMIN],
  'PATCH /api/users/:id': [ADMIN],
  // Lockouts are told to the owner by an admin, never by sign-in (which answers alike)
  'GET /api/users/locked': [ADMIN],
  'POST /api/users/:id/unlock': [ADMIN],
  'POST /api/users/:id/temporary-password': [ADMIN],
  // A lost authenticator: the admin resets it (audited; never one's own); SSO identity links
  'DELETE /api/users/:id/mfa': [ADMIN],
  'PUT /api/users/:id/sso-identity': [ADMIN],
  'DELETE /api/users/:id/sso-identity': [ADMIN],

  // Searcher designation (sensitive position, policy IV.B.7)
  'POST /api/users/:id/designation': [ADMIN],
  'DELETE /api/users/:id/designation': [ADMIN],
  'GET /api/designations': [ADMIN],

  // Hiring processes, checklists, candidates, panel and searcher pool
  'POST /api/processes': [ADMIN],
  'GET /api/processes': EVERYONE,
  'GET /api/processes/summaries': [ADMIN, AUDITOR, RECORDS_CUSTODIAN],
  'GET /api/processes/:id': EVERYONE,
  'PATCH /api/processes/:id': [ADMIN],
  'GET /api/processes/:id/participants': [ADMIN],
  'PUT /api/processes/:id/checklist': [ADMIN],
  'POST /api/processes/:id/candidates': [ADMIN],
  'POST /api/processes/:id/candidates/import': [ADMIN],
  'POST /api/processes/:id/panel': [ADMIN],
  'DELETE /api/processes/:id/panel/:userId': [ADMIN],
  'POST /api/processes/:id/searchers': [ADMIN],

  // Vettings: assignment, the search log, submission; raw reads only for the assigned searcher
  'GET /api/vettings': [SEARCHER, ADMIN, AUDITOR],
  'GET /api/vettings/:id': [SEARCHER, ADMIN, AUDITOR],
  'POST /api/vettings/:id/assignment': [ADMIN],
  'PUT /api/vettings/:id/items/:itemKey': [SEARCHER],
  'POST /api/vettings/:id/submit': [SEARCHER],
  // A searcher's to-do list: assigned vettings, validations and filter reviews waiting
  'GET /api/me/work': [SEARCHER],
  'GET /api/screening/rescan-notices': [SEARCHER],

  // Findings, evidence and validation: designated searchers of the process only
  'POST /api/vettings/:id/findings': [SEARCHER],
  'GET /api/findings/:id': [SEARCHER],
  'POST /api/findings/:id/evidence': [SEARCHER],
  // Server captures: the assigned searcher asks; designated searchers of the process read
  'POST /api/findings/:id/captures': [SEARCHER],
  'GET /api/findings/:id/captures': [SEARCHER],
  'GET /api/evidence/:id': [SEARCHER],
  'POST /api/findings/:id/validations': [SEARCHER],

  // Auditor's uniformity report (issue: the auditor's view)
  'GET /api/processes/:id/uniformity': [AUDITOR],

  // Records: closing, retention, legal holds, records requests, exports (issue: records)
  'POST /api/processes/:id/close': [ADMIN],
  'PATCH /api/candidates/:id': [ADMIN],
  'GET /api/records/retention/preview': [RECORDS_CUSTODIAN],
  'GET /api/records/processes/:id/candidates': [RECORDS_CUSTODIAN],
  'POST /api/legal-holds': [RECORDS_CUSTODIAN],
  'GET /api/legal-holds': [RECORDS_CUSTODIAN],
  'DELETE /api/legal-holds/:id': [RECORDS_CUSTODIAN],
  'POST /api/records-requests': [RECORDS_CUSTODIAN],
  'GET /api/records-requests': [RECORDS_CUSTODIAN],
  'PATCH /api/records-requests/:id': [RECORDS_CUSTODIAN],
  'POST /api/exports': [RECORDS_CUSTODIAN],
  'GET /api/exports': [RECORDS_CUSTODIAN],
  'GET /api/exports/signing-key': [RECORDS_CUSTODIAN, AUDITOR, ADMIN],
  'GET /api/exports/:id': [RECORDS_CUSTODIAN],
  'GET /api/exports/:id/download': [RECORDS_CUSTODIAN],

  // Screening, filter review, release and the panel's reports (issue: protected-class filtering)
  'GET /api/findings/:id/screening': [SEARCHER],
  'POST /api/findings/:id/filter-review': [SEARCHER],
  'PATCH /api/findings/:id': [SEARCHER],
  'POST /api/findings/:id/candidate-response': [ADMIN],
  'POST /api/vettings/:id/release': [SEARCHER, ADMIN],
  'GET /api/report-releases/:id': [SEARCHER, ADMIN],
  // The panel's only window: released, filtered reports of its own processes
  'GET /api/processes/:id/reports': [PANEL],
  'GET /api/reports/:id': [PANEL],
  'GET /api/reports/:id/pdf': [PANEL],

  // The policy's closed lists, for the forms of the web application
  'GET /api/policy/methods': EVERYONE,
  'GET /api/policy/categories': [ADMIN, SEARCHER, AUDITOR, RECORDS_CUSTODIAN],

  // Audit log
  'GET /api/audit': [AUDITOR],
  'GET /api/audit/verify': [AUDITOR],
  'POST /api/audit/verify': [AUDITOR],
  'GET /api/audit/verifications': [AUDITOR],
  'GET /api/audit/anchors': [AUDITOR],
};
