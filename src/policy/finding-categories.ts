/** The closed list of job-relevant finding categories (DOMAIN.md), drawn from the order's conduct rules. */
export const FINDING_CATEGORIES = [
  'THREATS_VIOLENCE',
  'BIAS_HARASSMENT',
  'SEXUALLY_EXPLICIT',
  'ILLEGAL_ACTIVITY',
  'RECKLESS_CONDUCT',
  'GANG_PARTICIPATION',
  'CONFIDENTIAL_DISCLOSURE',
  'DISHONESTY',
  /** Needs a written categoryJustification. */
  'OTHER',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export const IDENTITY_MATCH_TYPES = [
  'NAME',
  'DATE_OF_BIRTH',
  'PHOTO',
  'LOCATION',
  'EMPLOYER',
  'SCHOOL',
  'EMAIL',
  'PROVIDED_HANDLE',
  'OTHER',
] as const;
export type IdentityMatchType = (typeof IDENTITY_MATCH_TYPES)[number];

export const ITEM_OUTCOMES = ['FINDINGS', 'NO_FINDINGS', 'NOT_APPLICABLE', 'UNABLE'] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];

export const VALIDATION_STATUSES = ['VERIFIED', 'REFUTED', 'INCONCLUSIVE'] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number];

/**
 * Identity evidence that counts toward validation: distinct match types, where NAME alone never
 * counts (a name is shared by many people). Returns the distinct types that count.
 */
export function countingIdentityTypes(types: IdentityMatchType[]): IdentityMatchType[] {
  const distinct = [...new Set(types)];
  return distinct.length === 1 && distinct[0] === 'NAME' ? [] : distinct;
}
