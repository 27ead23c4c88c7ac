import { INestApplicationContext } from '@nestjs/common';
import { AuditVerificationService } from '../audit/audit-verification.service';
import { Caller } from '../auth/current-user.decorator';
import { requestContext } from '../common/request-context';
import { PanelReportsService } from '../reports/panel-reports.service';

/**
 * The oversight pages' demo data: the panel member reads the released report (the list, the
 * report, then its PDF), so "who viewed this report" has entries; and the auditor has run a
 * verification, so the history shows a manual run beside the nightly ones to come. The demo
 * process itself already shows deviations (candidates not yet submitted once one is released).
 */
export async function seedOversightDemo(
  app: INestApplicationContext,
  who: { panel: Caller; auditor: Caller },
  processId: string,
): Promise<void> {
  const as = <T>(c: Caller, fn: () => Promise<T>) =>
    requestContext.run({ actorId: c.id, actorRoles: c.roles, requestId: 'seed-demo' }, fn);
  const reports = app.get(PanelReportsService);
  const listed = await as(who.panel, () => reports.list(who.panel, processId));
  for (const r of listed) {
    await as(who.panel, () => reports.get(who.panel, r.id));
    await as(who.panel, () => reports.get(who.panel, r.id, 'pdf'));
  }
  await as(who.auditor, () => app.get(AuditVerificationService).verifyNow());
}
