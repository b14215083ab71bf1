import type { Tx } from '@tracker/audit';
import { ConflictError, ReferenceNotFoundError, RuleViolationError } from '@tracker/core';
import { In } from 'typeorm';
import { PlanObjective } from '../plan/plan-objective.entity';
import { PlanVersion } from '../plan/plan-version.entity';
import { MeasureObjective } from './measure-objective.entity';

/**
 * The objectives a request names, checked: they exist (422 on `objectiveIds`), belong to one
 * plan version, and that version is not superseded (its history is closed).
 */
export async function objectivesOfOneVersion(
  tx: Tx,
  ids: string[],
): Promise<{ planVersionId: string; objectiveIds: string[] }> {
  const found = await tx.em.find(PlanObjective, { where: { id: In(ids) } });
  const missing = ids.find((id) => !found.some((o) => o.id === id));
  if (missing) throw new ReferenceNotFoundError('objectiveIds', 'plan objective', missing);
  const versions = [...new Set(found.map((o) => o.planVersionId))];
  if (versions.length > 1) {
    throw new RuleViolationError(
      'The objectives of a measure must all belong to one plan version',
      'mixed_plan_versions',
      'objectiveIds',
    );
  }
  const version = await tx.ref(PlanVersion, versions[0], 'objectiveIds', 'share');
  if (version.status === 'superseded') {
    throw new ConflictError(
      `Plan version ${version.number} is superseded; link measures to the objectives of the current version`,
      'read_only',
      { currentStatus: version.status },
    );
  }
  return { planVersionId: version.id, objectiveIds: ids };
}

/**
 * Sets the objectives a measure serves within one plan version (its links to other versions
 * stay) and records the change in the measure's history. Says whether anything changed.
 */
export async function linkObjectives(
  tx: Tx,
  measureId: string,
  planVersionId: string,
  objectiveIds: string[],
  verb = 'link_objectives',
): Promise<boolean> {
  const current = await tx.em.find(MeasureObjective, { where: { measureId, planVersionId } });
  const before = current.map((l) => l.objectiveId).sort();
  const after = [...objectiveIds].sort();
  if (JSON.stringify(before) === JSON.stringify(after)) return false;
  await tx.em.delete(MeasureObjective, { measureId, planVersionId });
  if (after.length) {
    await tx.em.insert(
      MeasureObjective,
      after.map((objectiveId) => ({ measureId, objectiveId, planVersionId })),
    );
  }
  await tx.record({
    action: `measure.${verb}`,
    entityType: 'measure',
    entityId: measureId,
    before: before.length ? { planVersionId, objectiveIds: before } : null,
    after: after.length ? { planVersionId, objectiveIds: after } : null,
  });
  return true;
}
