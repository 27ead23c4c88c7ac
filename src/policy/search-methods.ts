/**
 * How a search or finding was made: the one list in the code, each entry with its legal basis.
 * Policy IV.B.8: search methods must be lawful. Wisconsin's personal internet account law
 * (2013 Act 208, Wis. Stat. 995.55) applies to local government employers.
 */
export const ALLOWED_METHODS = {
  PUBLIC_SEARCH_ENGINE:
    'Public search engine query: public content reachable without access information.',
  PUBLIC_PROFILE_LOGGED_OUT:
    'Viewing a public profile or post while logged out: public, no access information used.',
  PUBLIC_RECORDS_PORTAL:
    'Public records portal (e.g. Wisconsin Circuit Court Access): public records.',
  NEWS_ARCHIVE: 'News archive: published material.',
  CANDIDATE_VOLUNTEERED:
    'Content the candidate volunteered, unprompted and without being asked for access.',
} as const;

export const PROHIBITED_METHODS = {
  REQUEST_CREDENTIALS:
    'Wis. Stat. 995.55(2)(a)1: an employer may not request or require an applicant to disclose access information (username, password or other security information) for a personal internet account.',
  CANDIDATE_SHOWS_ACCOUNT:
    'Wis. Stat. 995.55(2)(a)1: an employer may not request or require an applicant to grant access to, or allow observation of, a personal internet account.',
  FRIEND_OR_FOLLOW_REQUEST:
    'Department method list (general order 1.11.1, IV.B.8): friend, follow or connection requests to reach non-public content are pretexting; reaching such content is access Wis. Stat. 995.55 protects.',
  PRETEXT_ACCOUNT:
    'Department method list (general order 1.11.1, IV.B.8): fake or pretext accounts are forbidden; content reached through them is not public content under Wis. Stat. 995.55.',
  THIRD_PARTY_ACCOUNT:
    "Wis. Stat. 995.55: using another person's account or access information reaches content behind access information, which the law protects; credentials obtained by accident must not be used.",
  CONTENT_BEHIND_LOGIN:
    'Wis. Stat. 995.55: only content that is public and reachable without access information may be viewed; content behind a login or privacy setting is protected.',
} as const;

export type AllowedMethod = keyof typeof ALLOWED_METHODS;
export type ProhibitedMethod = keyof typeof PROHIBITED_METHODS;
export type SearchMethod = AllowedMethod | ProhibitedMethod;

export const SEARCH_METHODS = [
  ...Object.keys(ALLOWED_METHODS),
  ...Object.keys(PROHIBITED_METHODS),
] as SearchMethod[];

export function isProhibited(method: SearchMethod): method is ProhibitedMethod {
  return method in PROHIBITED_METHODS;
}

/**
 * Methods that claim the content was public, reachable without an account. A server capture
 * that found a login wall contradicts them (src/findings/findings.service.ts).
 */
export const PUBLIC_METHODS: readonly AllowedMethod[] = [
  'PUBLIC_SEARCH_ENGINE',
  'PUBLIC_PROFILE_LOGGED_OUT',
  'PUBLIC_RECORDS_PORTAL',
  'NEWS_ARCHIVE',
];

export function isPublicMethod(method: SearchMethod): boolean {
  return (PUBLIC_METHODS as readonly string[]).includes(method);
}
