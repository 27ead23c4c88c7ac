/**
 * Protected classes the screening filter must catch before a finding reaches the hiring
 * panel (see DOMAIN.md, "Protected classes"). Federal classes first, then the ones that
 * Wisconsin's Fair Employment Act (Wis. Stat. 111.321) adds.
 *
 * Boundaries the rules and the labelled corpus agree on, where two classes overlap:
 * - RELIGION is affiliation with or practice of an organised religion; CREED is a sincerely
 *   held belief system, including non-belief and moral convictions ("atheist", "my faith").
 * - RACE includes Hispanic/Latino (the EEO-1 race/ethnicity category); ANCESTRY is family
 *   descent ("my Irish grandparents"); NATIONAL_ORIGIN is the candidate's own country of
 *   birth or origin ("born in Somalia", "as an immigrant").
 * - MILITARY_SERVICE is serving or having served (enlisted, deployed, Guard, Reserve);
 *   VETERAN_STATUS is the status after service (veteran, discharged, GI Bill, the VA).
 * - MARITAL_STATUS includes partner words ("my boyfriend"). Sexual orientation cannot be
 *   inferred from them because the speaker's sex is unknown, so only explicit
 *   orientation words count as SEXUAL_ORIENTATION.
 * - DISABILITY covers medical and mental-health conditions and recovery from addiction;
 *   a relative's condition is family medical history, i.e. GENETIC_INFORMATION (GINA).
 * - LAWFUL_PRODUCT_USE covers off-duty alcohol, tobacco and lawful prescriptions.
 * - POLITICAL_AFFILIATION is party membership, campaign work, partisan rallies and slogans: a
 *   public employer may not hire on it (Rutan v. Republican Party of Illinois, 497 U.S. 62
 *   (1990)). Declining an employer's political meeting stays DECLINED_MEETINGS.
 */
export const PROTECTED_CLASSES = [
  // Federal
  'RACE',
  'COLOR',
  'RELIGION',
  'SEX',
  'PREGNANCY',
  'SEXUAL_ORIENTATION',
  'GENDER_IDENTITY',
  'NATIONAL_ORIGIN',
  'AGE',
  'DISABILITY',
  'GENETIC_INFORMATION',
  'VETERAN_STATUS',
  'CITIZENSHIP',
  // Wisconsin
  'CREED',
  'ANCESTRY',
  'MARITAL_STATUS',
  'ARREST_RECORD',
  'CONVICTION_RECORD',
  'MILITARY_SERVICE',
  'LAWFUL_PRODUCT_USE',
  'DECLINED_MEETINGS',
  // Public employers (First Amendment)
  'POLITICAL_AFFILIATION',
] as const;

export type ProtectedClass = (typeof PROTECTED_CLASSES)[number];

const CLASS_SET: ReadonlySet<string> = new Set(PROTECTED_CLASSES);

export function isProtectedClass(value: string): value is ProtectedClass {
  return CLASS_SET.has(value);
}
