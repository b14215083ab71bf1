import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '@tracker/audit';
import type { MeasureStatus } from '@tracker/contracts';
import { In } from 'typeorm';
import {
  PLAN_DRAFT_PARTICIPANTS,
  type PlanDraftOpened,
  type PlanDraftParticipant,
} from '../plan/plan-draft-participants';
import { PlanKpi } from '../plan/plan-kpi.entity';
import { MeasureKpi } from './measure-kpi.entity';
import { linkObjectives } from './measure-links';
import { MeasureObjective } from './measure-objective.entity';

/** Measures that have not ended go on into the next plan; ended ones stay with the plan they served. */
const CARRIED: readonly MeasureStatus[] = ['planned', 'in_progress', 'suspended'];

function byMeasure(links: { measureId: string; objectiveId: string }[]) {
  const grouped = new Map<string, string[]>();
  for (const l of links)
    grouped.set(l.measureId, [...(grouped.get(l.measureId) ?? []), l.objectiveId]);
  return grouped;
}

/**
 * Keeps measures with the plan (ADR 0010): a measure is one record that belongs to every plan
 * version whose objectives it serves. Opening a draft links each open measure to the draft's
 * copies of its objectives; its milestones, KPIs and reports stay where they are, reachable from
 * either version. Deleting a draft releases those links.
 */
@Injectable()
export class MeasuresPlanParticipant implements PlanDraftParticipant, OnModuleInit {
  constructor(
    @Inject(PLAN_DRAFT_PARTICIPANTS) private readonly participants: PlanDraftParticipant[],
  ) {}

  onModuleInit() {
    this.participants.push(this);
  }

  async draftOpened(tx: Tx, { sourceId, draftId, objectiveIds }: PlanDraftOpened) {
    const links: { measureId: string; objectiveId: string }[] = await tx.em.query(
      `SELECT mo.measure_id AS "measureId", mo.objective_id AS "objectiveId"
         FROM measure_objective mo JOIN measure m ON m.id = mo.measure_id
        WHERE mo.plan_version_id = $1 AND m.status = ANY($2::text[])
        ORDER BY m.code, mo.objective_id`,
      [sourceId, CARRIED],
    );
    for (const [measureId, objectives] of byMeasure(links)) {
      const copies = objectives.map((id) => objectiveIds.get(id)!);
      await linkObjectives(tx, measureId, draftId, copies, 'carry_forward');
    }
  }

  async draftRemoved(tx: Tx, draftId: string) {
    const links = await tx.em.find(MeasureObjective, { where: { planVersionId: draftId } });
    for (const measureId of byMeasure(links).keys()) {
      await linkObjectives(tx, measureId, draftId, [], 'release');
    }
    const draftKpis = await tx.em.find(PlanKpi, { where: { planVersionId: draftId } });
    if (!draftKpis.length) return;
    const moving = await tx.em.find(MeasureKpi, {
      where: { planKpiId: In(draftKpis.map((k) => k.id)) },
    });
    for (const kpi of moving) {
      tx.track(kpi);
      kpi.planKpiId = null;
      kpi.planKpiLineageId = null;
      await tx.save(kpi, 'release');
    }
  }
}
