import { Injectable, SetMetadata, type OnModuleInit, type Type } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Tx } from '@tracker/audit';
import type { Ministry, Permission, ReviewKind, ReviewSubjectType, Role } from '@tracker/contracts';

/** How a subject is to be reviewed, as its stage sees it when a task is opened. */
export interface SubjectForReview {
  /** Shown in the inbox, e.g. "AI Basic Plan v2". */
  label: string;
  assignedRole: Role | null;
  assigneeId?: string | null;
  /** Ministry of the assigned role; null for any ministry. */
  ministry: Ministry | null;
}

/**
 * What a stage provides for a record type that goes through review. Decisions run inside the
 * review task's transaction, so the task and its subject change together or not at all.
 */
export interface ReviewSubjectHandler<D extends object = object> {
  readonly subjectType: ReviewSubjectType;
  /** Permission the reviewer needs to decide (the one the stage's own approval asks for). */
  readonly decidePermission: Permission;
  /** Class-validator DTO of the data an approval carries (a Cabinet decision, say). */
  readonly approvalData?: Type<D>;
  /**
   * The subject as it awaits review of `kind`, or null when it no longer does (it moved on).
   * Lock the record for share, so that it cannot move on until the new task is committed.
   */
  awaitingReview(tx: Tx, subjectId: string, kind: ReviewKind): Promise<SubjectForReview | null>;
  approve(tx: Tx, subjectId: string, data: D | undefined, comment: string | null): Promise<void>;
  requestChanges(tx: Tx, subjectId: string, comment: string): Promise<void>;
}

const REVIEW_SUBJECT = 'tracker:review-subject';

/**
 * Registers a provider as the review subject handler of its record type. A stage plugs into
 * review by declaring one such provider in its module.
 */
export const ReviewSubject = () => SetMetadata(REVIEW_SUBJECT, true);

/** The handlers the stages registered, by subject type; two for one type refuse to start. */
@Injectable()
export class ReviewSubjects implements OnModuleInit {
  private readonly handlers = new Map<ReviewSubjectType, ReviewSubjectHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit() {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      if (!this.reflector.get<boolean>(REVIEW_SUBJECT, wrapper.metatype as Type)) continue;
      const handler = wrapper.instance as ReviewSubjectHandler;
      const existing = this.handlers.get(handler.subjectType);
      if (existing && existing !== handler) {
        throw new Error(
          `two review subject handlers for ${handler.subjectType}: ${existing.constructor.name} and ${handler.constructor.name}`,
        );
      }
      this.handlers.set(handler.subjectType, handler);
    }
  }

  get(type: ReviewSubjectType): ReviewSubjectHandler {
    const handler = this.handlers.get(type);
    if (!handler) throw new Error(`no review subject handler is registered for ${type}`);
    return handler;
  }

  types(): ReviewSubjectType[] {
    return [...this.handlers.keys()];
  }
}
