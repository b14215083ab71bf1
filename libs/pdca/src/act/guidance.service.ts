import { Injectable } from '@nestjs/common';
import { UnitOfWork, type Tx } from '@tracker/audit';
import { BadRequestError, ConflictError, todayInJapan, type Actor } from '@tracker/core';
import { In } from 'typeorm';
import { checkNotBefore } from '../check/check.rules';
import { ReviewWorkflow } from '../review/review-workflow.service';
import { checkFindings, checkOrganisations } from './act-links';
import {
  GUIDANCE_CONTENT_FIELDS,
  type AcknowledgeGuidanceDto,
  type CreateGuidanceDto,
  type IssueGuidanceDto,
  type UpdateGuidanceDto,
  type WithdrawGuidanceDto,
} from './guidance.dto';
import { Guidance } from './guidance.entity';
import { checkGuidanceShape, formatGuidanceReference } from './guidance.rules';
import {
  assertFollowUpRecordable,
  assertGuidanceEditable,
  guidanceStatus,
  isIssued,
} from './guidance.status';
import { guidanceView, type GuidanceView } from './guidance-view';

/** Writing guidance: one method per transition, each in one audited transaction. */
@Injectable()
export class GuidanceService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reviews: ReviewWorkflow,
  ) {}

  create(dto: CreateGuidanceDto, actor: Actor): Promise<GuidanceView> {
    checkGuidanceShape(dto);
    return this.uow.run(actor, async (tx) => {
      await this.checkLinks(tx, dto);
      const [{ n }] = await tx.em.query(`SELECT nextval('guidance_reference_seq')::int AS n`);
      const year = Number(todayInJapan().slice(0, 4));
      const guidance = tx.em.create(Guidance, {
        ...dto,
        referenceNumber: formatGuidanceReference(year, n),
        versionNumber: 1,
        status: 'draft',
      });
      return guidanceView(await tx.insert(guidance));
    });
  }

  /** A draft's content; after issue only the follow-up (date and result). */
  update(id: string, dto: UpdateGuidanceDto, actor: Actor): Promise<GuidanceView> {
    return this.uow.run(actor, async (tx) => {
      const guidance = await tx.lock(Guidance, id, dto.version);
      const { version: _read, ...changes } = dto;
      const content = GUIDANCE_CONTENT_FIELDS.filter((f) => changes[f] !== undefined);
      if (!isIssued(guidance.status)) {
        assertGuidanceEditable(guidance.status);
        if (changes.followUpResult !== undefined) assertFollowUpRecordable(guidance.status);
      } else if (content.length) {
        assertGuidanceEditable(guidance.status);
      }
      Object.assign(guidance, changes);
      checkGuidanceShape(guidance);
      if (isIssued(guidance.status)) {
        checkNotBefore(
          { field: 'followUpDate', value: guidance.followUpDate },
          { field: 'issueDate', value: guidance.issueDate },
        );
      }
      await this.checkLinks(tx, changes);
      const saved = await tx.save(guidance);
      if (isIssued(saved.status) && saved.followUpResult) {
        // The follow-up is done: its task (scan.guidance-follow-up-due) waits no longer.
        await this.reviews.closeForSubject(tx, 'guidance', saved.id, 'follow-up result recorded');
      }
      return guidanceView(saved);
    });
  }

  /** Only a draft is deleted (a first version's reference number is then never used again). */
  remove(id: string, actor: Actor): Promise<GuidanceView> {
    return this.uow.run(actor, async (tx) => {
      const guidance = await tx.lock(Guidance, id);
      assertGuidanceEditable(guidance.status);
      const removed = guidanceView(guidance);
      await tx.remove(guidance);
      return removed;
    });
  }

  /** Sends the draft to the approval task of the review engine. */
  submit(id: string, actor: Actor): Promise<GuidanceView> {
    return this.uow.run(actor, async (tx) => {
      const guidance = await tx.lock(Guidance, id);
      const status = guidanceStatus.next(guidance.status, 'submit');
      checkGuidanceShape(guidance);
      await this.checkLinks(tx, guidance);
      Object.assign(guidance, { status, reviewNote: null });
      const saved = await tx.save(guidance, 'submit');
      await tx.emit('review.open-task', {
        subjectType: 'guidance',
        subjectId: id,
        kind: 'approval',
        submittedById: actor.userId,
      });
      return guidanceView(saved);
    });
  }

  /** The reviewer approved the task: in the task's own transaction. */
  async approveIn(tx: Tx, id: string): Promise<void> {
    const guidance = await tx.lock(Guidance, id);
    guidance.status = guidanceStatus.next(guidance.status, 'approve');
    await tx.save(guidance, 'approve');
  }

  /** The reviewer asked for changes: back to draft with their note. */
  async returnIn(tx: Tx, id: string, note: string): Promise<void> {
    const guidance = await tx.lock(Guidance, id);
    guidance.status = guidanceStatus.next(guidance.status, 'return');
    guidance.reviewNote = note;
    await tx.save(guidance, 'return');
  }

  /**
   * Issues an approved version. A revision supersedes the version it revises in the same
   * transaction, so one version of a reference is in force at a time.
   */
  issue(id: string, dto: IssueGuidanceDto, actor: Actor): Promise<GuidanceView> {
    return this.uow.run(actor, async (tx) => {
      const guidance = await tx.lock(Guidance, id);
      const status = guidanceStatus.next(guidance.status, 'issue');
      checkNotBefore(
        { field: 'followUpDate', value: guidance.followUpDate },
        { field: 'issueDate', value: dto.issueDate },
      );
      if (guidance.previousVersionId) {
        const previous = await tx.lock(Guidance, guidance.previousVersionId);
        if (previous.status !== 'issued') {
          throw new ConflictError(
            `Version ${previous.versionNumber} is ${previous.status}, so this revision has nothing to supersede`,
            'previous_not_in_force',
            { previousVersionId: previous.id, previousStatus: previous.status },
          );
        }
        checkNotBefore(
          { field: 'issueDate', value: dto.issueDate },
          { field: 'the issue date of the version it revises', value: previous.issueDate },
        );
        Object.assign(previous, {
          status: guidanceStatus.next(previous.status, 'supersede'),
          supersededById: guidance.id,
          supersededAt: new Date(),
        });
        await tx.save(previous, 'supersede');
      }
      Object.assign(guidance, { status, issueDate: dto.issueDate });
      return guidanceView(await tx.save(guidance, 'issue'));
    });
  }

  withdraw(id: string, dto: WithdrawGuidanceDto, actor: Actor): Promise<GuidanceView> {
    return this.uow.run(actor, async (tx) => {
      const guidance = await tx.lock(Guidance, id);
      const status = guidanceStatus.next(guidance.status, 'withdraw');
      Object.assign(guidance, { status, withdrawalReason: dto.reason, withdrawnAt: new Date() });
      return guidanceView(await tx.save(guidance, 'withdraw'));
    });
  }

  /** Opens the next version of an issued guidance as a draft with the same text. */
  revise(id: string, actor: Actor): Promise<GuidanceView> {
    return this.uow.run(actor, async (tx) => {
      const issued = await tx.lock(Guidance, id);
      if (issued.status !== 'issued') {
        throw new ConflictError(
          `Only the issued version can be revised; version ${issued.versionNumber} is ${issued.status}`,
          'not_in_force',
          { currentStatus: issued.status, allowedActions: guidanceView(issued).actions },
        );
      }
      const open = await tx.em.findOne(Guidance, {
        where: {
          referenceNumber: issued.referenceNumber,
          status: In(['draft', 'in_review', 'approved']),
        },
      });
      if (open) {
        throw new ConflictError(
          `Version ${open.versionNumber} of ${issued.referenceNumber} is already being revised (${open.status})`,
          'revision_open',
          { openVersionId: open.id },
        );
      }
      const [{ last }] = await tx.em.query(
        `SELECT max(version_number)::int AS last FROM guidance WHERE reference_number = $1`,
        [issued.referenceNumber],
      );
      const draft = tx.em.create(Guidance, {
        // The text is carried over; the follow-up belongs to each version.
        ...Object.fromEntries(GUIDANCE_CONTENT_FIELDS.map((f) => [f, issued[f]])),
        referenceNumber: issued.referenceNumber,
        versionNumber: last + 1,
        previousVersionId: issued.id,
        status: 'draft',
      });
      return guidanceView(await tx.insert(draft, 'revise'));
    });
  }

  /** Records that the addressee acknowledged the issued text (once). */
  acknowledge(id: string, dto: AcknowledgeGuidanceDto, actor: Actor): Promise<GuidanceView> {
    return this.uow.run(actor, async (tx) => {
      const guidance = await tx.lock(Guidance, id);
      assertFollowUpRecordable(guidance.status);
      if (guidance.acknowledgedOn) {
        throw new ConflictError(
          `The addressee acknowledged this version on ${guidance.acknowledgedOn}`,
          'already_acknowledged',
        );
      }
      if (dto.acknowledgedOn < guidance.issueDate!) {
        throw new BadRequestError('Invalid acknowledgement', [
          {
            field: 'acknowledgedOn',
            message: `acknowledgedOn must not be before the issue date (${guidance.issueDate})`,
          },
        ]);
      }
      Object.assign(guidance, dto);
      return guidanceView(await tx.save(guidance, 'acknowledge'));
    });
  }

  private async checkLinks(
    tx: Tx,
    links: Pick<Partial<Guidance>, 'findingIds' | 'addresseeOrganisationIds'>,
  ) {
    await checkFindings(tx, links.findingIds, 'findingIds');
    await checkOrganisations(tx, links.addresseeOrganisationIds, 'addresseeOrganisationIds');
  }
}
