import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incident triage (ADR 0014): the scored severity and the priority on the incident (null until
 * the triage job scored it), and a `context` on review tasks for what the job found for the
 * reviewer (the duplicate candidates of a triage task). pg_trgm and the trigram index over
 * titles and summaries exist since CheckSearchAndReferences.
 */
export class IncidentTriage1795263000000 implements MigrationInterface {
  name = 'IncidentTriage1795263000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`ALTER TABLE incident ADD COLUMN scored_severity text`);
    await q.query(`ALTER TABLE incident ADD COLUMN priority text`);
    await q.query(`ALTER TABLE review_task ADD COLUMN context jsonb`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE review_task DROP COLUMN context`);
    await q.query(`ALTER TABLE incident DROP COLUMN priority`);
    await q.query(`ALTER TABLE incident DROP COLUMN scored_severity`);
  }
}
