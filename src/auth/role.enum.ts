export enum Role {
  ADMIN = 'ADMIN',
  SEARCHER = 'SEARCHER',
  PANEL = 'PANEL',
  AUDITOR = 'AUDITOR',
  RECORDS_CUSTODIAN = 'RECORDS_CUSTODIAN',
}

export const ALL_ROLES = Object.values(Role);
