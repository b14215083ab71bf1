import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Comment } from './comment.entity';
import { TimelineService } from './timeline.service';

export const SHARED_ENTITIES = [Comment];

/** Comments and timelines, for any stage's records. */
@Module({
  imports: [TypeOrmModule.forFeature(SHARED_ENTITIES)],
  providers: [TimelineService],
  exports: [TimelineService],
})
export class TimelineModule {}
