import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditQuery, type AuditEvent } from '@tracker/audit';
import {
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  toCsv,
  type Actor,
  type CsvColumn,
} from '@tracker/core';
import { applyListFilters, fetchPage, type ListRequest, type Page } from '@tracker/database';
import { In, type DataSource } from 'typeorm';
import { Redactor } from '../shared/confidential-fields';
import { TimelineService, type TimelineEntry } from '../shared/timeline.service';
import { hiddenInvestigations } from './case-file-access';
import { incidentList } from './check.lists';
import { INCIDENT_REFERENCE_PATTERN } from './check.rules';
import {
  assertIncidentVisible,
  incidentView,
  onlyVisibleIncidents,
  type IncidentView,
} from './incident-access';
import { IncidentScore } from './incident-score.entity';
import { Incident } from './incident.entity';
import { Organisation } from './organisation.entity';

/** At most this many incidents go into one CSV export (the response says when it is cut). */
export const EXPORT_LIMIT = 10_000;
export const REDACTED_CELL = '[redacted]';

export type IncidentByReference = IncidentView & {
  resolvesTo: { id: string; reference: string; status: string };
};

/** Reading incidents: every path applies visibility and redaction for the reader. */
@Injectable()
export class IncidentQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditQuery,
    private readonly timelines: TimelineService,
  ) {}

  async list(request: ListRequest, actor: Actor): Promise<Page<IncidentView>> {
    const redactor = this.readerOf(request, actor);
    const qb = onlyVisibleIncidents(this.incidents(), 'i', redactor);
    return (await fetchPage(qb, incidentList, request)).map((i) => incidentView(i, redactor));
  }

  async get(id: string, actor: Actor): Promise<IncidentView> {
    const redactor = new Redactor(actor);
    const incident = await this.find(id, redactor);
    const investigations: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM investigation WHERE incident_ids @> ARRAY[$1]::uuid[] ORDER BY created_at`,
      [id],
    );
    const hidden = await hiddenInvestigations(
      this.dataSource,
      investigations.map((r) => r.id),
      redactor,
    );
    const score = await this.dataSource.getRepository(IncidentScore).findOneBy({ id });
    return {
      ...incidentView(incident, redactor),
      investigationIds: investigations.map((r) => r.id).filter((i) => !hidden.has(i)),
      score,
    };
  }

  /** A reference always resolves, also for a duplicate: with the incident it points to. */
  async byReference(reference: string, actor: Actor): Promise<IncidentByReference> {
    if (!INCIDENT_REFERENCE_PATTERN.test(reference)) {
      throw new BadRequestError('Invalid incident reference', [
        { field: 'reference', message: 'reference must look like INC-2026-00042' },
      ]);
    }
    const redactor = new Redactor(actor);
    const incident = await this.incidents()
      .where('i.reference = :reference', { reference })
      .getOne();
    if (!incident) throw new NotFoundError('incident', reference);
    assertIncidentVisible(incident, redactor);
    let survivor = incident;
    for (let hops = 0; survivor.duplicateOfId && hops < 20; hops += 1) {
      const next = await this.incidents()
        .where('i.id = :id', { id: survivor.duplicateOfId })
        .getOne();
      if (!next) break;
      survivor = next;
    }
    return {
      ...incidentView(incident, redactor),
      resolvesTo: { id: survivor.id, reference: survivor.reference, status: survivor.status },
    };
  }

  /** The filtered list as CSV, redacted like every other read. */
  async exportCsv(
    request: ListRequest,
    actor: Actor,
  ): Promise<{ csv: string; truncated: boolean }> {
    const redactor = this.readerOf(request, actor);
    const qb = onlyVisibleIncidents(
      applyListFilters(this.incidents(), incidentList, request),
      'i',
      redactor,
    );
    const { field, order } = request.sort;
    const rows = await qb
      .orderBy(incidentList.sorts[field], order, order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST')
      .addOrderBy(incidentList.tieBreaker, order)
      .limit(EXPORT_LIMIT + 1)
      .getMany();
    const truncated = rows.length > EXPORT_LIMIT;
    const views = rows.slice(0, EXPORT_LIMIT).map((i) => incidentView(i, redactor));
    const names = await this.organisationNames(views.flatMap((v) => v.organisationIds ?? []));
    const references = await this.referencesOf(views.map((v) => v.duplicateOfId));
    const cell = (v: IncidentView, field: keyof IncidentView, value: unknown = v[field]) =>
      v.redactedFields.includes(field) ? REDACTED_CELL : value;
    const plain = (field: keyof IncidentView): CsvColumn<IncidentView> => ({
      header: field,
      value: (v) => cell(v, field),
    });
    const columns: CsvColumn<IncidentView>[] = [
      ...(['reference', 'status', 'occurredDate', 'reportedDate'] as const).map(plain),
      ...(
        ['titleJa', 'titleEn', 'summaryJa', 'summaryEn', 'source', 'sourceReference'] as const
      ).map(plain),
      ...(
        ['sector', 'riskCategories', 'affectedInterests', 'aiSystemName', 'aiDeveloper'] as const
      ).map(plain),
      ...(['aiDeployer', 'aiModel', 'advancedAi', 'openWeight'] as const).map(plain),
      {
        header: 'organisations',
        value: (v) =>
          cell(
            v,
            'organisationIds',
            v.organisationIds?.map((id) => names.get(id) ?? id),
          ),
      },
      ...(['applicableLaws', 'severity', 'peopleAffected', 'businessStatement'] as const).map(
        plain,
      ),
      ...(['confidentiality', 'resolution', 'dismissalReason'] as const).map(plain),
      {
        header: 'duplicateOf',
        value: (v) => (v.duplicateOfId ? references.get(v.duplicateOfId) : null),
      },
    ];
    return { csv: toCsv(columns, views), truncated };
  }

  async history(id: string, actor: Actor): Promise<AuditEvent[]> {
    const redactor = new Redactor(actor);
    const incident = await this.find(id, redactor);
    return this.audit.historyOf('incident', id, (e) => redactor.event(e, incident));
  }

  async timeline(id: string, actor: Actor): Promise<TimelineEntry[]> {
    const redactor = new Redactor(actor);
    const incident = await this.find(id, redactor);
    return this.timelines.of('incident', id, { incident: [{ id, current: incident }] }, redactor);
  }

  /** For writes that hang off an incident (comments): it must exist and be visible. */
  async find(id: string, redactor: Redactor): Promise<Incident> {
    const incident = await this.dataSource.getRepository(Incident).findOneBy({ id });
    if (!incident) throw new NotFoundError('incident', id);
    return assertIncidentVisible(incident, redactor);
  }

  /** Filtering on a confidential field would reveal it: only readers with clearance may. */
  private readerOf(request: ListRequest, actor: Actor): Redactor {
    const redactor = new Redactor(actor);
    if (!redactor.cleared && request.filters.organisationId !== undefined) {
      throw new ForbiddenError(
        'Only users with confidential clearance may filter incidents by organisation',
        'clearance_required',
      );
    }
    return redactor;
  }

  private incidents() {
    return this.dataSource.getRepository(Incident).createQueryBuilder('i');
  }

  private async organisationNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const found = await this.dataSource
      .getRepository(Organisation)
      .findBy({ id: In([...new Set(ids)]) });
    return new Map(found.map((o) => [o.id, o.nameJa ?? o.nameEn ?? o.id]));
  }

  private async referencesOf(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return new Map();
    const found = await this.dataSource.getRepository(Incident).findBy({ id: In(wanted) });
    return new Map(found.map((i) => [i.id, i.reference]));
  }
}
