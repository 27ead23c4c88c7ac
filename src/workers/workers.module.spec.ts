import { validateConfig } from '../config/app-config';
import { WorkersModule } from './workers.module';

describe('WorkersModule: the one place background work is switched on', () => {
  it('brings every processor, schedule and the outbox relay only where the role runs workers', () => {
    const api = WorkersModule.register(validateConfig({ APP_ROLE: 'api' }));
    expect(api.providers ?? []).toEqual([]);
    expect(api.imports ?? []).toEqual([]);
    for (const role of ['worker', 'all']) {
      const names = (
        WorkersModule.register(validateConfig({ APP_ROLE: role })).providers ?? []
      ).map((p) => (p as { name: string }).name);
      expect(names).toEqual(
        expect.arrayContaining([
          'AuditVerifyProcessor',
          'AuditVerifyScheduler',
          'AuditSequencerLoop',
          'ScreeningProcessor',
          'OutboxRelay',
          'ReportsProcessor',
          'RecordsProcessor',
          'RecordsScheduler',
          'CaptureProcessor',
        ]),
      );
    }
  });
});
