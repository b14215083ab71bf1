import { Injectable } from '@nestjs/common';
import { todayInJapan, type Actor } from '@tracker/core';
import {
  AmendmentsService,
  Finding,
  FindingsService,
  Guidance,
  GuidanceService,
  IncidentsService,
  Investigation,
  InvestigationsService,
  Organisation,
  PlanVersion,
  ReviewTasksService,
  ReviewWorkflow,
  type CreateFindingDto,
} from '@tracker/pdca';
import { DataSource, In } from 'typeorm';
import {
  CHATBOT_ADVICE,
  DATA_ABROAD_ADVISORY,
  DATA_ABROAD_REVISION,
  DEEPFAKE_FINDING,
  DEEPFAKE_LABELLING,
  OVERSEAS_FINDINGS,
  OVERSEAS_INCIDENTS,
} from './act-seed.data';
import type { People } from './users.seed';

const daysAgo = (days: number) =>
  new Date(Date.parse(todayInJapan()) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The Act stage closes the demo cycle: incidents → investigation → accepted findings →
 * guidance (one revised, so two versions) → an approved amendment of the Basic Plan, which opens
 * its version 2 (edited next by the plan seed, then proposed to the reviewers by the review
 * seed). Also: deepfake-labelling guidance whose follow-up is due, non-public advice to a named
 * business, and an amendment of the AI Guidelines for Business waiting in METI's inbox.
 * Written through the services; approvals go through review tasks as the worker would open them.
 */
@Injectable()
export class ActSeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: IncidentsService,
    private readonly investigations: InvestigationsService,
    private readonly findings: FindingsService,
    private readonly guidance: GuidanceService,
    private readonly amendments: AmendmentsService,
    private readonly workflow: ReviewWorkflow,
    private readonly tasks: ReviewTasksService,
  ) {}

  async run(people: People): Promise<void> {
    if (await this.dataSource.getRepository(Guidance).count()) return;
    const ppc = people.get('analyst.ppc@demo.example')!;
    const mic = people.get('analyst.mic@demo.example')!;
    const meti = people.get('analyst@demo.example')!;
    const coordinator = people.get('coordinator@demo.example')!;
    const reviewer = people.get('reviewer@demo.example')!;

    const incidentIds: string[] = [];
    for (const [n, dto] of OVERSEAS_INCIDENTS.entries()) {
      const dates = { occurredDate: daysAgo(230 - n * 12), reportedDate: daysAgo(226 - n * 12) };
      incidentIds.push((await this.incidents.create({ ...dto, ...dates }, ppc)).id);
    }
    const investigation = await this.investigations.create(
      {
        titleJa: '海外生成AIサービスへの個人データ入力事案の調査',
        titleEn: 'Personal data entered into foreign generative-AI services',
        scope: '入力データの保存場所と適用法令、利用者への説明、事業者・自治体の利用規程。',
        leadAnalystId: ppc.userId!,
        incidentIds,
      },
      ppc,
    );
    await this.investigations.analyse(investigation.id, ppc);
    const accepted: string[] = [];
    for (const dto of OVERSEAS_FINDINGS) {
      accepted.push(
        await this.acceptedFinding({ ...dto, investigationId: investigation.id }, ppc, reviewer),
      );
    }
    await this.investigations.review(investigation.id, ppc);
    await this.investigations.conclude(
      investigation.id,
      {
        conclusion: '利用者への情報提供と、AI基本計画への越境データ・偽情報対策の位置付けを提言。',
        rootCause: '国外保存と適用法令についての利用者の認識不足',
      },
      ppc,
    );

    // The advisory, issued and later revised: the revision supersedes version 1.
    const advisory = await this.approveAndIssue(
      await this.guidance.create({ ...DATA_ABROAD_ADVISORY, findingIds: [accepted[0]] }, ppc),
      ppc,
      reviewer,
      daysAgo(170),
    );
    const draft = await this.guidance.revise(advisory.id, ppc);
    const revised = await this.guidance.update(
      draft.id,
      { ...DATA_ABROAD_REVISION, version: draft.version, followUpDate: daysAgo(-60) },
      ppc,
    );
    const current = await this.approveAndIssue(revised, ppc, reviewer, daysAgo(85));

    const deepfake = await this.dataSource
      .getRepository(Investigation)
      .findOneByOrFail({ titleJa: '選挙前の深層偽造動画の拡散経路調査' });
    const labelling = await this.guidance.create(
      {
        ...DEEPFAKE_LABELLING,
        findingIds: [
          await this.acceptedFinding(
            { ...DEEPFAKE_FINDING, investigationId: deepfake.id },
            mic,
            reviewer,
          ),
        ],
        followUpDate: daysAgo(15),
      },
      mic,
    );
    await this.approveAndIssue(labelling, mic, reviewer, daysAgo(95));

    const chatbot = await this.dataSource.getRepository(Finding).findOneByOrFail({
      status: 'in_review',
      recommendedAction: 'guidance',
    });
    await this.findings.accept(chatbot.id, { note: '助言の根拠として了承' }, reviewer);
    const solaris = await this.dataSource
      .getRepository(Organisation)
      .findOneByOrFail({ nameEn: 'Solaris AI K.K.' });
    const advice = await this.approveAndIssue(
      await this.guidance.create(
        { ...CHATBOT_ADVICE, findingIds: [chatbot.id], addresseeOrganisationIds: [solaris.id] },
        ppc,
      ),
      ppc,
      reviewer,
      daysAgo(45),
    );
    await this.guidance.acknowledge(
      advice.id,
      { acknowledgedOn: daysAgo(41), acknowledgedBy: '株式会社ソラリスAI 代表取締役 佐藤 一郎' },
      ppc,
    );

    // The amendment that closes the cycle: approving it opens version 2 of the Basic Plan. A
    // database seeded by an earlier release already has version 2 open; it is left as it is.
    const open = await this.dataSource
      .getRepository(PlanVersion)
      .exists({ where: { status: In(['draft', 'proposed']) } });
    if (!open) await this.closeTheCycle(accepted[1], current.id, coordinator, reviewer);

    // A guideline amendment on the diagnosis findings, waiting for METI's reviewers.
    const deviceBias = await this.dataSource.getRepository(Finding).findOneByOrFail({
      status: 'accepted',
      recommendedAction: 'guideline_amendment',
    });
    const guideline = await this.amendments.create(
      {
        target: 'business_guidelines',
        targetName: 'AI事業者ガイドライン（第1.1版）',
        leadMinistry: 'meti',
        proposedChangeJa:
          '学習データの装置・機種の偏りを評価する手順を、開発者向けの別添に追加する。',
        proposedChangeEn:
          'Add a step to check training data for device and model bias to the appendix for developers.',
        findingIds: [deviceBias.id],
      },
      meti,
    );
    await this.amendments.submit(guideline.id, meti);
    await this.workflow.open({
      subjectType: 'amendment',
      subjectId: guideline.id,
      kind: 'approval',
      submittedById: meti.userId,
    });
  }

  /** Approving an amendment of the Basic Plan opens its version 2. */
  private async closeTheCycle(
    findingId: string,
    guidanceId: string,
    coordinator: Actor,
    reviewer: Actor,
  ) {
    const planAmendment = await this.amendments.create(
      {
        target: 'basic_plan',
        proposedChangeJa:
          '「偽・誤情報とディープフェイクへの対策」を柱III-4として追加し、生成AIサービスを通じた越境データ移転への対応を施策に位置付ける。生成AIの業務利用率の目標を90%に引き上げる。',
        proposedChangeEn:
          'Add pillar III-4, countering disinformation and deepfakes; cover cross-border data transfer through generative-AI services in the measures; raise the target for business use of generative AI to 90%.',
        findingIds: [findingId],
        guidanceIds: [guidanceId],
      },
      coordinator,
    );
    await this.decide('amendment', planAmendment.id, coordinator, reviewer);
  }

  private async acceptedFinding(dto: CreateFindingDto, author: Actor, reviewer: Actor) {
    const finding = await this.findings.create(dto, author);
    await this.findings.submit(finding.id, author);
    await this.findings.accept(finding.id, { note: '了承' }, reviewer);
    return finding.id;
  }

  private async approveAndIssue(
    draft: { id: string },
    author: Actor,
    reviewer: Actor,
    issueDate: string,
  ) {
    await this.guidance.submit(draft.id, author);
    await this.decide('guidance', draft.id, author, reviewer);
    return this.guidance.issue(draft.id, { issueDate }, author);
  }

  /** Opens the approval task as the worker would, and the reviewer approves it. */
  private async decide(
    subjectType: 'guidance' | 'amendment',
    subjectId: string,
    author: Actor,
    reviewer: Actor,
  ) {
    if (subjectType === 'amendment') await this.amendments.submit(subjectId, author);
    const task = await this.workflow.open({
      subjectType,
      subjectId,
      kind: 'approval',
      submittedById: author.userId,
    });
    await this.tasks.approve(task!.id, { comment: '承認します' }, reviewer);
  }
}
