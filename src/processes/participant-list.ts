import { ApiProperty } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';

/** A seat on the hiring panel, current or past (removal keeps the row). */
export class PanelSeatView {
  @ApiProperty({ type: String, format: 'uuid' })
  userId!: string;
  @ApiProperty({ type: String })
  name!: string;
  @ApiProperty({ type: String })
  email!: string;
  @ApiProperty({ type: Date })
  addedAt!: Date;
  @ApiProperty({ type: String })
  addedByName!: string;
  @ApiProperty({ type: Date, nullable: true })
  removedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true })
  removedByName!: string | null;
  @ApiProperty({ type: Boolean, description: 'The seat is current (not removed)' })
  current!: boolean;
}

/** Searcher work recorded in the process: the pool, assignments, validation, filter review. */
export class SearcherRecordView {
  @ApiProperty({ type: String, format: 'uuid' })
  userId!: string;
  @ApiProperty({ type: String })
  name!: string;
  @ApiProperty({ type: String })
  email!: string;
  @ApiProperty({ enum: ['POOL', 'ASSIGNED', 'VALIDATOR', 'FILTER_REVIEWER'] })
  duty!: string;
  @ApiProperty({ type: Date, description: 'When this duty was first recorded' })
  since!: Date;
}

export class ProcessParticipantsView {
  @ApiProperty({ type: String, format: 'uuid' })
  processId!: string;
  @ApiProperty({ type: () => [PanelSeatView], description: 'Current seats first, then past ones' })
  panel!: PanelSeatView[];
  @ApiProperty({ type: () => [SearcherRecordView] })
  searchers!: SearcherRecordView[];
}

/** Who sits or sat on the panel and who did searcher work in the process, with names. */
export async function listParticipants(
  m: EntityManager,
  processId: string,
): Promise<ProcessParticipantsView> {
  const seats = await m.query<(Omit<PanelSeatView, 'current'> & { removedAt: Date | null })[]>(
    `SELECT pm.user_id AS "userId", u.name, u.email, pm.added_at AS "addedAt",
            a.name AS "addedByName", pm.removed_at AS "removedAt", r.name AS "removedByName"
       FROM panel_members pm
       JOIN users u ON u.id = pm.user_id
       JOIN users a ON a.id = pm.added_by
       LEFT JOIN users r ON r.id = pm.removed_by
      WHERE pm.process_id = $1
      ORDER BY (pm.removed_at IS NULL) DESC, pm.added_at DESC, pm.id`,
    [processId],
  );
  const searchers = await m.query<SearcherRecordView[]>(
    `SELECT ps.user_id AS "userId", u.name, u.email, ps.duty, ps.first_at AS since
       FROM process_searchers ps
       JOIN users u ON u.id = ps.user_id
      WHERE ps.process_id = $1
      ORDER BY CASE ps.duty WHEN 'POOL' THEN 0 WHEN 'ASSIGNED' THEN 1
                            WHEN 'VALIDATOR' THEN 2 ELSE 3 END, u.name, ps.first_at`,
    [processId],
  );
  return {
    processId,
    panel: seats.map((s) => ({ ...s, current: s.removedAt === null })),
    searchers,
  };
}
