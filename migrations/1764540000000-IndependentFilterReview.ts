import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A second pair of eyes on the protected-class filter: by default the filter review of a finding
 * must be done by a designated searcher other than its author, as validation already is. A
 * process may relax it with a recorded reason (the CHECK keeps the reason with the relaxation).
 * Each review records whether its reviewer was the finding's author, so the uniformity report
 * can count self-reviews; reviews made before this rule are marked from their author.
 */
export class IndependentFilterReview1764540000000 implements MigrationInterface {
  name = 'IndependentFilterReview1764540000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE hiring_processes
        ADD COLUMN require_independent_filter_review boolean NOT NULL DEFAULT true,
        ADD COLUMN filter_review_relaxed_reason text,
        ADD CONSTRAINT hiring_processes_filter_review_relaxed_reason
          CHECK (require_independent_filter_review OR filter_review_relaxed_reason IS NOT NULL)`);
    await q.query(
      `ALTER TABLE filter_reviews ADD COLUMN self_reviewed boolean NOT NULL DEFAULT false`,
    );
    await q.query(`
      UPDATE filter_reviews fr SET self_reviewed = true
        FROM findings f WHERE f.id = fr.finding_id AND f.author_id = fr.reviewer_id`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE filter_reviews DROP COLUMN self_reviewed`);
    await q.query(`
      ALTER TABLE hiring_processes
        DROP CONSTRAINT hiring_processes_filter_review_relaxed_reason,
        DROP COLUMN filter_review_relaxed_reason,
        DROP COLUMN require_independent_filter_review`);
  }
}
