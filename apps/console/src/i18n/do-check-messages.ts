import {
  ACTOR_TYPES,
  AFFECTED_INTERESTS,
  EXISTING_LAWS,
  INCIDENT_SOURCES,
  LEGAL_NATURES,
  MEASURE_CATEGORIES,
  ORGANISATION_SIZES,
  ORGANISATION_TYPES,
  RECOMMENDED_ACTIONS,
  RISK_CATEGORIES,
  SECTORS,
  type ConfidentialityLevel,
  type CooperationStatus,
  type FindingAction,
  type FindingStatus,
  type IncidentAction,
  type IncidentStatus,
  type InformationRequestAction,
  type InformationRequestStatus,
  type InvestigationAction,
  type InvestigationStatus,
  type MeasureAction,
  type MeasureStatus,
  type ProgressReportAction,
  type ProgressReportStatus,
  type RagRating,
  type Severity,
} from '@tracker/contracts';
import type { DoCheckErrorCode } from '../core/api-errors';

type Texts<K extends string> = Record<K, string>;

interface MoveTexts {
  label: string;
  title: string;
  help: string;
  done: string;
}
interface ResourceTexts<F extends string> {
  name: string;
  fields: Texts<F>;
}
type Vocabulary = Record<string, { ja: string; en: string }>;
type Labels<V extends Vocabulary> = Record<keyof V & string, string>;

/** The dashboard's age buckets of open investigations (libs/pdca dashboard.service.ts). */
type AgeBucket = '0-30' | '31-90' | '91-180' | '181+';
type LateReasonKind = 'milestone_overdue' | 'report_missing';

type MeasureField =
  | 'code'
  | 'title'
  | 'titleJa'
  | 'titleEn'
  | 'descriptionJa'
  | 'descriptionEn'
  | 'objectiveIds'
  | 'planVersionIds'
  | 'planVersionId'
  | 'leadMinistry'
  | 'cooperatingMinistries'
  | 'actorType'
  | 'category'
  | 'legalNature'
  | 'budgetYen'
  | 'startDate'
  | 'dueDate'
  | 'reportingFrequency'
  | 'status'
  | 'statusReason'
  | 'completedOn'
  | 'currentRating'
  | 'currentRatingPeriod'
  | 'rating'
  | 'late'
  | 'lateReasons'
  | 'reason'
  | 'q'
  | 'createdAt'
  | 'updatedAt';
type ProgressReportField =
  | 'measureId'
  | 'period'
  | 'periodStart'
  | 'periodEnd'
  | 'narrativeJa'
  | 'narrativeEn'
  | 'indicatorValues'
  | 'measureKpiId'
  | 'value'
  | 'rating'
  | 'ratingRationale'
  | 'accountablePerson'
  | 'status'
  | 'supersedesId'
  | 'correctionReason'
  | 'supersededById'
  | 'supersededAt'
  | 'current'
  | 'createdAt';
type MilestoneField = 'measureId' | 'title' | 'titleJa' | 'titleEn' | 'dueDate' | 'doneOn';
type MeasureKpiField =
  | 'measureId'
  | 'indicator'
  | 'indicatorJa'
  | 'indicatorEn'
  | 'baseline'
  | 'target'
  | 'unit'
  | 'targetDate'
  | 'planKpiId';
type OrganisationField =
  | 'name'
  | 'nameJa'
  | 'nameEn'
  | 'type'
  | 'sector'
  | 'size'
  | 'domestic'
  | 'country'
  | 'notes'
  | 'openRequestCount'
  | 'requestsLast12Months'
  | 'openRequests'
  | 'recentRequests'
  | 'hasOpenRequests'
  | 'q'
  | 'createdAt'
  | 'updatedAt';
type IncidentField =
  | 'reference'
  | 'sequence'
  | 'status'
  | 'occurredDate'
  | 'reportedDate'
  | 'title'
  | 'titleJa'
  | 'titleEn'
  | 'summaryJa'
  | 'summaryEn'
  | 'source'
  | 'sourceReference'
  | 'sector'
  | 'riskCategories'
  | 'riskCategory'
  | 'affectedInterests'
  | 'aiSystemName'
  | 'aiDeveloper'
  | 'aiDeployer'
  | 'aiModel'
  | 'advancedAi'
  | 'openWeight'
  | 'organisationIds'
  | 'applicableLaws'
  | 'severity'
  | 'peopleAffected'
  | 'businessStatement'
  | 'confidentiality'
  | 'resolution'
  | 'dismissalReason'
  | 'duplicateOfId'
  | 'investigationIds'
  | 'reason'
  | 'q'
  | 'occurredFrom'
  | 'occurredTo'
  | 'reportedFrom'
  | 'reportedTo'
  | 'createdAt'
  | 'updatedAt';
type InvestigationField =
  | 'title'
  | 'titleJa'
  | 'titleEn'
  | 'scope'
  | 'leadAnalystId'
  | 'incidentIds'
  | 'incidentId'
  | 'createdFrom'
  | 'createdTo'
  | 'status'
  | 'haipReportReference'
  | 'rootCause'
  | 'conclusion'
  | 'concludedAt'
  | 'openRequests'
  | 'findings'
  | 'acceptedFindings'
  | 'q'
  | 'createdAt'
  | 'updatedAt';
type InformationRequestField =
  | 'investigationId'
  | 'organisationId'
  | 'subject'
  | 'questions'
  | 'legalBasis'
  | 'voluntary'
  | 'requestDate'
  | 'dueDate'
  | 'status'
  | 'cooperationStatus'
  | 'responseText'
  | 'responseDate'
  | 'responseTradeSecret'
  | 'closeReason'
  | 'burdenJustification'
  | 'overdue'
  | 'dueFrom'
  | 'dueTo'
  | 'reason'
  | 'q'
  | 'createdAt'
  | 'updatedAt';
type FindingField =
  | 'investigationId'
  | 'statement'
  | 'statementJa'
  | 'statementEn'
  | 'evidence'
  | 'riskLevel'
  | 'recommendedAction'
  | 'referralMinistry'
  | 'status'
  | 'reviewNote'
  | 'note'
  | 'q'
  | 'createdAt'
  | 'updatedAt';

/**
 * The console's texts for the Do and Check stages, merged into the catalogue of each language
 * (ja.ts, en.ts). Statuses and moves are keyed by the values in @tracker/contracts, and the
 * vocabularies come with their labels from there, so a new value fails the type-check here.
 */
export interface DoCheckMessages {
  resources: {
    measures: ResourceTexts<MeasureField>;
    'progress-reports': ResourceTexts<ProgressReportField>;
    'measure-milestones': ResourceTexts<MilestoneField>;
    'measure-kpis': ResourceTexts<MeasureKpiField>;
    organisations: ResourceTexts<OrganisationField>;
    incidents: ResourceTexts<IncidentField>;
    investigations: ResourceTexts<InvestigationField>;
    'information-requests': ResourceTexts<InformationRequestField>;
    findings: ResourceTexts<FindingField>;
  };
  tracker: {
    status: {
      measure: Texts<MeasureStatus>;
      progress_report: Texts<ProgressReportStatus>;
      incident: Texts<IncidentStatus>;
      investigation: Texts<InvestigationStatus>;
      information_request: Texts<InformationRequestStatus>;
      finding: Texts<FindingStatus>;
    };
    move: {
      measure: Record<MeasureAction, MoveTexts>;
      progress_report: Record<ProgressReportAction, MoveTexts>;
      incident: Record<Exclude<IncidentAction, 'investigate'>, MoveTexts>;
      investigation: Record<InvestigationAction, MoveTexts>;
      information_request: Record<InformationRequestAction, MoveTexts>;
      finding: Record<FindingAction, MoveTexts>;
    };
    verb: Texts<
      | MeasureAction
      | ProgressReportAction
      | IncidentAction
      | InvestigationAction
      | InformationRequestAction
      | FindingAction
    >;
    rating: Texts<RagRating | 'none'>;
    severity: Texts<Severity>;
    confidentiality: Texts<ConfidentialityLevel>;
    cooperation: Texts<CooperationStatus>;
    measure_category: Labels<typeof MEASURE_CATEGORIES>;
    actor_type: Labels<typeof ACTOR_TYPES>;
    legal_nature: Labels<typeof LEGAL_NATURES>;
    organisation_type: Labels<typeof ORGANISATION_TYPES>;
    organisation_size: Labels<typeof ORGANISATION_SIZES>;
    sector: Labels<typeof SECTORS>;
    incident_source: Labels<typeof INCIDENT_SOURCES>;
    risk_category: Labels<typeof RISK_CATEGORIES>;
    affected_interest: Labels<typeof AFFECTED_INTERESTS>;
    existing_law: Labels<typeof EXISTING_LAWS>;
    recommended_action: Labels<typeof RECOMMENDED_ACTIONS>;
    list: {
      about: string;
      range: string;
      range_about: string;
      saved_queries: string;
      yes: string;
      no: string;
    };
    redaction: { redacted: string; help: string };
    do: {
      tabs: Texts<'details' | 'content' | 'reports' | 'history'>;
      late: string;
      on_track: string;
      late_reason: Texts<LateReasonKind>;
      rating_history: string;
      no_reports: string;
      milestones: string;
      kpis: string;
      no_milestones: string;
      no_kpis: string;
      done: string;
      overdue: string;
      new_report: string;
      superseded_note: string;
      due_before_start: string;
      budget: string;
      help: Texts<'rating' | 'period' | 'objectives' | 'accountable' | 'code'>;
    };
    check: {
      tabs: Texts<'details' | 'ai_system' | 'timeline' | 'history' | 'requests' | 'findings'>;
      timeline_empty: string;
      comment: string;
      add_comment: string;
      comment_added: string;
      commented: string;
      changed: string;
      open_investigation: string;
      send_request: string;
      record_finding: string;
      overdue: string;
      trade_secret: string;
      reported_before_occurred: string;
      help: Texts<
        'confidentiality' | 'voluntary' | 'burden' | 'trade_secret' | 'evidence' | 'search'
      >;
    };
    errors: Texts<DoCheckErrorCode>;
    dashboard_dc: {
      measures_total: string;
      by_rating: string;
      late_measures: string;
      open_late: string;
      incidents_total: string;
      by_severity: string;
      open_by_severity: string;
      by_status: string;
      investigations_by_age: string;
      age: Texts<AgeBucket>;
      no_data: string;
      unavailable: string;
      chart_label: string;
    };
  };
}

const labels = <V extends Vocabulary>(vocabulary: V, locale: 'ja' | 'en'): Labels<V> =>
  Object.fromEntries(Object.entries(vocabulary).map(([code, l]) => [code, l[locale]])) as Labels<V>;

const vocabularies = (locale: 'ja' | 'en') => ({
  measure_category: labels(MEASURE_CATEGORIES, locale),
  actor_type: labels(ACTOR_TYPES, locale),
  legal_nature: labels(LEGAL_NATURES, locale),
  organisation_type: labels(ORGANISATION_TYPES, locale),
  organisation_size: labels(ORGANISATION_SIZES, locale),
  sector: labels(SECTORS, locale),
  incident_source: labels(INCIDENT_SOURCES, locale),
  risk_category: labels(RISK_CATEGORIES, locale),
  affected_interest: labels(AFFECTED_INTERESTS, locale),
  existing_law: labels(EXISTING_LAWS, locale),
  recommended_action: labels(RECOMMENDED_ACTIONS, locale),
});

/** 日本語（既定）。用語は docs/domain.md の用語集に合わせる。 */
export const doCheckJa: DoCheckMessages = {
  resources: {
    measures: {
      name: '施策 |||| 施策',
      fields: {
        code: '施策番号',
        title: '施策名',
        titleJa: '施策名（日本語）',
        titleEn: '施策名（英語）',
        descriptionJa: '説明（日本語）',
        descriptionEn: '説明（英語）',
        objectiveIds: '対応する計画の目標',
        planVersionIds: 'AI基本計画の版',
        planVersionId: 'AI基本計画の版',
        leadMinistry: '主担当府省庁',
        cooperatingMinistries: '協力府省庁',
        actorType: '対象',
        category: '基本的施策の区分',
        legalNature: '法的性格',
        budgetYen: '予算額（円）',
        startDate: '開始日',
        dueDate: '完了予定日',
        reportingFrequency: '報告頻度',
        status: '状態',
        statusReason: '停止・中止の理由',
        completedOn: '完了日',
        currentRating: '最新の評価',
        currentRatingPeriod: '評価の対象期間',
        rating: '評価',
        late: '遅延',
        lateReasons: '遅延の理由',
        reason: '理由',
        q: '検索',
        createdAt: '作成日時',
        updatedAt: '最終更新',
      },
    },
    'progress-reports': {
      name: '進捗報告 |||| 進捗報告',
      fields: {
        measureId: '施策',
        period: '報告期間',
        periodStart: '期間の開始',
        periodEnd: '期間の終了',
        narrativeJa: '進捗の説明（日本語）',
        narrativeEn: '進捗の説明（英語）',
        indicatorValues: '指標の実績値',
        measureKpiId: '指標',
        value: '実績値',
        rating: '実施の確度（5段階）',
        ratingRationale: '評価の根拠',
        accountablePerson: '責任者',
        status: '状態',
        supersedesId: '訂正前の報告',
        correctionReason: '訂正の理由',
        supersededById: '訂正後の報告',
        supersededAt: '訂正日時',
        current: '最新の報告のみ',
        createdAt: '提出日時',
      },
    },
    'measure-milestones': {
      name: 'マイルストーン |||| マイルストーン',
      fields: {
        measureId: '施策',
        title: 'マイルストーン',
        titleJa: 'マイルストーン（日本語）',
        titleEn: 'マイルストーン（英語）',
        dueDate: '期限',
        doneOn: '達成日',
      },
    },
    'measure-kpis': {
      name: '施策のKPI |||| 施策のKPI',
      fields: {
        measureId: '施策',
        indicator: '指標',
        indicatorJa: '指標（日本語）',
        indicatorEn: '指標（英語）',
        baseline: '基準値',
        target: '目標値',
        unit: '単位',
        targetDate: '目標時期',
        planKpiId: '計画のKPI',
      },
    },
    organisations: {
      name: '事業者等 |||| 事業者等',
      fields: {
        name: '名称',
        nameJa: '名称（日本語）',
        nameEn: '名称（英語）',
        type: '種別',
        sector: '分野',
        size: '規模',
        domestic: '国内',
        country: '国・地域（ISOコード）',
        notes: '備考',
        openRequestCount: '回答待ちの情報提供の求め',
        requestsLast12Months: '過去12か月の情報提供の求め',
        openRequests: '回答待ちの情報提供の求め',
        recentRequests: '過去12か月の情報提供の求め',
        hasOpenRequests: '回答待ちの求めあり',
        q: '検索',
        createdAt: '登録日時',
        updatedAt: '最終更新',
      },
    },
    incidents: {
      name: '事案 |||| 事案',
      fields: {
        reference: '事案番号',
        sequence: '通番',
        status: '状態',
        occurredDate: '発生日',
        reportedDate: '報告日',
        title: '件名',
        titleJa: '件名（日本語）',
        titleEn: '件名（英語）',
        summaryJa: '概要（日本語）',
        summaryEn: '概要（英語）',
        source: '情報源',
        sourceReference: '情報源の詳細（記事・報告番号・URL等）',
        sector: '分野',
        riskCategories: 'リスク区分',
        riskCategory: 'リスク区分',
        affectedInterests: '侵害された権利利益',
        aiSystemName: 'AIシステム名',
        aiDeveloper: '開発者',
        aiDeployer: '提供者・利用者',
        aiModel: 'AIモデル',
        advancedAi: '先端的なAIモデル',
        openWeight: 'オープンウェイト',
        organisationIds: '関係する事業者等',
        applicableLaws: '関係しうる既存法',
        severity: '重大度',
        peopleAffected: '影響を受けた人数',
        businessStatement: '事業者の説明',
        confidentiality: '秘密区分',
        resolution: '対応結果',
        dismissalReason: '対象外とした理由',
        duplicateOfId: '重複先の事案',
        investigationIds: '調査',
        reason: '理由',
        q: '検索（日本語・英語）',
        occurredFrom: '発生日（から）',
        occurredTo: '発生日（まで）',
        reportedFrom: '報告日（から）',
        reportedTo: '報告日（まで）',
        createdAt: '登録日時',
        updatedAt: '最終更新',
      },
    },
    investigations: {
      name: '調査 |||| 調査',
      fields: {
        title: '件名',
        titleJa: '件名（日本語）',
        titleEn: '件名（英語）',
        scope: '調査の範囲',
        leadAnalystId: '主担当の分析官',
        incidentIds: '対象の事案',
        incidentId: '対象の事案',
        createdFrom: '開始日（から）',
        createdTo: '開始日（まで）',
        status: '状態',
        haipReportReference: '広島AIプロセス報告枠組みの報告',
        rootCause: '根本原因',
        conclusion: '結論',
        concludedAt: '終結日時',
        openRequests: '回答待ちの情報提供の求め',
        findings: '調査結果',
        acceptedFindings: '承認済みの調査結果',
        q: '検索',
        createdAt: '開始日時',
        updatedAt: '最終更新',
      },
    },
    'information-requests': {
      name: '情報提供の求め |||| 情報提供の求め',
      fields: {
        investigationId: '調査',
        organisationId: '求め先',
        subject: '件名',
        questions: '質問事項',
        legalBasis: '根拠',
        voluntary: '任意の協力',
        requestDate: '依頼日',
        dueDate: '回答期限',
        status: '状態',
        cooperationStatus: '協力の状況',
        responseText: '回答内容',
        responseDate: '回答日',
        responseTradeSecret: '営業秘密を含む回答',
        closeReason: '終了の理由',
        burdenJustification: '負担への配慮（追加の求めが必要な理由）',
        overdue: '期限超過',
        dueFrom: '回答期限（から）',
        dueTo: '回答期限（まで）',
        reason: '理由',
        q: '検索',
        createdAt: '作成日時',
        updatedAt: '最終更新',
      },
    },
    findings: {
      name: '調査結果 |||| 調査結果',
      fields: {
        investigationId: '調査',
        statement: '調査結果',
        statementJa: '調査結果（日本語）',
        statementEn: '調査結果（英語）',
        evidence: '根拠資料',
        riskLevel: 'リスクの程度',
        recommendedAction: '推奨する対応',
        referralMinistry: '回付先の府省庁',
        status: '状態',
        reviewNote: '審査のコメント',
        note: 'コメント',
        q: '検索',
        createdAt: '作成日時',
        updatedAt: '最終更新',
      },
    },
  },
  tracker: {
    status: {
      measure: {
        planned: '計画中',
        in_progress: '実施中',
        completed: '完了',
        suspended: '一時停止',
        cancelled: '中止',
      },
      progress_report: { submitted: '提出済（最新）', superseded: '訂正済（旧報告）' },
      incident: {
        reported: '受付',
        triaged: 'トリアージ済',
        under_investigation: '調査中',
        closed: '終結',
        dismissed: '対象外',
        duplicate: '重複',
      },
      investigation: {
        open: '開始',
        gathering_information: '情報収集中',
        analysis: '分析中',
        findings_in_review: '調査結果の審査中',
        concluded: '終結',
      },
      information_request: { open: '回答待ち', answered: '回答済', closed: '終了' },
      finding: { draft: '作成中', in_review: '審査中', accepted: '承認済', returned: '差戻し' },
    },
    move: {
      measure: {
        start: {
          label: '実施開始',
          title: '施策の実施を開始する',
          help: '施策を「実施中」にします。以後、四半期ごとの進捗報告が必要になります。',
          done: '実施を開始しました',
        },
        complete: {
          label: '完了',
          title: '施策を完了する',
          help: 'すべてのマイルストーンが達成済みのときに完了できます。完了日を入力してください（空欄なら本日）。',
          done: '施策を完了しました',
        },
        suspend: {
          label: '一時停止',
          title: '施策を一時停止する',
          help: '停止の理由を記録します。再開すると実施中に戻ります。',
          done: '施策を一時停止しました',
        },
        resume: {
          label: '再開',
          title: '施策を再開する',
          help: '一時停止中の施策を実施中に戻します。',
          done: '施策を再開しました',
        },
        cancel: {
          label: '中止',
          title: '施策を中止する',
          help: '中止した施策は再開できません。理由は監査ログに残ります。',
          done: '施策を中止しました',
        },
      },
      progress_report: {
        correct: {
          label: '報告を訂正',
          title: '進捗報告を訂正する',
          help: '新しい報告が今の報告に代わります。訂正前の報告も閲覧できるまま残ります。',
          done: '報告を訂正しました',
        },
      },
      incident: {
        triage: {
          label: 'トリアージ',
          title: '事案をトリアージする',
          help: '内容を確認し、必要なら重大度を見直して「トリアージ済」にします。',
          done: 'トリアージしました',
        },
        close: {
          label: '終結',
          title: '事案を終結する',
          help: '対応結果を記録して事案を終結します。',
          done: '事案を終結しました',
        },
        dismiss: {
          label: '対象外とする',
          title: '事案を対象外とする',
          help: 'AIの関与が確認できない場合などに、理由を記録して対象外とします。',
          done: '対象外としました',
        },
        duplicate: {
          label: '重複として処理',
          title: 'ほかの事案の重複とする',
          help: '存続する事案を選んでください。この事案の番号は重複先を指し続けます。',
          done: '重複として処理しました',
        },
      },
      investigation: {
        gather: {
          label: '情報収集へ',
          title: '情報収集を始める',
          help: '事業者等への情報提供の求めを送る段階に進めます。',
          done: '情報収集中にしました',
        },
        analyse: {
          label: '分析へ',
          title: '分析を始める',
          help: '集めた情報を分析する段階に進めます。',
          done: '分析中にしました',
        },
        review: {
          label: '調査結果の審査へ',
          title: '調査結果を審査に付す',
          help: '調査結果の審査を待つ段階に進めます。',
          done: '審査中にしました',
        },
        revise: {
          label: '分析に戻す',
          title: '分析に戻す',
          help: '審査を受けて分析をやり直す段階に戻します。',
          done: '分析中に戻しました',
        },
        conclude: {
          label: '調査を終結',
          title: '調査を終結する',
          help: '結論（必要なら根本原因も）を記録して調査を終結します。',
          done: '調査を終結しました',
        },
      },
      information_request: {
        respond: {
          label: '回答を記録',
          title: '回答を記録する',
          help: '協力の状況と回答内容を記録します。回答は任意であり、協力しないことで不利益を受けることはありません。',
          done: '回答を記録しました',
        },
        close: {
          label: '回答なしで終了',
          title: '情報提供の求めを終了する',
          help: '回答を待たずに終了する理由を記録します。',
          done: '終了しました',
        },
      },
      finding: {
        submit: {
          label: '審査に提出',
          title: '調査結果を審査に提出する',
          help: '審査・承認者の確認を求めます。提出後は編集できません。',
          done: '審査に提出しました',
        },
        accept: {
          label: '承認',
          title: '調査結果を承認する',
          help: '調査結果を承認します。コメントは任意です。',
          done: '承認しました',
        },
        return: {
          label: '差戻し',
          title: '調査結果を差し戻す',
          help: '修正が必要な点をコメントに記入してください。',
          done: '差し戻しました',
        },
      },
    },
    verb: {
      start: '実施開始',
      complete: '完了',
      suspend: '一時停止',
      resume: '再開',
      cancel: '中止',
      correct: '訂正',
      triage: 'トリアージ',
      investigate: '調査開始',
      close: '終結',
      dismiss: '対象外',
      duplicate: '重複として処理',
      gather: '情報収集へ',
      analyse: '分析へ',
      review: '審査へ',
      revise: '分析に戻す',
      conclude: '終結',
      respond: '回答の記録',
      submit: '審査に提出',
      accept: '承認',
      return: '差戻し',
    },
    rating: {
      green: '緑（順調）',
      amber_green: '黄緑（おおむね順調）',
      amber: '黄（課題あり）',
      amber_red: '橙（重大な課題）',
      red: '赤（達成困難）',
      none: '未報告',
    },
    severity: { low: '低', medium: '中', high: '高', critical: '重大' },
    confidentiality: { public: '公開可', internal: '庁内限り', confidential: '秘' },
    cooperation: {
      pending: '回答待ち',
      responded: '回答あり',
      partial: '一部回答',
      declined: '辞退',
    },
    ...vocabularies('ja'),
    list: {
      about: '約 %{count} 件',
      range: '%{from}–%{to} / %{count} 件',
      range_about: '%{from}–%{to} / 約 %{count} 件',
      saved_queries: '保存した検索条件',
      yes: 'はい',
      no: 'いいえ',
    },
    redaction: {
      redacted: '秘匿（閲覧権限なし）',
      help: 'この項目は機密情報のため、「秘」の閲覧区分を持つ利用者にのみ表示されます。',
    },
    do: {
      tabs: {
        details: '概要',
        content: 'マイルストーンとKPI',
        reports: '進捗報告',
        history: '変更履歴',
      },
      late: '遅延',
      on_track: '予定どおり',
      late_reason: {
        milestone_overdue: 'マイルストーン期限超過（%{date}）',
        report_missing: '進捗報告なし（%{period}）',
      },
      rating_history: '評価の推移',
      no_reports: '進捗報告はまだありません',
      milestones: 'マイルストーン',
      kpis: 'KPI',
      no_milestones: 'マイルストーンはありません',
      no_kpis: 'KPIはありません',
      done: '達成',
      overdue: '期限超過',
      new_report: '進捗報告を提出',
      superseded_note: '訂正により差し替えられた報告です',
      due_before_start: '完了予定日は開始日以降にしてください',
      budget: '%{amount} 円',
      help: {
        rating:
          '実施の確度を5段階で評価します：緑＝順調、黄緑＝おおむね順調、黄＝課題あり、橙＝重大な課題、赤＝達成困難。',
        period: '年度の四半期で入力します（例：FY2025-Q3＝2025年10〜12月）。',
        objectives: 'この施策が対応する計画の目標（同じ版のもの）を選んでください。',
        accountable: '所属・役職・氏名を入力してください。',
        code: '英数字とハイフン等（例：M-III-2-01）',
      },
    },
    check: {
      tabs: {
        details: '概要',
        ai_system: 'AIシステムと関係者',
        timeline: '経過',
        history: '変更履歴',
        requests: '情報提供の求め',
        findings: '調査結果',
      },
      timeline_empty: '経過はまだありません',
      comment: 'コメント',
      add_comment: 'コメントを追加',
      comment_added: 'コメントを追加しました',
      commented: 'コメント',
      changed: '変更',
      open_investigation: '調査を開始',
      send_request: '情報提供を求める',
      record_finding: '調査結果を作成',
      overdue: '期限超過',
      trade_secret: '営業秘密',
      reported_before_occurred: '報告日は発生日以降にしてください',
      help: {
        confidentiality:
          '「秘」の事案は、「秘」の閲覧区分を持つ利用者にしか表示されません。関係する事業者等と事業者の説明は常に機密として扱われます。',
        voluntary:
          '情報提供の求めはベストプラクティスの収集が目的であり、責任追及のためではありません。回答は任意です。',
        burden:
          '回答待ちの求めが多い事業者等や、過去12か月に多くの求めを受けた事業者等には、理由の記入が必要です。',
        trade_secret: '営業秘密を含む回答は「秘」の閲覧区分を持つ利用者にのみ表示されます。',
        evidence: '回答、文書、記事、報告書などの参照を1行に1件ずつ記入してください。',
        search: '件名と概要を日本語・英語で検索します（部分一致）。',
      },
    },
    errors: {
      clearance_required: 'この情報は「秘」の閲覧区分を持つ利用者だけが記録・変更できます',
      outside_ministry: '自府省庁が主担当の施策だけを編集・報告できます',
      burden_justification_required:
        'この事業者等にはすでに多くの求めが出ています。負担への配慮の欄に、追加で求める理由を記入してください',
      incident_not_investigable: '終結・対象外・重複の事案は調査の対象にできません',
      incident_removal: '調査から事案を外すことはできません。事案を終結するか対象外としてください',
      duplicate_of_itself: '事案を自分自身の重複にはできません',
      duplicate_of_duplicate: '重複先に選んだ事案自体が重複です。元の事案を選んでください',
      investigation_concluded: '終結した調査です。新しい調査を開始してください',
      not_an_analyst: '調査の主担当は、利用中の分析担当者である必要があります',
      no_findings: '審査に付す前に、調査結果を1件以上作成してください',
      not_concludable:
        '終結できません：承認済みの調査結果が必要で、審査中の結果や回答待ちの求めが残っていてはいけません',
      not_deletable: '削除できるのは計画中の施策だけです。開始後の施策は中止してください',
      not_reportable: '計画中・中止の施策には進捗報告を提出できません',
      milestones_open: '未達成のマイルストーンがあるため完了できません',
      mixed_plan_versions: '対応する目標は、すべて同じ版の計画のものにしてください',
      kpi_not_served: 'この施策が対応していない目標のKPIです',
      period_not_begun: 'まだ始まっていない四半期には報告できません',
      period_before_start: '施策の開始前に終わった四半期には報告できません',
      report_exists: 'この四半期の報告はすでにあります。その報告を訂正してください',
    },
    dashboard_dc: {
      measures_total: '施策 %{count} 件',
      by_rating: '実施中の施策の最新評価',
      late_measures: '遅延している施策',
      open_late: '遅延している施策を開く',
      incidents_total: '事案 %{count} 件',
      by_severity: '未終結の事案（重大度別）',
      open_by_severity: '未終結の事案（重大度別）',
      by_status: '事案（状態別）',
      investigations_by_age: '継続中の調査（経過日数別）',
      age: { '0-30': '30日以内', '31-90': '31〜90日', '91-180': '91〜180日', '181+': '181日以上' },
      no_data: 'データがありません',
      unavailable: '集計を取得できませんでした',
      chart_label: '%{label}：%{count} 件',
    },
  },
};

/** English: the switch in the app bar. */
export const doCheckEn: DoCheckMessages = {
  resources: {
    measures: {
      name: 'Measure |||| Measures',
      fields: {
        code: 'Code',
        title: 'Title',
        titleJa: 'Title (Japanese)',
        titleEn: 'Title (English)',
        descriptionJa: 'Description (Japanese)',
        descriptionEn: 'Description (English)',
        objectiveIds: 'Plan objectives served',
        planVersionIds: 'Plan versions',
        planVersionId: 'Plan version',
        leadMinistry: 'Lead ministry',
        cooperatingMinistries: 'Co-operating ministries',
        actorType: 'Concerns',
        category: 'Basic measure of the Act',
        legalNature: 'Legal nature',
        budgetYen: 'Budget (yen)',
        startDate: 'Start date',
        dueDate: 'Due date',
        reportingFrequency: 'Reporting frequency',
        status: 'Status',
        statusReason: 'Reason for suspension or cancellation',
        completedOn: 'Completed on',
        currentRating: 'Current rating',
        currentRatingPeriod: 'Rated period',
        rating: 'Rating',
        late: 'Late',
        lateReasons: 'Why late',
        reason: 'Reason',
        q: 'Search',
        createdAt: 'Created',
        updatedAt: 'Last updated',
      },
    },
    'progress-reports': {
      name: 'Progress report |||| Progress reports',
      fields: {
        measureId: 'Measure',
        period: 'Period',
        periodStart: 'Period start',
        periodEnd: 'Period end',
        narrativeJa: 'Narrative (Japanese)',
        narrativeEn: 'Narrative (English)',
        indicatorValues: 'Indicator values',
        measureKpiId: 'Indicator',
        value: 'Value',
        rating: 'Delivery confidence (five levels)',
        ratingRationale: 'Rationale of the rating',
        accountablePerson: 'Accountable person',
        status: 'Status',
        supersedesId: 'Corrects report',
        correctionReason: 'Reason for correction',
        supersededById: 'Corrected by',
        supersededAt: 'Corrected at',
        current: 'Current reports only',
        createdAt: 'Submitted at',
      },
    },
    'measure-milestones': {
      name: 'Milestone |||| Milestones',
      fields: {
        measureId: 'Measure',
        title: 'Milestone',
        titleJa: 'Milestone (Japanese)',
        titleEn: 'Milestone (English)',
        dueDate: 'Due date',
        doneOn: 'Done on',
      },
    },
    'measure-kpis': {
      name: 'Measure KPI |||| Measure KPIs',
      fields: {
        measureId: 'Measure',
        indicator: 'Indicator',
        indicatorJa: 'Indicator (Japanese)',
        indicatorEn: 'Indicator (English)',
        baseline: 'Baseline',
        target: 'Target',
        unit: 'Unit',
        targetDate: 'Target date',
        planKpiId: 'Plan KPI',
      },
    },
    organisations: {
      name: 'Organisation |||| Organisations',
      fields: {
        name: 'Name',
        nameJa: 'Name (Japanese)',
        nameEn: 'Name (English)',
        type: 'Type',
        sector: 'Sector',
        size: 'Size',
        domestic: 'Domestic',
        country: 'Country (ISO code)',
        notes: 'Notes',
        openRequestCount: 'Open information requests',
        requestsLast12Months: 'Information requests, last 12 months',
        openRequests: 'Open information requests',
        recentRequests: 'Information requests, last 12 months',
        hasOpenRequests: 'Has open requests',
        q: 'Search',
        createdAt: 'Registered',
        updatedAt: 'Last updated',
      },
    },
    incidents: {
      name: 'Incident |||| Incidents',
      fields: {
        reference: 'Reference',
        sequence: 'Sequence',
        status: 'Status',
        occurredDate: 'Occurred',
        reportedDate: 'Reported',
        title: 'Title',
        titleJa: 'Title (Japanese)',
        titleEn: 'Title (English)',
        summaryJa: 'Summary (Japanese)',
        summaryEn: 'Summary (English)',
        source: 'Source',
        sourceReference: 'Source details (article, report number, URL ...)',
        sector: 'Sector',
        riskCategories: 'Risk categories',
        riskCategory: 'Risk category',
        affectedInterests: 'Rights and interests affected',
        aiSystemName: 'AI system',
        aiDeveloper: 'Developer',
        aiDeployer: 'Deployer',
        aiModel: 'AI model',
        advancedAi: 'Advanced AI model',
        openWeight: 'Open-weight',
        organisationIds: 'Organisations involved',
        applicableLaws: 'Existing laws that may apply',
        severity: 'Severity',
        peopleAffected: 'People affected',
        businessStatement: "Business's statement",
        confidentiality: 'Confidentiality',
        resolution: 'Resolution',
        dismissalReason: 'Reason for dismissal',
        duplicateOfId: 'Duplicate of',
        investigationIds: 'Investigations',
        reason: 'Reason',
        q: 'Search (Japanese or English)',
        occurredFrom: 'Occurred from',
        occurredTo: 'Occurred until',
        reportedFrom: 'Reported from',
        reportedTo: 'Reported until',
        createdAt: 'Logged',
        updatedAt: 'Last updated',
      },
    },
    investigations: {
      name: 'Investigation |||| Investigations',
      fields: {
        title: 'Title',
        titleJa: 'Title (Japanese)',
        titleEn: 'Title (English)',
        scope: 'Scope',
        leadAnalystId: 'Lead analyst',
        incidentIds: 'Incidents covered',
        incidentId: 'Incident covered',
        createdFrom: 'Opened from',
        createdTo: 'Opened until',
        status: 'Status',
        haipReportReference: 'Hiroshima AI Process report',
        rootCause: 'Root cause',
        conclusion: 'Conclusion',
        concludedAt: 'Concluded at',
        openRequests: 'Open information requests',
        findings: 'Findings',
        acceptedFindings: 'Accepted findings',
        q: 'Search',
        createdAt: 'Opened',
        updatedAt: 'Last updated',
      },
    },
    'information-requests': {
      name: 'Information request |||| Information requests',
      fields: {
        investigationId: 'Investigation',
        organisationId: 'Addressed to',
        subject: 'Subject',
        questions: 'Questions',
        legalBasis: 'Legal basis',
        voluntary: 'Voluntary',
        requestDate: 'Request date',
        dueDate: 'Due date',
        status: 'Status',
        cooperationStatus: 'Cooperation',
        responseText: 'Response',
        responseDate: 'Response date',
        responseTradeSecret: 'Response holds trade secrets',
        closeReason: 'Reason for closing',
        burdenJustification: 'Why another request is needed (burden)',
        overdue: 'Overdue',
        dueFrom: 'Due from',
        dueTo: 'Due until',
        reason: 'Reason',
        q: 'Search',
        createdAt: 'Created',
        updatedAt: 'Last updated',
      },
    },
    findings: {
      name: 'Finding |||| Findings',
      fields: {
        investigationId: 'Investigation',
        statement: 'Finding',
        statementJa: 'Finding (Japanese)',
        statementEn: 'Finding (English)',
        evidence: 'Evidence',
        riskLevel: 'Risk level',
        recommendedAction: 'Recommended action',
        referralMinistry: 'Refer to ministry',
        status: 'Status',
        reviewNote: "Reviewer's note",
        note: 'Note',
        q: 'Search',
        createdAt: 'Created',
        updatedAt: 'Last updated',
      },
    },
  },
  tracker: {
    status: {
      measure: {
        planned: 'Planned',
        in_progress: 'In progress',
        completed: 'Completed',
        suspended: 'Suspended',
        cancelled: 'Cancelled',
      },
      progress_report: { submitted: 'Submitted (current)', superseded: 'Superseded' },
      incident: {
        reported: 'Reported',
        triaged: 'Triaged',
        under_investigation: 'Under investigation',
        closed: 'Closed',
        dismissed: 'Dismissed',
        duplicate: 'Duplicate',
      },
      investigation: {
        open: 'Open',
        gathering_information: 'Gathering information',
        analysis: 'Analysis',
        findings_in_review: 'Findings in review',
        concluded: 'Concluded',
      },
      information_request: { open: 'Awaiting answer', answered: 'Answered', closed: 'Closed' },
      finding: {
        draft: 'Draft',
        in_review: 'In review',
        accepted: 'Accepted',
        returned: 'Returned',
      },
    },
    move: {
      measure: {
        start: {
          label: 'Start',
          title: 'Start the measure',
          help: 'The measure becomes in progress; from now on it reports progress every quarter.',
          done: 'Measure started',
        },
        complete: {
          label: 'Complete',
          title: 'Complete the measure',
          help: 'Possible when every milestone is done. Enter the completion date (empty: today).',
          done: 'Measure completed',
        },
        suspend: {
          label: 'Suspend',
          title: 'Suspend the measure',
          help: 'Record why; resuming puts it back in progress.',
          done: 'Measure suspended',
        },
        resume: {
          label: 'Resume',
          title: 'Resume the measure',
          help: 'Puts the suspended measure back in progress.',
          done: 'Measure resumed',
        },
        cancel: {
          label: 'Cancel measure',
          title: 'Cancel the measure',
          help: 'A cancelled measure cannot be resumed. The reason stays in the audit trail.',
          done: 'Measure cancelled',
        },
      },
      progress_report: {
        correct: {
          label: 'Correct report',
          title: 'Correct the progress report',
          help: 'A new report replaces this one; the corrected report stays readable.',
          done: 'Report corrected',
        },
      },
      incident: {
        triage: {
          label: 'Triage',
          title: 'Triage the incident',
          help: 'Confirm the incident, re-scoring its severity if needed; it becomes triaged.',
          done: 'Incident triaged',
        },
        close: {
          label: 'Close',
          title: 'Close the incident',
          help: 'Record how it was resolved and close the incident.',
          done: 'Incident closed',
        },
        dismiss: {
          label: 'Dismiss',
          title: 'Dismiss the incident',
          help: 'Record why (for example, no AI was involved) and dismiss it.',
          done: 'Incident dismissed',
        },
        duplicate: {
          label: 'Mark as duplicate',
          title: 'Mark as a duplicate of another incident',
          help: 'Pick the surviving incident; this reference keeps pointing to it.',
          done: 'Marked as duplicate',
        },
      },
      investigation: {
        gather: {
          label: 'Gather information',
          title: 'Start gathering information',
          help: 'Move on to requesting information from organisations.',
          done: 'Gathering information',
        },
        analyse: {
          label: 'Analyse',
          title: 'Start the analysis',
          help: 'Move on to analysing what was gathered.',
          done: 'In analysis',
        },
        review: {
          label: 'Findings to review',
          title: 'Put the findings in review',
          help: 'The investigation waits for the review of its findings.',
          done: 'Findings in review',
        },
        revise: {
          label: 'Back to analysis',
          title: 'Back to analysis',
          help: 'Return to the analysis after the review.',
          done: 'Back in analysis',
        },
        conclude: {
          label: 'Conclude',
          title: 'Conclude the investigation',
          help: 'Record the conclusion (and the root cause, if known).',
          done: 'Investigation concluded',
        },
      },
      information_request: {
        respond: {
          label: 'Record answer',
          title: 'Record the answer',
          help: 'Record how the organisation cooperated and what it answered. Answering is voluntary; declining must not leave it worse off.',
          done: 'Answer recorded',
        },
        close: {
          label: 'Close unanswered',
          title: 'Close the request',
          help: 'Record why the request closes without an answer.',
          done: 'Request closed',
        },
      },
      finding: {
        submit: {
          label: 'Submit for review',
          title: 'Submit the finding for review',
          help: 'A reviewer will accept or return it. It cannot be edited while in review.',
          done: 'Submitted for review',
        },
        accept: {
          label: 'Accept',
          title: 'Accept the finding',
          help: 'Accept the finding; the note is optional.',
          done: 'Finding accepted',
        },
        return: {
          label: 'Return',
          title: 'Return the finding',
          help: 'Say in the note what needs to change.',
          done: 'Finding returned',
        },
      },
    },
    verb: {
      start: 'started',
      complete: 'completed',
      suspend: 'suspended',
      resume: 'resumed',
      cancel: 'cancelled',
      correct: 'corrected',
      triage: 'triaged',
      investigate: 'investigation opened',
      close: 'closed',
      dismiss: 'dismissed',
      duplicate: 'marked as duplicate',
      gather: 'gathering information',
      analyse: 'analysis',
      review: 'findings to review',
      revise: 'back to analysis',
      conclude: 'concluded',
      respond: 'answer recorded',
      submit: 'submitted for review',
      accept: 'accepted',
      return: 'returned',
    },
    rating: {
      green: 'Green (on track)',
      amber_green: 'Amber/green (mostly on track)',
      amber: 'Amber (issues)',
      amber_red: 'Amber/red (serious issues)',
      red: 'Red (unachievable)',
      none: 'Not yet reported',
    },
    severity: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    confidentiality: { public: 'Publishable', internal: 'Internal', confidential: 'Confidential' },
    cooperation: {
      pending: 'Awaiting answer',
      responded: 'Responded',
      partial: 'Partial answer',
      declined: 'Declined',
    },
    ...vocabularies('en'),
    list: {
      about: 'about %{count}',
      range: '%{from}–%{to} of %{count}',
      range_about: '%{from}–%{to} of about %{count}',
      saved_queries: 'Saved queries',
      yes: 'Yes',
      no: 'No',
    },
    redaction: {
      redacted: 'Redacted (no clearance)',
      help: 'This field is confidential: only users with confidential clearance see it.',
    },
    do: {
      tabs: {
        details: 'Details',
        content: 'Milestones and KPIs',
        reports: 'Progress reports',
        history: 'History',
      },
      late: 'Late',
      on_track: 'On schedule',
      late_reason: {
        milestone_overdue: 'Milestone overdue (%{date})',
        report_missing: 'No progress report (%{period})',
      },
      rating_history: 'Ratings over time',
      no_reports: 'No progress report yet',
      milestones: 'Milestones',
      kpis: 'KPIs',
      no_milestones: 'No milestones',
      no_kpis: 'No KPIs',
      done: 'Done',
      overdue: 'Overdue',
      new_report: 'Submit progress report',
      superseded_note: 'This report was replaced by a correction',
      due_before_start: 'The due date cannot precede the start date',
      budget: '¥%{amount}',
      help: {
        rating:
          'Rate delivery confidence on five levels: green = on track, amber/green = mostly on track, amber = issues, amber/red = serious issues, red = unachievable.',
        period: 'A fiscal quarter (for example FY2025-Q3 = October–December 2025).',
        objectives: 'The plan objectives (of one plan version) this measure serves.',
        accountable: 'Unit, position and name.',
        code: 'Letters, digits and hyphens (e.g. M-III-2-01)',
      },
    },
    check: {
      tabs: {
        details: 'Details',
        ai_system: 'AI system and parties',
        timeline: 'Timeline',
        history: 'History',
        requests: 'Information requests',
        findings: 'Findings',
      },
      timeline_empty: 'Nothing on the timeline yet',
      comment: 'Comment',
      add_comment: 'Add comment',
      comment_added: 'Comment added',
      commented: 'Comment',
      changed: 'Change',
      open_investigation: 'Open investigation',
      send_request: 'Request information',
      record_finding: 'Record finding',
      overdue: 'Overdue',
      trade_secret: 'Trade secret',
      reported_before_occurred: 'The report date cannot precede the date it occurred',
      help: {
        confidentiality:
          'Confidential incidents are shown only to users with confidential clearance. The organisations involved and the business statement are always confidential.',
        voluntary:
          'Information is requested to gather best practice, not to blame. Answering is voluntary.',
        burden:
          'An organisation with many open requests, or many in the last twelve months, may be asked again only with a reason.',
        trade_secret: 'A response holding trade secrets is shown only to users with clearance.',
        evidence: 'One reference per line: answers, documents, articles, reports.',
        search: 'Searches titles and summaries, Japanese or English (substring).',
      },
    },
    errors: {
      clearance_required: 'Only users with confidential clearance may record or change this',
      outside_ministry: 'You may edit and report on the measures your own ministry leads only',
      burden_justification_required:
        'This organisation already carries many requests: say in the burden field why another is needed',
      incident_not_investigable: 'Closed, dismissed or duplicate incidents cannot be investigated',
      incident_removal:
        'Incidents cannot be taken out of an investigation; close or dismiss them instead',
      duplicate_of_itself: 'An incident cannot be a duplicate of itself',
      duplicate_of_duplicate: 'That incident is itself a duplicate: pick the one it duplicates',
      investigation_concluded: 'The investigation is concluded; open a new one instead',
      not_an_analyst: 'The lead of an investigation must be an active analyst',
      no_findings: 'Write at least one finding before sending the investigation to review',
      not_concludable:
        'Not yet: it needs an accepted finding, and no finding in review or request still open',
      not_deletable: 'Only a planned measure can be deleted; cancel a started one instead',
      not_reportable: 'Planned and cancelled measures take no progress reports',
      milestones_open: 'Some milestones are not done yet',
      mixed_plan_versions: 'The objectives must all belong to one plan version',
      kpi_not_served: 'That plan KPI belongs to an objective this measure does not serve',
      period_not_begun: 'That quarter has not begun yet',
      period_before_start: 'That quarter ended before the measure started',
      report_exists: 'This quarter already has a report: correct that report instead',
    },
    dashboard_dc: {
      measures_total: '%{count} measures',
      by_rating: 'Current rating of active measures',
      late_measures: 'Late measures',
      open_late: 'Open the late measures',
      incidents_total: '%{count} incidents',
      by_severity: 'Open incidents by severity',
      open_by_severity: 'Open incidents by severity',
      by_status: 'Incidents by status',
      investigations_by_age: 'Open investigations by age',
      age: {
        '0-30': '≤ 30 days',
        '31-90': '31–90 days',
        '91-180': '91–180 days',
        '181+': '181+ days',
      },
      no_data: 'No data',
      unavailable: 'The figures could not be read',
      chart_label: '%{label}: %{count}',
    },
  },
};
