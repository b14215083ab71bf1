import { Injectable } from '@nestjs/common';
import { PlanVersion, PlanVersionsService, ReviewTask, ReviewWorkflow } from '@tracker/pdca';
import { DataSource } from 'typeorm';
import type { People } from './users.seed';

/**
 * The review inbox: version 2 of the Basic Plan, opened by the approved amendment (Act seed), is
 * proposed by the Headquarters and waits in the Cabinet Office reviewers' inbox. The task is opened here as the worker would
 * open it from the proposal's outbox event (which then finds it already open).
 */
@Injectable()
export class ReviewSeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: PlanVersionsService,
    private readonly workflow: ReviewWorkflow,
  ) {}

  async run(people: People): Promise<void> {
    const planTasks = await this.dataSource
      .getRepository(ReviewTask)
      .countBy({ subjectType: 'plan_version' });
    if (planTasks) return;
    const draft = await this.dataSource
      .getRepository(PlanVersion)
      .findOne({ where: { status: 'draft' }, order: { number: 'DESC' } });
    if (!draft?.basedOnId) return;
    const coordinator = people.get('coordinator@demo.example')!;
    await this.versions.propose(
      draft.id,
      { hqProposalDate: '2026-06-12', hqProposalReference: '第5回人工知能戦略本部（改定案）' },
      coordinator,
    );
    await this.workflow.open({
      subjectType: 'plan_version',
      subjectId: draft.id,
      kind: 'approval',
      submittedById: coordinator.userId,
    });
  }
}
