import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GUIDANCE_ISSUED_STATUSES, GUIDANCE_KINDS, MINISTRIES } from '@tracker/contracts';
import { NotFoundError } from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { Organisation } from '../check/organisation.entity';
import { publicGuidanceList } from './act.lists';
import { atomFeed } from './atom-feed';
import { Guidance } from './guidance.entity';
import { publicGuidance, type PublicGuidance } from './public-views';

/** Entries in the feed: the most recently issued public versions. */
export const FEED_ENTRIES = 50;

/**
 * Guidance as the public sees it: public versions that were issued (also those since
 * withdrawn or superseded, so the record stays readable), through an allow-list of fields.
 * A draft, a version in review, or a version not marked public does not exist here (404).
 */
@Injectable()
export class PublicGuidanceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(request: ListRequest): Promise<Page<PublicGuidance>> {
    const page = await fetchPage(this.published(), publicGuidanceList, request);
    const names = await this.names(page.items);
    return page.map((g) => publicGuidance(g, names));
  }

  async get(id: string): Promise<PublicGuidance & { versions: PublicGuidanceBrief[] }> {
    const guidance = await this.published().andWhere('g.id = :id', { id }).getOne();
    if (!guidance) throw new NotFoundError('guidance', id);
    const versions = await this.published()
      .andWhere('g.reference_number = :ref', { ref: guidance.referenceNumber })
      .orderBy('g.version_number', 'ASC')
      .getMany();
    return {
      ...publicGuidance(guidance, await this.names([guidance])),
      versions: versions.map((v) => ({
        id: v.id,
        versionNumber: v.versionNumber,
        status: v.status,
        issueDate: v.issueDate,
      })),
    };
  }

  /** Every published version, oldest reference first (the open-data download). */
  async all(): Promise<PublicGuidance[]> {
    const all = await this.published()
      .orderBy('g.reference_number', 'ASC')
      .addOrderBy('g.version_number', 'ASC')
      .getMany();
    const names = await this.names(all);
    return all.map((g) => publicGuidance(g, names));
  }

  /** An Atom feed of the most recently issued public versions; links are relative to the API. */
  async feed(): Promise<string> {
    const latest = await this.published()
      .orderBy('g.issue_date', 'DESC')
      .addOrderBy('g.reference_number', 'DESC')
      .addOrderBy('g.version_number', 'DESC')
      .limit(FEED_ENTRIES)
      .getMany();
    const at = (date: string | null) => `${date ?? '1970-01-01'}T00:00:00+09:00`;
    return atomFeed({
      id: 'urn:ai-promotion-tracker:public-guidance',
      title: 'AI推進法に基づく指導・助言・情報提供 / Guidance under the AI Promotion Act',
      self: '/api/v1/public/guidance/feed.atom',
      updated: at(latest[0]?.issueDate ?? null),
      entries: latest.map((g) => ({
        id: `urn:uuid:${g.id}`,
        title: `${g.referenceNumber} 第${g.versionNumber}版 ${g.titleJa} / ${g.titleEn}`,
        updated: at(g.issueDate),
        link: `/api/v1/public/guidance/${g.id}`,
        author: `${MINISTRIES[g.issuingAuthority].ja} / ${MINISTRIES[g.issuingAuthority].en}`,
        category: `${GUIDANCE_KINDS[g.kind].ja} / ${GUIDANCE_KINDS[g.kind].en}`,
        content: `${g.bodyJa}\n\n${g.bodyEn}`,
      })),
    });
  }

  private published(): SelectQueryBuilder<Guidance> {
    return this.dataSource
      .getRepository(Guidance)
      .createQueryBuilder('g')
      .where('g.public')
      .andWhere('g.status IN (:...issued)', { issued: GUIDANCE_ISSUED_STATUSES });
  }

  private async names(versions: Guidance[]) {
    const ids = [...new Set(versions.flatMap((g) => g.addresseeOrganisationIds))];
    const found = ids.length
      ? await this.dataSource.getRepository(Organisation).findBy({ id: In(ids) })
      : [];
    return new Map(found.map((o) => [o.id, { nameJa: o.nameJa, nameEn: o.nameEn }]));
  }
}

export interface PublicGuidanceBrief {
  id: string;
  versionNumber: number;
  status: string;
  issueDate: string | null;
}
