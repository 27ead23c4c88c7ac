/**
 * RFC 8176 authentication method references, by kind of factor. An ID token shows a second
 * factor when its `amr` says `mfa` (or `mca`), or names methods of two different kinds.
 */
const FACTOR_KIND: Record<string, 'knowledge' | 'possession' | 'inherence'> = {
  pwd: 'knowledge',
  pin: 'knowledge',
  kba: 'knowledge',
  otp: 'possession',
  hwk: 'possession',
  swk: 'possession',
  sms: 'possession',
  tel: 'possession',
  sc: 'possession',
  pop: 'possession',
  fpt: 'inherence',
  face: 'inherence',
  iris: 'inherence',
  retina: 'inherence',
  vbm: 'inherence',
  user: 'inherence',
};

export function amrShowsSecondFactor(amr: unknown): boolean {
  if (!Array.isArray(amr)) return false;
  const values = amr.filter((v): v is string => typeof v === 'string');
  if (values.includes('mfa') || values.includes('mca')) return true;
  const kinds = new Set(values.map((v) => FACTOR_KIND[v]).filter((k) => k !== undefined));
  return kinds.size >= 2;
}
