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

  // Accounts
  'POST /api/users': [ADMIN],
  'GET /api/users': [ADMIN],
  'GET /api/users/:id': [ADMIN],
  'PATCH /api/users/:id': [ADMIN],

  // Audit log
  'GET /api/audit/verify': [AUDITOR],
  'GET /api/audit/verifications': [AUDITOR],
};
