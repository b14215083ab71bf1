import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditQuery, type AuditEvent } from '@tracker/audit';
import { NotFoundError, RuleViolationError, todayInJapan } from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { followUpDueSql, guidanceList } from './act.lists';
import { diffVersions, type GuidanceDifference } from './guidance-diff';
import { GUIDANCE_CONTENT_FIELDS } from './guidance.dto';
import { Guidance } from './guidance.entity';
import { guidanceView, type GuidanceView } from './guidance-view';

/** Fields compared between versions; the bodies are compared line by line instead. */
const BODIES = ['bodyJa', 'bodyEn'] as const;
const COMPARED = [
  'versionNumber',
  'status',
  ...GUIDANCE_CONTENT_FIELDS.filter((f) => f !== 'bodyJa' && f !== 'bodyEn'),
  'issueDate',
  'followUpDate',
] as const;

const brief = (g: Guidance) => ({
  id: g.id,
  referenceNumber: g.referenceNumber,
  versionNumber: g.versionNumber,
  status: g.status,
  issueDate: g.issueDate,
});

/** Reading guidance: every version stays readable, whatever became of it. */
@Injectable()
export class GuidanceQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditQuery,
  ) {}

  async list(request: ListRequest): Promise<Page<GuidanceView>> {
    const today = todayInJapan();
    const qb = this.dataSource.getRepository(Guidance).createQueryBuilder('g');
    return (await fetchPage(qb, guidanceList, request)).map((g) => guidanceView(g, today));
  }

  async get(id: string): Promise<GuidanceView> {
    return guidanceView(await this.find(id));
  }

  /** Every version of the same guidance (same reference number), oldest first. */
  async versions(id: string): Promise<GuidanceView[]> {
    const guidance = await this.find(id);
    const all = await this.dataSource.getRepository(Guidance).find({
      where: { referenceNumber: guidance.referenceNumber },
      order: { versionNumber: 'ASC' },
    });
    const today = todayInJapan();
    return all.map((g) => guidanceView(g, today));
  }

  /** Field by field, and the bodies line by line, from version `id` to version `withId`. */
  async diff(
    id: string,
    withId: string,
  ): Promise<GuidanceDifference & { from: object; to: object }> {
    const from = await this.find(id);
    const to = await this.dataSource.getRepository(Guidance).findOneBy({ id: withId });
    if (!to)
      throw new RuleViolationError(
        `with refers to guidance ${withId}, which does not exist`,
        'reference_not_found',
        'with',
      );
    const sorted = (g: Guidance) => ({
      ...g,
      addresseeOrganisationIds: [...g.addresseeOrganisationIds].sort(),
      findingIds: [...g.findingIds].sort(),
    });
    return {
      from: brief(from),
      to: brief(to),
      ...diffVersions(sorted(from), sorted(to), COMPARED, BODIES),
    };
  }

  async history(id: string): Promise<AuditEvent[]> {
    await this.find(id);
    return this.audit.historyOf('guidance', id);
  }

  /**
   * Issued guidance whose follow-up date has come (today in Japan, or `today`) and whose
   * result is not recorded yet: what the follow-up scan reminds people of.
   */
  followUpDue(today = todayInJapan()): Promise<Guidance[]> {
    return this.dataSource
      .getRepository(Guidance)
      .createQueryBuilder('g')
      .where(followUpDueSql('CAST(:today AS date)'), { today })
      .orderBy('g.follow_up_date', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .getMany();
  }

  private async find(id: string): Promise<Guidance> {
    const guidance = await this.dataSource.getRepository(Guidance).findOneBy({ id });
    if (!guidance) throw new NotFoundError('guidance', id);
    return guidance;
  }
}
