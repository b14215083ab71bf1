import { Injectable, Logger } from '@nestjs/common';
import { DoSeed } from './do.seed';
import { PlanSeed } from './plan.seed';
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
  ) {}

  async run(): Promise<void> {
    const people = await this.users.run();
    this.logger.log(`users: ${people.size}`);
    await this.plan.run(people);
    this.logger.log('plan: done');
    this.logger.log(`measures: ${await this.measures.run(people)}`);
    // After the measures, so that amending the plan carries them into the draft.
    await this.plan.amend(people);
    this.logger.log('plan amendment: done');
  }
}
