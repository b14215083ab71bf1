export * from './comment.entity';
export * from './comments.dto';
export * from './confidential-fields';
export * from './timeline.service';
export * from './timeline.module';
