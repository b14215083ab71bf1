export * from './review-subject';
export * from './review-task.entity';
export * from './review-task.status';
export * from './review-tasks.service';
export * from './review-workflow.service';
export * from './review.dto';
export * from './review.lists';
export * from './review.module';
