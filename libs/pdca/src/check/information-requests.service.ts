import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditQuery, UnitOfWork, type AuditEvent } from '@tracker/audit';
import type { InformationRequestAction } from '@tracker/contracts';
import {
  APP_CONFIG,
  BadRequestError,
  NotFoundError,
  todayInJapan,
  type Actor,
  type AppConfig,
} from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource, EntityManager } from 'typeorm';
import { assertCaseFileVisible, onlyVisibleCaseFiles } from './case-file-access';
import { Redactor } from '../shared/confidential-fields';
import { informationRequestList } from './check.lists';
import { assertBurdenJustified, checkNotBefore, twelveMonthsBefore } from './check.rules';
import type {
  CloseInformationRequestDto,
  CreateInformationRequestDto,
  RespondInformationRequestDto,
  UpdateInformationRequestDto,
} from './information-request.dto';
import { InformationRequest } from './information-request.entity';
import { assertRequestEditable, informationRequestStatus } from './information-request.status';
import { Investigation } from './investigation.entity';
import { assertInvestigationActive } from './investigation.status';
import { Organisation } from './organisation.entity';

export const DEFAULT_LEGAL_BASIS = 'AI推進法に基づく情報提供の求め（任意）';

export type InformationRequestView = InformationRequest & {
  actions: InformationRequestAction[];
  overdue: boolean;
  redactedFields: string[];
};

function view(r: InformationRequest, redactor: Redactor): InformationRequestView {
  return redactor.record('information_request', {
    ...r,
    actions: informationRequestStatus.allowed(r.status),
    overdue: r.status === 'open' && r.dueDate < todayInJapan(),
  });
}

/**
 * Requests for information to organisations. They gather best practice rather than assign
 * blame, avoid heavy burdens (a justification past the thresholds) and keep trade secrets to
 * users with clearance.
 */
@Injectable()
export class InformationRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditQuery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(request: ListRequest, actor: Actor): Promise<Page<InformationRequestView>> {
    const redactor = new Redactor(actor);
    const qb = this.dataSource.getRepository(InformationRequest).createQueryBuilder('r');
    onlyVisibleCaseFiles(qb, 'r.investigation_id', redactor);
    return (await fetchPage(qb, informationRequestList, request)).map((r) => view(r, redactor));
  }

  async get(id: string, actor: Actor): Promise<InformationRequestView> {
    return view(await this.find(id, actor), new Redactor(actor));
  }

  create(dto: CreateInformationRequestDto, actor: Actor): Promise<InformationRequestView> {
    const requestDate = dto.requestDate ?? todayInJapan();
    checkNotBefore(
      { field: 'dueDate', value: dto.dueDate },
      { field: 'requestDate', value: requestDate },
    );
    return this.uow.run(actor, async (tx) => {
      const investigation = await tx.ref(
        Investigation,
        dto.investigationId,
        'investigationId',
        'share',
      );
      await assertCaseFileVisible(tx.em, investigation.id, new Redactor(actor), {
        entity: 'investigation',
        id: investigation.id,
        field: 'investigationId',
      });
      assertInvestigationActive(investigation.status);
      // Locked so that two requests at once cannot both slip under the burden thresholds.
      const organisation = await tx.ref(
        Organisation,
        dto.organisationId,
        'organisationId',
        'update',
      );
      const [counts] = await tx.em.query(
        `SELECT count(*) FILTER (WHERE status = 'open')::int AS "openRequests",
                count(*) FILTER (WHERE request_date >= $2)::int AS "requestsLast12Months"
           FROM information_request WHERE organisation_id = $1`,
        [organisation.id, twelveMonthsBefore(todayInJapan())],
      );
      assertBurdenJustified(
        organisation.nameJa ?? organisation.nameEn ?? organisation.id,
        counts,
        this.config.burden,
        dto.burdenJustification,
      );
      const request = await tx.insert(
        tx.em.create(InformationRequest, {
          ...dto,
          legalBasis: dto.legalBasis ?? DEFAULT_LEGAL_BASIS,
          requestDate,
          status: 'open',
          cooperationStatus: 'pending',
        }),
      );
      return view(request, new Redactor(actor));
    });
  }

  update(
    id: string,
    dto: UpdateInformationRequestDto,
    actor: Actor,
  ): Promise<InformationRequestView> {
    return this.uow.run(actor, async (tx) => {
      const request = await tx.lock(InformationRequest, id, dto.version);
      await this.assertVisible(tx.em, request, actor);
      assertRequestEditable(request.status);
      const { version: _read, ...changes } = dto;
      Object.assign(request, changes);
      checkNotBefore(
        { field: 'dueDate', value: request.dueDate },
        { field: 'requestDate', value: request.requestDate },
      );
      return view(await tx.save(request), new Redactor(actor));
    });
  }

  /** Records the organisation's answer, whatever its cooperation (declining is its right). */
  respond(
    id: string,
    dto: RespondInformationRequestDto,
    actor: Actor,
  ): Promise<InformationRequestView> {
    const redactor = new Redactor(actor);
    redactor.assertMayWrite('information_request', dto);
    if (dto.cooperationStatus !== 'declined' && !dto.responseText) {
      throw new BadRequestError('Invalid response', [
        {
          field: 'responseText',
          message: 'responseText is required unless the organisation declined',
        },
      ]);
    }
    return this.uow.run(actor, async (tx) => {
      const request = await tx.lock(InformationRequest, id);
      await this.assertVisible(tx.em, request, actor);
      const status = informationRequestStatus.next(request.status, 'respond');
      checkNotBefore(
        { field: 'responseDate', value: dto.responseDate },
        { field: 'requestDate', value: request.requestDate },
      );
      Object.assign(request, {
        status,
        cooperationStatus: dto.cooperationStatus,
        responseText: dto.responseText ?? null,
        responseDate: dto.responseDate,
        responseTradeSecret: dto.responseTradeSecret ?? false,
      });
      return view(await tx.save(request, 'respond'), redactor);
    });
  }

  /** Closes a request that will not be answered, with the reason. */
  close(
    id: string,
    dto: CloseInformationRequestDto,
    actor: Actor,
  ): Promise<InformationRequestView> {
    return this.uow.run(actor, async (tx) => {
      const request = await tx.lock(InformationRequest, id);
      await this.assertVisible(tx.em, request, actor);
      request.status = informationRequestStatus.next(request.status, 'close');
      request.closeReason = dto.reason;
      return view(await tx.save(request, 'close'), new Redactor(actor));
    });
  }

  async history(id: string, actor: Actor): Promise<AuditEvent[]> {
    const request = await this.find(id, actor);
    const redactor = new Redactor(actor);
    return this.audit.historyOf('information_request', id, (e) => redactor.event(e, request));
  }

  private async find(id: string, actor: Actor): Promise<InformationRequest> {
    const request = await this.dataSource.getRepository(InformationRequest).findOneBy({ id });
    if (!request) throw new NotFoundError('information request', id);
    await this.assertVisible(this.dataSource, request, actor);
    return request;
  }

  private assertVisible(db: EntityManager | DataSource, request: InformationRequest, actor: Actor) {
    return assertCaseFileVisible(db, request.investigationId, new Redactor(actor), {
      entity: 'information request',
      id: request.id,
    });
  }
}
