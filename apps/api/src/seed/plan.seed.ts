import { Injectable } from '@nestjs/common';
import type { ActPrinciple } from '@tracker/contracts';
import {
  PlanContentService,
  PlanVersion,
  PlanVersionsService,
  type CreatePlanKpiDto,
} from '@tracker/pdca';
import { DataSource, IsNull, Not } from 'typeorm';
import type { People } from './users.seed';

type Kpi = Omit<CreatePlanKpiDto, 'objectiveId'>;
interface Objective {
  code: string;
  principle: ActPrinciple;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  kpis: Kpi[];
}

/** The first AI Basic Plan: objectives under the Act's four basic principles, each with KPIs. */
const OBJECTIVES: Objective[] = [
  {
    code: 'I-1',
    principle: 'rd_competitiveness',
    titleJa: 'AI研究開発力の抜本的強化',
    titleEn: 'Substantially strengthen AI research and development',
    descriptionJa: '基盤モデルの研究開発と計算資源の確保により、国際競争力を高める。',
    descriptionEn:
      'Raise international competitiveness through foundation-model R&D and secured compute.',
    kpis: [
      {
        code: 'I-1-K1',
        indicatorJa: '国内のAI向け計算資源',
        indicatorEn: 'Domestic compute available for AI',
        baseline: 2,
        baselineDate: '2025-03-31',
        target: 10,
        unit: 'EFLOPS',
        targetDate: '2030-03-31',
      },
    ],
  },
  {
    code: 'I-2',
    principle: 'rd_competitiveness',
    titleJa: 'データセンター・データセットの整備と共用',
    titleEn: 'Build and share data centres and datasets',
    descriptionJa: '研究開発機関・事業者が共用できる計算基盤と日本語データセットを整備する。',
    descriptionEn:
      'Provide compute and Japanese-language datasets that R&D institutions and businesses can share.',
    kpis: [
      {
        code: 'I-2-K1',
        indicatorJa: '共用日本語学習データの規模',
        indicatorEn: 'Shared Japanese training data',
        baseline: 500,
        baselineDate: '2025-03-31',
        target: 3000,
        unit: 'billion tokens',
        targetDate: '2028-03-31',
      },
    ],
  },
  {
    code: 'II-1',
    principle: 'comprehensive_promotion',
    titleJa: 'AI人材の育成・確保と教育の充実',
    titleEn: 'Develop and secure AI talent; strengthen education',
    descriptionJa: '数理・データサイエンス・AI教育を拡充し、リスキリングを推進する。',
    descriptionEn: 'Expand mathematics, data science and AI education and promote reskilling.',
    kpis: [
      {
        code: 'II-1-K1',
        indicatorJa: 'AI教育（応用基礎レベル）修了者数',
        indicatorEn: 'Graduates of applied AI education',
        baseline: 250000,
        baselineDate: '2025-03-31',
        target: 500000,
        unit: 'people/year',
        targetDate: '2030-03-31',
      },
    ],
  },
  {
    code: 'II-2',
    principle: 'comprehensive_promotion',
    titleJa: '研究開発から社会実装までの一体的推進',
    titleEn: 'Promote AI from research to social implementation',
    descriptionJa: '中小企業・地域を含む幅広い主体のAI活用を後押しする。',
    descriptionEn: 'Support AI use by a wide range of actors, including SMEs and regions.',
    kpis: [
      {
        code: 'II-2-K1',
        indicatorJa: '生成AIを業務で利用する企業の割合',
        indicatorEn: 'Share of companies using generative AI at work',
        baseline: 26.7,
        baselineDate: '2024-12-31',
        target: 80,
        unit: '%',
        targetDate: '2030-03-31',
      },
      {
        code: 'II-2-K2',
        indicatorJa: '生成AIを利用する国民の割合',
        indicatorEn: 'Share of citizens using generative AI',
        baseline: 26.7,
        baselineDate: '2025-03-31',
        target: 80,
        unit: '%',
        targetDate: '2030-03-31',
      },
    ],
  },
  {
    code: 'II-3',
    principle: 'comprehensive_promotion',
    titleJa: '行政におけるAIの率先活用',
    titleEn: "The government's own use of AI",
    descriptionJa: 'ガバメントAIの整備により、府省庁の業務でAIを安全に活用する。',
    descriptionEn: 'Use AI safely in ministries’ work through shared government AI services.',
    kpis: [
      {
        code: 'II-3-K1',
        indicatorJa: '生成AIを業務に導入した府省庁の割合',
        indicatorEn: 'Share of ministries using generative AI in their work',
        baseline: 40,
        baselineDate: '2025-06-30',
        target: 100,
        unit: '%',
        targetDate: '2027-03-31',
      },
    ],
  },
  {
    code: 'III-1',
    principle: 'transparency_appropriateness',
    titleJa: '国際規範に即した適正性確保の指針整備',
    titleEn: 'Guidelines for appropriateness in line with international norms',
    descriptionJa: 'AI事業者ガイドラインを国際的な規範に即して随時改定する。',
    descriptionEn: 'Keep the AI Guidelines for Business aligned with international norms.',
    kpis: [
      {
        code: 'III-1-K1',
        indicatorJa: 'AI事業者ガイドラインを参照する事業者の割合',
        indicatorEn: 'Share of businesses that follow the AI Guidelines for Business',
        baseline: 35,
        baselineDate: '2025-03-31',
        target: 70,
        unit: '%',
        targetDate: '2028-03-31',
      },
    ],
  },
  {
    code: 'III-2',
    principle: 'transparency_appropriateness',
    titleJa: '情報収集・調査分析と事業者への指導・助言',
    titleEn: 'Gather information, investigate and advise businesses',
    descriptionJa: '権利利益の侵害事案を分析し、指導・助言・情報提供を行う。',
    descriptionEn:
      'Analyse cases that infringed rights or interests and provide guidance, advice and information.',
    kpis: [
      {
        code: 'III-2-K1',
        indicatorJa: '事案受付から初動評価までの日数（中央値）',
        indicatorEn: 'Days from report to first assessment (median)',
        baseline: 30,
        baselineDate: '2025-09-01',
        target: 7,
        unit: 'days',
        targetDate: '2027-03-31',
      },
    ],
  },
  {
    code: 'III-3',
    principle: 'transparency_appropriateness',
    titleJa: 'AIセーフティ評価体制の強化',
    titleEn: 'Strengthen AI safety evaluation',
    descriptionJa: 'AIセーフティ・インスティテュートによる評価手法の開発と評価を拡充する。',
    descriptionEn: 'Expand evaluation methods and evaluations by the Japan AI Safety Institute.',
    kpis: [
      {
        code: 'III-3-K1',
        indicatorJa: 'AISIによる安全性評価の実施件数',
        indicatorEn: 'Safety evaluations carried out by AISI',
        baseline: 5,
        baselineDate: '2025-03-31',
        target: 50,
        unit: 'evaluations/year',
        targetDate: '2028-03-31',
      },
    ],
  },
  {
    code: 'IV-1',
    principle: 'international_leadership',
    titleJa: '広島AIプロセスを通じた国際規範づくりの主導',
    titleEn: 'Lead international norm-making through the Hiroshima AI Process',
    descriptionJa: '広島AIプロセス・フレンズグループと報告枠組みを拡大する。',
    descriptionEn: 'Grow the Hiroshima AI Process Friends Group and its reporting framework.',
    kpis: [
      {
        code: 'IV-1-K1',
        indicatorJa: '広島AIプロセス報告枠組みに報告した組織数',
        indicatorEn: 'Organisations reporting under the HAIP reporting framework',
        baseline: 20,
        baselineDate: '2025-04-30',
        target: 100,
        unit: 'organisations',
        targetDate: '2028-03-31',
      },
    ],
  },
  {
    code: 'IV-2',
    principle: 'international_leadership',
    titleJa: 'AI安全性の国際標準化への貢献',
    titleEn: 'Contribute to international AI safety standards',
    descriptionJa:
      'ISO/IEC等での標準化提案と、各国AIセーフティ・インスティテュートとの連携を進める。',
    descriptionEn: 'Propose standards at ISO/IEC and work with other AI Safety Institutes.',
    kpis: [
      {
        code: 'IV-2-K1',
        indicatorJa: '国際標準化提案件数',
        indicatorEn: 'International standardisation proposals',
        baseline: 3,
        baselineDate: '2025-03-31',
        target: 15,
        unit: 'proposals',
        targetDate: '2030-03-31',
      },
    ],
  },
];

@Injectable()
export class PlanSeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: PlanVersionsService,
    private readonly content: PlanContentService,
  ) {}

  async run(people: People): Promise<void> {
    if (await this.dataSource.getRepository(PlanVersion).count()) return;
    const coordinator = people.get('coordinator@demo.example')!;
    const reviewer = people.get('reviewer@demo.example')!;

    const v1 = await this.versions.create(
      {
        titleJa: '人工知能基本計画',
        titleEn: 'AI Basic Plan',
        summaryJa:
          'AI推進法に基づき、研究開発から社会実装、適正性の確保、国際協調までの施策を総合的かつ計画的に推進する。',
        summaryEn:
          'Under the AI Promotion Act, advance measures comprehensively and systematically, from R&D to social implementation, appropriateness and international cooperation.',
        fiscalYearFrom: 2025,
        fiscalYearTo: 2027,
      },
      coordinator,
    );
    for (const [position, { kpis, ...objective }] of OBJECTIVES.entries()) {
      const created = await this.content.createObjective(
        { ...objective, planVersionId: v1.id, position },
        coordinator,
      );
      for (const kpi of kpis) {
        await this.content.createKpi({ ...kpi, objectiveId: created.id }, coordinator);
      }
    }
    await this.versions.propose(
      v1.id,
      { hqProposalDate: '2025-12-19', hqProposalReference: '第2回人工知能戦略本部' },
      coordinator,
    );
    await this.versions.approve(
      v1.id,
      { cabinetDecisionDate: '2025-12-23', cabinetDecisionNumber: '令和7年12月23日閣議決定' },
      reviewer,
    );
  }

  /**
   * The second version's content. Approving the Basic Plan amendment (Act seed) opened version 2
   * as a draft, carrying the measures of version 1; here the Headquarters' secretariat writes
   * what the amendment asked for: a raised target and the new pillar III-4.
   */
  async reviseDraft(people: People): Promise<void> {
    const v2 = await this.dataSource
      .getRepository(PlanVersion)
      .findOneBy({ number: 2, status: 'draft', amendmentId: Not(IsNull()) });
    if (!v2) return;
    const done = await this.content.listObjectives({
      filters: { planVersionId: v2.id, q: 'III-4' },
      sort: { field: 'code', order: 'ASC' },
      range: { start: 0, end: 0 },
    });
    if (done.total) return;
    const coordinator = people.get('coordinator@demo.example')!;
    await this.versions.update(
      v2.id,
      {
        version: v2.version,
        titleJa: '人工知能基本計画（第2版・案）',
        titleEn: 'AI Basic Plan (2nd edition, draft)',
      },
      coordinator,
    );
    const [usage] = (
      await this.content.listKpis({
        filters: { planVersionId: v2.id, q: 'II-2-K1' },
        sort: { field: 'code', order: 'ASC' },
        range: { start: 0, end: 0 },
      })
    ).items;
    await this.content.updateKpi(usage.id, { version: usage.version, target: 90 }, coordinator);
    const deepfakes = await this.content.createObjective(
      {
        planVersionId: v2.id,
        code: 'III-4',
        principle: 'transparency_appropriateness',
        titleJa: '偽・誤情報とディープフェイクへの対策',
        titleEn: 'Counter disinformation and deepfakes',
        descriptionJa:
          '生成AIによる偽・誤情報の検知技術と、来歴情報（コンテンツ認証）の普及を進める。',
        descriptionEn:
          'Advance detection of AI-generated disinformation and the uptake of content provenance.',
        position: OBJECTIVES.length,
      },
      coordinator,
    );
    await this.content.createKpi(
      {
        objectiveId: deepfakes.id,
        code: 'III-4-K1',
        indicatorJa: 'コンテンツ来歴情報を付与する主要メディア・プラットフォームの割合',
        indicatorEn: 'Share of major media and platforms attaching content provenance',
        baseline: 10,
        baselineDate: '2025-09-30',
        target: 60,
        unit: '%',
        targetDate: '2028-03-31',
      },
      coordinator,
    );
  }
}
