import { Injectable, Logger } from '@nestjs/common';
import { ActSeed } from './act.seed';
import { CheckSeed } from './check.seed';
import { DoSeed } from './do.seed';
import { PlanSeed } from './plan.seed';
import { ReviewSeed } from './review.seed';
import { UsersSeed } from './users.seed';

/**
 * Loads the demo data, section by section. Each section checks whether its data is already
 * there, so running the seed twice changes nothing.
 */
@Injectable()
export class Seeder {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly users: UsersSeed,
    private readonly plan: PlanSeed,
    private readonly measures: DoSeed,
    private readonly check: CheckSeed,
    private readonly act: ActSeed,
    private readonly review: ReviewSeed,
  ) {}

  async run(): Promise<void> {
    const people = await this.users.run();
    this.logger.log(`users: ${people.size}`);
    await this.plan.run(people);
    this.logger.log('plan: done');
    this.logger.log(`measures: ${await this.measures.run(people)}`);
    await this.check.run(people);
    this.logger.log('check: done');
    // After the measures, so that the approved amendment carries them into the plan's draft.
    await this.act.run(people);
    this.logger.log('act: done');
    await this.plan.reviseDraft(people);
    this.logger.log('plan version 2: drafted');
    await this.review.run(people);
    this.logger.log('review: done');
  }
}
