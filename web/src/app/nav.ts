import type { Role } from '@/features/auth/api/session';

export interface NavSection {
  role: Role;
  label: string;
  links: { to: string; label: string }[];
}

/**
 * The navigation, one section per role. Roles only decide what shows; the server enforces
 * every rule.
 */
export const navSections: NavSection[] = [
  {
    role: 'ADMIN',
    label: 'Administrator',
    links: [
      { to: '/admin/users', label: 'Users' },
      { to: '/admin/designations', label: 'Designations' },
      { to: '/admin/processes', label: 'Hiring processes' },
    ],
  },
  {
    role: 'SEARCHER',
    label: 'Searcher',
    links: [{ to: '/work', label: 'My work' }],
  },
  {
    role: 'PANEL',
    label: 'Hiring panel',
    links: [{ to: '/panel/processes', label: 'My processes' }],
  },
  {
    role: 'AUDITOR',
    label: 'Auditor',
    links: [
      { to: '/audit/uniformity', label: 'Uniformity' },
      { to: '/audit/log', label: 'Audit log' },
      { to: '/audit/verification', label: 'Chain verification' },
    ],
  },
  {
    role: 'RECORDS_CUSTODIAN',
    label: 'Records',
    links: [
      { to: '/records/requests', label: 'Records requests' },
      { to: '/records/holds', label: 'Legal holds' },
      { to: '/records/exports', label: 'Exports' },
      { to: '/records/retention', label: 'Retention preview' },
    ],
  },
];

/** Where each role starts after sign-in (the first section the user has). */
export function homePath(roles: Role[]): string {
  const first = navSections.find((s) => roles.includes(s.role));
  return first?.links[0]?.to ?? '/welcome';
}
