import { Injectable } from '@nestjs/common';
import { NotFoundError, toCsv, type CsvColumn } from '@tracker/core';
import { PublicGuidanceService } from './public-guidance.service';
import { PUBLIC_MEASURE_FIELDS, PublicPlanService } from './public-plan.service';
import { PublicStatisticsService, type StatisticsCell } from './public-statistics.service';
import type { PublicGuidance } from './public-views';

export interface OpenDataFile {
  body: string;
  contentType: string;
}

export const OPEN_DATA_LICENSE = 'CC BY 4.0 (政府標準利用規約 第2.0版 準拠)';

/** The downloads: the same content as the public endpoints, whole, as JSON and CSV. */
export const OPEN_DATASETS = {
  'guidance.json': 'Published guidance, every issued version / 公表された指導・助言等（全版）',
  'guidance.csv': 'Published guidance, every issued version / 公表された指導・助言等（全版）',
  'plan.json': 'The AI Basic Plan in force with objectives, KPIs and measures / AI基本計画',
  'plan-measures.csv': 'Measures of the plan in force and their progress / 施策と進捗',
  'plan-kpis.csv': 'KPIs of the plan in force / 重要業績評価指標',
  'incident-statistics.json': 'Incident statistics, small cells suppressed / 事案統計',
  'incident-statistics.csv': 'Incident statistics, small cells suppressed / 事案統計',
} as const;
export type OpenDataset = keyof typeof OPEN_DATASETS;

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

const columns = <T>(fields: readonly (keyof T & string)[]): CsvColumn<T>[] =>
  fields.map((f) => ({ header: f, value: (row: T) => row[f] }));

@Injectable()
export class OpenDataService {
  constructor(
    private readonly guidance: PublicGuidanceService,
    private readonly plans: PublicPlanService,
    private readonly statistics: PublicStatisticsService,
  ) {}

  index() {
    return Object.entries(OPEN_DATASETS).map(([name, title]) => ({
      name,
      title,
      format: name.endsWith('.csv') ? 'text/csv' : 'application/json',
      url: `/api/v1/public/open-data/${name}`,
      license: OPEN_DATA_LICENSE,
    }));
  }

  async file(name: string): Promise<OpenDataFile> {
    if (!Object.prototype.hasOwnProperty.call(OPEN_DATASETS, name)) {
      throw new NotFoundError('open dataset', name);
    }
    const json = (value: unknown) => ({ body: JSON.stringify(value), contentType: JSON_TYPE });
    const csv = (body: string) => ({ body, contentType: CSV_TYPE });
    switch (name as OpenDataset) {
      case 'guidance.json':
        return json(await this.guidance.all());
      case 'guidance.csv':
        return csv(await this.guidanceCsv());
      case 'plan.json':
        return json(await this.plans.plan());
      case 'plan-measures.csv': {
        const plan = await this.plans.plan();
        const code = new Map(plan.objectives.map((o) => [o.id, o.code]));
        return csv(
          toCsv(
            [
              ...columns<(typeof plan.measures)[number]>([
                ...PUBLIC_MEASURE_FIELDS.filter((f) => !f.startsWith('description') && f !== 'id'),
                'currentRating',
                'currentRatingPeriod',
                'late',
              ]),
              { header: 'objectives', value: (m) => m.objectiveIds.map((id) => code.get(id)) },
            ],
            plan.measures,
          ),
        );
      }
      case 'plan-kpis.csv': {
        const plan = await this.plans.plan();
        const rows = plan.objectives.flatMap((o) =>
          o.kpis.map((k) => ({ ...k, objective: o.code })),
        );
        return csv(
          toCsv(
            columns<(typeof rows)[number]>([
              'objective',
              'code',
              'indicatorJa',
              'indicatorEn',
              'baseline',
              'baselineDate',
              'target',
              'unit',
              'targetDate',
            ]),
            rows,
          ),
        );
      }
      case 'incident-statistics.json':
        return json(await this.statistics.incidents());
      case 'incident-statistics.csv':
        return csv(await this.statisticsCsv());
    }
  }

  private async guidanceCsv(): Promise<string> {
    return toCsv(
      [
        ...columns<PublicGuidance>([
          'referenceNumber',
          'versionNumber',
          'kind',
          'status',
          'issueDate',
          'issuingAuthority',
          'titleJa',
          'titleEn',
          'legalBasis',
          'addresseeSector',
        ]),
        {
          header: 'addressees',
          value: (g) => g.addressees.map((a) => a.nameJa ?? a.nameEn),
        },
        ...columns<PublicGuidance>(['bodyJa', 'bodyEn', 'withdrawnOn', 'supersededOn']),
      ],
      await this.guidance.all(),
    );
  }

  private async statisticsCsv(): Promise<string> {
    const stats = await this.statistics.incidents();
    const rows = [
      { dimension: 'total', key: 'all', count: stats.total, suppressed: stats.total === null },
      ...(
        [
          ['sector', stats.bySector],
          ['risk_category', stats.byRiskCategory],
          ['severity', stats.bySeverity],
          ['month', stats.byMonth],
        ] as const
      ).flatMap(([dimension, cells]) => cells.map((c: StatisticsCell) => ({ dimension, ...c }))),
    ];
    return toCsv(
      columns<(typeof rows)[number] & { labelJa?: string; labelEn?: string }>([
        'dimension',
        'key',
        'labelJa',
        'labelEn',
        'count',
        'suppressed',
      ]),
      rows,
    );
  }
}
