import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork } from '@tracker/audit';
import {
  BadRequestError,
  ConflictError,
  hasPermission,
  NotFoundError,
  todayInJapan,
  type Actor,
} from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { Redactor } from '../shared/confidential-fields';
import { hiddenInvestigations } from './case-file-access';
import { requireOneOf, twelveMonthsBefore } from './check.rules';
import { organisationList } from './check.lists';
import { InformationRequest } from './information-request.entity';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './organisation.dto';
import { Organisation } from './organisation.entity';

export interface RequestBrief {
  id: string;
  investigationId: string;
  subject: string;
  requestDate: string;
  dueDate: string;
  status: string;
  cooperationStatus: string;
  overdue: boolean;
}

/**
 * The request lists are case-file content: only readers of investigations get them (else null),
 * without those of investigations hidden from the reader. The counts always count every request:
 * they measure the organisation's burden.
 */
export type OrganisationView = Organisation & {
  openRequestCount: number;
  requestsLast12Months: number;
  openRequests: RequestBrief[] | null;
  recentRequests: RequestBrief[] | null;
};

function checkOrganisation(o: Partial<Organisation>): void {
  requireOneOf({ nameJa: o.nameJa, nameEn: o.nameEn }, 'organisation');
  if (o.domestic !== undefined && o.country && o.domestic !== (o.country === 'JP')) {
    throw new BadRequestError('Invalid organisation', [
      {
        field: 'country',
        message: o.domestic
          ? 'a domestic organisation is in JP'
          : 'a foreign organisation is not in JP',
      },
    ]);
  }
}

/** Businesses, R&D institutions, local governments and foreign developers. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  list(request: ListRequest): Promise<Page<Organisation>> {
    const qb = this.dataSource.getRepository(Organisation).createQueryBuilder('o');
    return fetchPage(qb, organisationList, request);
  }

  /** The organisation with its open requests and those of the last twelve months. */
  async get(id: string, actor: Actor): Promise<OrganisationView> {
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw new NotFoundError('organisation', id);
    const today = todayInJapan();
    const since = twelveMonthsBefore(today);
    const requests = await this.dataSource
      .getRepository(InformationRequest)
      .createQueryBuilder('r')
      .where('r.organisation_id = :id', { id })
      .andWhere(`(r.status = 'open' OR r.request_date >= :since)`, { since })
      .orderBy('r.request_date', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany();
    const brief = (r: InformationRequest): RequestBrief => ({
      id: r.id,
      investigationId: r.investigationId,
      subject: r.subject,
      requestDate: r.requestDate,
      dueDate: r.dueDate,
      status: r.status,
      cooperationStatus: r.cooperationStatus,
      overdue: r.status === 'open' && r.dueDate < today,
    });
    const openRequests = requests.filter((r) => r.status === 'open').map(brief);
    const recentRequests = requests.filter((r) => r.requestDate >= since).map(brief);
    const hidden = await hiddenInvestigations(
      this.dataSource,
      [...new Set(requests.map((r) => r.investigationId))],
      new Redactor(actor),
    );
    const caseReader = hasPermission(actor, 'investigations.read');
    const shown = (list: RequestBrief[]) =>
      caseReader ? list.filter((r) => !hidden.has(r.investigationId)) : null;
    return {
      ...organisation,
      openRequestCount: openRequests.length,
      requestsLast12Months: recentRequests.length,
      openRequests: shown(openRequests),
      recentRequests: shown(recentRequests),
    };
  }

  async create(dto: CreateOrganisationDto, actor: Actor): Promise<OrganisationView> {
    checkOrganisation(dto);
    const created = await this.uow.run(actor, (tx) => tx.insert(tx.em.create(Organisation, dto)));
    return this.get(created.id, actor);
  }

  async update(id: string, dto: UpdateOrganisationDto, actor: Actor): Promise<OrganisationView> {
    await this.uow.run(actor, async (tx) => {
      const organisation = await tx.lock(Organisation, id, dto.version);
      const { version: _read, ...changes } = dto;
      Object.assign(organisation, changes);
      checkOrganisation(organisation);
      await tx.save(organisation);
    });
    return this.get(id, actor);
  }

  /** Only an organisation no incident or request refers to can be deleted. */
  async remove(id: string, actor: Actor): Promise<OrganisationView> {
    const view = await this.get(id, actor);
    await this.uow.run(actor, async (tx) => {
      const organisation = await tx.lock(Organisation, id);
      const [{ incidents }] = await tx.em.query(
        `SELECT count(*)::int AS incidents FROM incident WHERE organisation_ids @> ARRAY[$1]::uuid[]`,
        [id],
      );
      const requests = await tx.em.count(InformationRequest, { where: { organisationId: id } });
      if (incidents || requests) {
        throw new ConflictError(
          `The organisation is referred to by ${incidents} incident(s) and ${requests} information request(s)`,
          'in_use',
          { incidents, requests },
        );
      }
      await tx.remove(organisation);
    });
    return view;
  }
}
