import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork } from '@tracker/audit';
import {
  ConflictError,
  NotFoundError,
  ReferenceNotFoundError,
  RuleViolationError,
  systemActor,
  todayInJapan,
  type Actor,
} from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { lastCompletePeriod, parsePeriod } from '../do/reporting-period';
import { cycleEvaluationList } from './act.lists';
import { Cycle } from './cycle.entity';
import { CycleEvaluationFigures } from './cycle-evaluation.figures';
import { CycleEvaluation } from './cycle-evaluation.entity';
import type { CycleEvaluationReport } from './cycle-evaluation.report';
import { fiscalYearBounds } from './fiscal-year';

export interface EvaluationPeriod {
  cycleId: number;
  period: string;
  periodKind: CycleEvaluation['periodKind'];
  startsOn: string;
  endsOn: string;
}

/** A fiscal year (`quarter` omitted) or one of its quarters, as an evaluation period. */
export function evaluationPeriod(fiscalYear: number, quarter?: number | null): EvaluationPeriod {
  if (quarter) {
    const p = parsePeriod(`FY${fiscalYear}-Q${quarter}`)!;
    return {
      cycleId: fiscalYear,
      period: p.label,
      periodKind: 'quarter',
      startsOn: p.start,
      endsOn: p.end,
    };
  }
  const { startsOn, endsOn } = fiscalYearBounds(fiscalYear);
  return {
    cycleId: fiscalYear,
    period: `FY${fiscalYear}`,
    periodKind: 'fiscal_year',
    startsOn,
    endsOn,
  };
}

/**
 * The periods that ended by `today` (Japan) and the schedule evaluates: the quarter just ended,
 * and after the fourth quarter the fiscal year too.
 */
export function periodsJustEnded(today: string): EvaluationPeriod[] {
  const quarter = lastCompletePeriod(today);
  const periods = [evaluationPeriod(quarter.fiscalYear, quarter.quarter)];
  if (quarter.quarter === 4) periods.push(evaluationPeriod(quarter.fiscalYear));
  return periods;
}

/**
 * Evaluations of the cycle (docs/adr/0015). Asking writes the evaluation, its audit event and the
 * `cycle.evaluate` event in one transaction; the worker computes the figures once and stores
 * them, and a second delivery finds the evaluation done and leaves it as it is.
 */
@Injectable()
export class CycleEvaluationsService {
  private readonly logger = new Logger(CycleEvaluationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly figures: CycleEvaluationFigures,
  ) {}

  list(request: ListRequest): Promise<Page<CycleEvaluation>> {
    const qb = this.dataSource.getRepository(CycleEvaluation).createQueryBuilder('e');
    return fetchPage(qb, cycleEvaluationList, request);
  }

  async get(id: string): Promise<CycleEvaluation> {
    const found = await this.dataSource.getRepository(CycleEvaluation).findOneBy({ id });
    if (!found) throw new NotFoundError('cycle evaluation', id);
    return found;
  }

  /** An evaluation whose report is there to download (409 while queued or after a failure). */
  async done(id: string): Promise<CycleEvaluation & { report: CycleEvaluationReport }> {
    const evaluation = await this.get(id);
    if (evaluation.status !== 'done' || !evaluation.report) {
      throw new ConflictError(
        `The evaluation is ${evaluation.status}; its report can be downloaded once it is done`,
        'evaluation_not_done',
        { currentStatus: evaluation.status },
      );
    }
    return evaluation as CycleEvaluation & { report: CycleEvaluationReport };
  }

  /** Asks for the evaluation of a cycle's year or quarter that has begun. */
  request(
    input: { fiscalYear: number; quarter?: number | null },
    actor: Actor,
  ): Promise<CycleEvaluation> {
    const period = evaluationPeriod(input.fiscalYear, input.quarter);
    if (period.startsOn > todayInJapan()) {
      throw new RuleViolationError(
        `${period.period} has not begun; only a period that has begun can be evaluated`,
        'period_not_begun',
        input.quarter ? 'quarter' : 'fiscalYear',
      );
    }
    return this.uow.run(actor, async (tx) => {
      const cycle = await tx.em.findOneBy(Cycle, { id: input.fiscalYear });
      if (!cycle) throw new ReferenceNotFoundError('fiscalYear', 'cycle', String(input.fiscalYear));
      const evaluation = await tx.insert(
        tx.em.create(CycleEvaluation, {
          ...period,
          status: 'queued',
          requestedById: actor.userId,
          generatedAt: null,
          report: null,
          failureReason: null,
        }),
        'request',
      );
      await tx.emit('cycle.evaluate', { evaluationId: evaluation.id });
      return evaluation;
    });
  }

  /**
   * The schedule's request at the start of a quarter: the periods just ended, each once (the
   * schedule's evaluation of a period is unique), for cycles that exist. Returns the new ids.
   */
  requestScheduled(today = todayInJapan()): Promise<string[]> {
    const periods = periodsJustEnded(today);
    return this.uow.run(systemActor('scan.cycle-evaluations-due'), async (tx) => {
      const requested = await tx.insertFrom(
        CycleEvaluation,
        {
          sql: `SELECT p.cycle_id, p.period, p.period_kind, p.starts_on, p.ends_on, 'queued' AS status
                  FROM jsonb_to_recordset($1::jsonb)
                       AS p(cycle_id int, period text, period_kind text, starts_on date, ends_on date)
                  JOIN pdca_cycle c ON c.id = p.cycle_id`,
          params: [
            JSON.stringify(
              periods.map((p) => ({
                cycle_id: p.cycleId,
                period: p.period,
                period_kind: p.periodKind,
                starts_on: p.startsOn,
                ends_on: p.endsOn,
              })),
            ),
          ],
          columns: ['cycle_id', 'period', 'period_kind', 'starts_on', 'ends_on', 'status'],
        },
        {
          onConflict: 'ON CONFLICT (period) WHERE requested_by_id IS NULL DO NOTHING',
          verb: 'request',
          emit: { job: 'cycle.evaluate', payload: { evaluationId: 'id' } },
        },
      );
      return requested.map((evaluation) => evaluation.id);
    });
  }

  /** The worker: computes and stores the report of a queued evaluation, once. */
  async evaluate(id: string): Promise<'done' | 'skipped' | 'failed'> {
    const queued = await this.dataSource.getRepository(CycleEvaluation).findOneBy({ id });
    if (!queued || queued.status !== 'queued') return 'skipped';
    let report: CycleEvaluation['report'] = null;
    let failure: string | null = null;
    try {
      report = await this.figures.compute(queued);
    } catch (error) {
      // A report that cannot be computed is recorded as failed; the database being away is not.
      if (!this.dataSource.isInitialized) throw error;
      failure = (error as Error).message;
      this.logger.error(`evaluation ${id} failed: ${failure}`);
    }
    return this.uow.run(systemActor('cycle.evaluate'), async (tx) => {
      const evaluation = await tx.lock(CycleEvaluation, id);
      if (evaluation.status !== 'queued') return 'skipped';
      if (failure !== null) {
        Object.assign(evaluation, { status: 'failed', failureReason: failure.slice(0, 1000) });
        await tx.save(evaluation, 'fail');
        return 'failed';
      }
      Object.assign(evaluation, { status: 'done', report, generatedAt: new Date() });
      await tx.save(evaluation, 'generate');
      return 'done';
    });
  }
}
