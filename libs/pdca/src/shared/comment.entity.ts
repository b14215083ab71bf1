import { ApiProperty } from '@nestjs/swagger';
import { COMMENTABLE_TYPES, type CommentableType } from '@tracker/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A comment on any record (entity type + id). Comments are never edited or deleted: they are
 * part of the case file's timeline, like the audit trail beside them.
 */
@Entity('comment')
@Index('ix_comment_entity', ['entityType', 'entityId', 'createdAt'])
export class Comment {
  @ApiProperty({ format: 'uuid' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ApiProperty({ enum: COMMENTABLE_TYPES })
  @Column({ type: 'text' })
  entityType: CommentableType;

  @ApiProperty({ format: 'uuid' })
  @Column({ type: 'uuid' })
  entityId: string;

  @ApiProperty()
  @Column({ type: 'text' })
  body: string;

  @ApiProperty({ format: 'uuid', type: String, nullable: true })
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ApiProperty({ description: "The author's e-mail" })
  @Column({ type: 'text' })
  authorLabel: string;

  @ApiProperty()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
