import { Injectable } from '@nestjs/common';
import { todayInJapan, type Actor } from '@tracker/core';
import {
  FindingsService,
  IncidentsService,
  InformationRequestsService,
  InvestigationsService,
  Organisation,
  OrganisationsService,
  type CreateFindingDto,
  type CreateInformationRequestDto,
} from '@tracker/pdca';
import { DataSource } from 'typeorm';
import { INCIDENTS, ORGANISATIONS, type IncidentKey, type OrgKey } from './check-seed.data';
import type { People } from './users.seed';

const daysAgo = (days: number) =>
  new Date(Date.parse(todayInJapan()) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The Check stage's demo: organisations, incidents in every status and confidentiality level,
 * investigations at different stages with information requests (past due, trade secrets, one
 * organisation one request short of the burden threshold) and findings. Written through the
 * services by the demo analysts; analyst.mic@demo.example has only internal clearance and sees
 * the redacted version.
 */
@Injectable()
export class CheckSeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly incidents: IncidentsService,
    private readonly investigations: InvestigationsService,
    private readonly requests: InformationRequestsService,
    private readonly findings: FindingsService,
  ) {}

  async run(people: People): Promise<void> {
    if (await this.dataSource.getRepository(Organisation).count()) return;
    const meti = people.get('analyst@demo.example')!;
    const ppc = people.get('analyst.ppc@demo.example')!;
    const aisi = people.get('analyst.aisi@demo.example')!;
    const mic = people.get('analyst.mic@demo.example')!;
    const reviewer = people.get('reviewer@demo.example')!;

    const org: Partial<Record<OrgKey, string>> = {};
    for (const [key, dto] of Object.entries(ORGANISATIONS) as [OrgKey, never][]) {
      org[key] = (await this.organisations.create(dto, meti)).id;
    }
    const incident: Partial<Record<IncidentKey, string>> = {};
    const log = async (key: IncidentKey, actor: Actor) => {
      const { organisations = [], ...dto } = INCIDENTS[key] as (typeof INCIDENTS)[IncidentKey] & {
        organisations?: OrgKey[];
      };
      const organisationIds = organisations.map((k) => org[k]!);
      const created = await this.incidents.create(
        { ...dto, ...(organisationIds.length ? { organisationIds } : {}) },
        actor,
      );
      return (incident[key] = created.id);
    };

    // Closed: the advisory, handled by its publication.
    await log('advisory', meti);
    await this.incidents.triage(incident.advisory!, {}, meti);
    await this.incidents.close(
      incident.advisory!,
      { resolution: '2025年2月6日に府省庁へ注意喚起を発出。民間利用への制限は行わない。' },
      meti,
    );
    // The deepfake, reported twice; the second report is a duplicate.
    await log('deepfake', meti);
    await this.incidents.comment(incident.deepfake!, '同一動画の別通報あり。統合を検討。', mic);
    await log('deepfakeAgain', mic);
    await this.incidents.duplicate(
      incident.deepfakeAgain!,
      { duplicateOfId: incident.deepfake! },
      mic,
    );
    await log('chatbotLeak', ppc);
    await log('busPilot', meti);
    await this.incidents.triage(incident.busPilot!, { severity: 'high' }, meti);
    await log('hiringBias', meti); // stays reported: waiting for triage
    await log('cbrnUplift', aisi);
    await this.incidents.triage(incident.cbrnUplift!, { severity: 'critical' }, aisi);
    await log('priceBot', meti);
    await this.incidents.dismiss(
      incident.priceBot!,
      { reason: '規則ベースの価格設定であり、AIの関与が確認できなかった。' },
      meti,
    );
    await log('illustration', meti);
    await this.incidents.triage(incident.illustration!, {}, meti);
    await log('diagnosis', meti);
    await log('promptInjection', meti);

    await this.chatbotInvestigation(org, incident.chatbotLeak!, ppc);
    await this.busInvestigation(org, incident.busPilot!, meti);
    await this.diagnosisInvestigation(org, incident.diagnosis!, meti, reviewer);
    const deepfake = await this.investigations.create(
      {
        titleJa: '選挙前の深層偽造動画の拡散経路調査',
        scope: '動画の生成に用いられたサービスと拡散経路、プラットフォームの対応。',
        leadAnalystId: mic.userId!,
        incidentIds: [incident.deepfake!],
      },
      mic,
    );
    await this.investigations.gather(deepfake.id, mic);
    const declined = await this.requests.create(
      this.request(deepfake.id, org.mediaCreate!, 30, 14, '生成に用いたサービスの特定について'),
      mic,
    );
    await this.requests.respond(
      declined.id,
      { cooperationStatus: 'declined', responseDate: daysAgo(20) },
      mic,
    );
  }

  /** In analysis: a trade-secret answer, a partial one, and Solaris one request short of the threshold. */
  private async chatbotInvestigation(
    org: Partial<Record<OrgKey, string>>,
    incidentId: string,
    ppc: Actor,
  ) {
    const investigation = await this.investigations.create(
      {
        titleJa: '生成AIチャットボット経由の個人情報漏えい事案の調査',
        titleEn: 'Personal data disclosed through a bank chatbot',
        scope: '対話ログの参照設定、学習データへの顧客情報の混入の有無、再発防止策。',
        leadAnalystId: ppc.userId!,
        incidentIds: [incidentId],
      },
      ppc,
    );
    await this.investigations.gather(investigation.id, ppc);
    const design = await this.requests.create(
      this.request(investigation.id, org.solaris!, 60, 30, '対話ログの参照設計について'),
      ppc,
    );
    await this.requests.respond(
      design.id,
      {
        cooperationStatus: 'responded',
        responseText:
          '検索拡張の索引に顧客別の分離がなかった。索引構成と評価データを添付（営業秘密）。',
        responseDate: daysAgo(35),
        responseTradeSecret: true,
      },
      ppc,
    );
    const bank = await this.requests.create(
      this.request(investigation.id, org.miraiBank!, 60, 30, '影響範囲と顧客対応について'),
      ppc,
    );
    await this.requests.respond(
      bank.id,
      {
        cooperationStatus: 'partial',
        responseText: '影響顧客は1,843名。個別連絡は完了。委託先管理の資料は準備中。',
        responseDate: daysAgo(40),
      },
      ppc,
    );
    for (const subject of ['再発防止策の実施状況', '他の導入先金融機関での設定状況']) {
      await this.requests.create(
        this.request(investigation.id, org.solaris!, 10, -20, subject),
        ppc,
      );
    }
    await this.investigations.analyse(investigation.id, ppc);
    const finding = await this.findings.create(
      this.finding(investigation.id, 'guidance', 'high', {
        statementJa: '検索拡張生成の索引で顧客ごとの情報分離がなされていなかった。',
        statementEn: 'The retrieval index did not separate customers’ information.',
        evidence: ['ソラリスAIの回答（営業秘密）', 'みらい銀行の回答'],
      }),
      ppc,
    );
    await this.findings.submit(finding.id, ppc);
    await this.findings.create(
      this.finding(investigation.id, 'ministry_referral', 'high', {
        statementJa: '個人情報保護法上の安全管理措置の観点から個人情報保護委員会での検討が必要。',
        referralMinistry: 'ppc',
      }),
      ppc,
    );
    await this.investigations.comment(investigation.id, '所見1をレビューに回付。', ppc);
  }

  /** Gathering information; the developer's answer is past due. */
  private async busInvestigation(
    org: Partial<Record<OrgKey, string>>,
    incidentId: string,
    meti: Actor,
  ) {
    const investigation = await this.investigations.create(
      {
        titleJa: '自動運転バス実証における標識誤認識事案の調査',
        titleEn: 'Sign misrecognition in the autonomous bus pilot',
        scope: '標識認識モデルの学習データ、運行設計領域（ODD）の設定、実証の安全管理体制。',
        leadAnalystId: meti.userId!,
        incidentIds: [incidentId],
      },
      meti,
    );
    await this.investigations.gather(investigation.id, meti);
    await this.requests.create(
      this.request(investigation.id, org.toto!, 45, 15, '事故解析結果と標識認識モデルの更新内容'),
      meti,
    );
    await this.requests.create(
      this.request(investigation.id, org.hokkai!, 10, -20, '実証の安全管理体制と住民への説明'),
      meti,
    );
  }

  /** Concluded: every request answered, findings accepted; the incident is closed. */
  private async diagnosisInvestigation(
    org: Partial<Record<OrgKey, string>>,
    incidentId: string,
    meti: Actor,
    reviewer: Actor,
  ) {
    const investigation = await this.investigations.create(
      {
        titleJa: '画像診断支援AIの機種依存誤判定の調査',
        titleEn: 'Scanner-dependent errors of a diagnostic-imaging AI',
        scope: '学習データの装置構成、市販後の性能監視、医療機関への情報提供。',
        leadAnalystId: meti.userId!,
        incidentIds: [incidentId],
      },
      meti,
    );
    const answer = await this.requests.create(
      this.request(investigation.id, org.airo!, 120, 90, '学習データの装置別構成について'),
      meti,
    );
    await this.requests.respond(
      answer.id,
      {
        cooperationStatus: 'responded',
        responseText: '特定機種の画像が学習データの2%未満であった。追加学習と再評価を実施。',
        responseDate: daysAgo(100),
      },
      meti,
    );
    await this.investigations.analyse(investigation.id, meti);
    for (const dto of [
      this.finding(investigation.id, 'guideline_amendment', 'high', {
        statementJa: '学習データの装置・機種の偏りを評価する手順がガイドラインに欠けている。',
        statementEn: 'The guidelines lack a step to check training data for device bias.',
        evidence: ['先端知能研究機構の回答', '医療機関からの報告'],
      }),
      this.finding(investigation.id, 'ministry_referral', 'medium', {
        statementJa: '医薬品医療機器等法に基づく市販後の性能監視について厚生労働省へ回付する。',
        referralMinistry: 'mhlw',
      }),
    ]) {
      const finding = await this.findings.create(dto, meti);
      await this.findings.submit(finding.id, meti);
      await this.findings.accept(finding.id, { note: '了承' }, reviewer);
    }
    await this.investigations.review(investigation.id, meti);
    await this.investigations.conclude(
      investigation.id,
      {
        conclusion: '学習データの装置偏りが原因。ガイドライン改定と厚生労働省への回付を提言。',
        rootCause: '学習データにおける特定機種画像の不足',
      },
      meti,
    );
    await this.incidents.close(
      incidentId,
      { resolution: '調査終結。開発者が追加学習を実施し、ガイドライン改定を提言。' },
      meti,
    );
  }

  private request(
    investigationId: string,
    organisationId: string,
    askedDaysAgo: number,
    dueDaysAgo: number,
    subject: string,
  ): CreateInformationRequestDto {
    return {
      investigationId,
      organisationId,
      subject,
      questions: `${subject}について、差し支えのない範囲でご教示ください。回答は任意です。`,
      requestDate: daysAgo(askedDaysAgo),
      dueDate: daysAgo(dueDaysAgo),
    };
  }

  private finding(
    investigationId: string,
    recommendedAction: CreateFindingDto['recommendedAction'],
    riskLevel: CreateFindingDto['riskLevel'],
    rest: Partial<CreateFindingDto>,
  ): CreateFindingDto {
    return { investigationId, recommendedAction, riskLevel, ...rest };
  }
}
