import { EntityManager } from 'typeorm';
import { Designation } from './designation.entity';
import { DesignationListItem } from './designations.dto';
import { designationView } from './designations.service';

interface Row {
  id: string;
  user_id: string;
  designated_by: string;
  designated_at: Date;
  acknowledged_at: Date;
  training_completed_on: string;
  expires_on: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  user_name: string;
  user_email: string;
  designated_by_name: string;
  revoked_by_name: string | null;
  days_until_expiry: number;
}

/**
 * Every designation ever granted (renewals keep the superseded row), newest first; with
 * `expiringWithinDays`, only those in force that expire within that many days, soonest first.
 */
export async function listDesignations(
  m: EntityManager,
  expiringWithinDays?: number,
): Promise<DesignationListItem[]> {
  const expiring = expiringWithinDays !== undefined;
  const rows = await m.query<Row[]>(
    `SELECT d.id, d.user_id, d.designated_by, d.designated_at, d.acknowledged_at,
            to_char(d.training_completed_on, 'YYYY-MM-DD') AS training_completed_on,
            to_char(d.expires_on, 'YYYY-MM-DD') AS expires_on,
            d.revoked_at, d.revoked_by, d.revoke_reason,
            u.name AS user_name, u.email AS user_email,
            g.name AS designated_by_name, r.name AS revoked_by_name,
            (d.expires_on - current_date)::int AS days_until_expiry
       FROM searcher_designations d
       JOIN users u ON u.id = d.user_id
       JOIN users g ON g.id = d.designated_by
       LEFT JOIN users r ON r.id = d.revoked_by
      WHERE NOT $1::boolean
         OR (d.revoked_at IS NULL AND d.expires_on >= current_date
             AND d.expires_on <= current_date + $2::int)
      ORDER BY CASE WHEN $1::boolean THEN d.expires_on END ASC,
               d.designated_at DESC, d.id`,
    [expiring, expiringWithinDays ?? 0],
  );
  return rows.map((r) => {
    const d: Designation = {
      id: r.id,
      userId: r.user_id,
      designatedBy: r.designated_by,
      designatedAt: r.designated_at,
      acknowledgedAt: r.acknowledged_at,
      trainingCompletedOn: r.training_completed_on,
      expiresOn: r.expires_on,
      revokedAt: r.revoked_at,
      revokedBy: r.revoked_by,
      revokeReason: r.revoke_reason,
    };
    return {
      ...designationView(d),
      userName: r.user_name,
      userEmail: r.user_email,
      designatedByName: r.designated_by_name,
      revokedByName: r.revoked_by_name,
      daysUntilExpiry: r.days_until_expiry,
    };
  });
}
