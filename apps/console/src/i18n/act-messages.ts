import {
  AMENDMENT_TARGETS,
  GUIDANCE_KINDS,
  SECTORS,
  type AmendmentStatus,
  type AmendmentTarget,
  type GuidanceKind,
  type GuidanceStatus,
  type NotificationKind,
  type ReviewKind,
  type ReviewTaskStatus,
  type Sector,
  type TraceType,
} from '@tracker/contracts';
import type { ActErrorCode } from '../core/api-errors';
import type { MoveTexts, ResourceTexts } from './catalogue';

type Texts<K extends string> = Record<K, string>;

/** Moves of a guidance version that the console offers (approve/return are the reviewer's). */
export const GUIDANCE_MOVES = [
  'submit',
  'issue',
  'withdraw',
  'revise',
  'acknowledge',
  'follow-up',
] as const;
export type GuidanceMove = (typeof GUIDANCE_MOVES)[number];

/** What a reviewer does with a task in the inbox. */
export const REVIEW_TASK_MOVES = ['claim', 'release', 'approve', 'request-changes'] as const;
export type ReviewTaskMove = (typeof REVIEW_TASK_MOVES)[number];

type GuidanceField =
  | 'referenceNumber'
  | 'versionNumber'
  | 'previousVersionId'
  | 'kind'
  | 'status'
  | 'addresseeOrganisationIds'
  | 'addresseeSector'
  | 'findingIds'
  | 'legalBasis'
  | 'title'
  | 'titleJa'
  | 'titleEn'
  | 'bodyJa'
  | 'bodyEn'
  | 'issuingAuthority'
  | 'public'
  | 'issueDate'
  | 'followUpDate'
  | 'followUpResult'
  | 'followUpDue'
  | 'acknowledgedOn'
  | 'acknowledgedBy'
  | 'reviewNote'
  | 'withdrawalReason'
  | 'withdrawnAt'
  | 'supersededById'
  | 'supersededAt'
  | 'reason'
  | 'createdAt'
  | 'updatedAt'
  | 'issueDateFrom'
  | 'issueDateTo'
  | 'followUpFrom'
  | 'followUpTo'
  | 'q';

type AmendmentField =
  | 'target'
  | 'targetName'
  | 'planVersionId'
  | 'openedPlanVersionId'
  | 'leadMinistry'
  | 'proposedChange'
  | 'proposedChangeJa'
  | 'proposedChangeEn'
  | 'findingIds'
  | 'guidanceIds'
  | 'status'
  | 'rejectionReason'
  | 'approvalNote'
  | 'decidedAt'
  | 'createdAt'
  | 'updatedAt'
  | 'createdFrom'
  | 'createdTo'
  | 'q';

type CycleField =
  | 'id'
  | 'fiscalYear'
  | 'startsOn'
  | 'endsOn'
  | 'current'
  | 'planVersionId'
  | 'guidanceIds'
  | 'amendmentIds';

type ReviewTaskField =
  | 'subjectLabel'
  | 'subjectType'
  | 'kind'
  | 'status'
  | 'assignedRole'
  | 'ministry'
  | 'dueAt'
  | 'claimedAt'
  | 'escalationLevel'
  | 'comment'
  | 'decidedAt';

type NotificationField = 'title' | 'body' | 'kind' | 'createdAt' | 'readAt' | 'read' | 'q';

/**
 * The texts of the Act stage's resources, the review inbox, notifications and traces: merged
 * into each language's catalogue (ja.ts, en.ts). Enumerations are keyed by the values in
 * @tracker/contracts, so a new status or kind fails the type-check until both languages name it.
 */
export interface ActMessages {
  resources: {
    guidance: ResourceTexts<GuidanceField>;
    amendments: ResourceTexts<AmendmentField>;
    cycles: ResourceTexts<CycleField>;
    'review-tasks': ResourceTexts<ReviewTaskField>;
    notifications: ResourceTexts<NotificationField>;
  };
  tracker: {
    menu: Texts<'notifications'>;
    status: {
      guidance: Texts<GuidanceStatus>;
      amendment: Texts<AmendmentStatus>;
      review_task: Texts<ReviewTaskStatus>;
    };
    move: {
      guidance: Record<GuidanceMove, MoveTexts>;
      amendment: Record<'submit', MoveTexts>;
      review_task: Record<ReviewTaskMove, MoveTexts>;
    };
    /** An audit action whose verb means something else for this record type than in general. */
    action: {
      guidance: Texts<'approve' | 'withdraw'>;
      amendment: Texts<'approve'>;
      review_task: Texts<'approve'>;
    };
    verb: Texts<
      | 'submit'
      | 'issue'
      | 'revise'
      | 'acknowledge'
      | 'return'
      | 'reject'
      | 'claim'
      | 'release'
      | 'request_changes'
      | 'escalate'
      | 'close'
    >;
    guidance_kind: Texts<GuidanceKind>;
    amendment_target: Texts<AmendmentTarget>;
    review_kind: Texts<ReviewKind>;
    notification_kind: Texts<NotificationKind>;
    trace_type: Texts<TraceType>;
    sector: Texts<Sector>;
    act: {
      tabs: Texts<'details' | 'versions' | 'history' | 'trace' | 'summary' | 'records'>;
      version_label: string;
      locked: string;
      locked_help: string;
      follow_up_due: string;
      public_yes: string;
      public_no: string;
      any_addressee: string;
      export_csv: string;
      export_json: string;
      versions_help: string;
      diff_from: string;
      diff_to: string;
      diff_same: string;
      diff_fields: string;
      diff_no_field_changes: string;
      diff_body_summary: string;
      diff_body_unchanged: string;
      diff_added: string;
      diff_folded: string;
      findings_help: string;
      diff_removed: string;
      current_version: string;
      opened_plan: string;
      review_pending: string;
      review_decide: string;
      cycle_label: string;
      cycle_current: string;
      figures: Texts<
        | 'measures'
        | 'measures_late'
        | 'incidents'
        | 'investigations'
        | 'guidance_issued'
        | 'guidance_public'
        | 'amendments'
      >;
      open_records: Texts<'guidance' | 'amendments' | 'incidents' | 'investigations' | 'measures'>;
    };
    trace: {
      title: string;
      empty: string;
      truncated: string;
      redacted: string;
      here: string;
      legend: string;
      stage: Texts<
        'incident' | 'investigation' | 'finding' | 'guidance' | 'amendment' | 'plan' | 'measure'
      >;
    };
    inbox: {
      intro: string;
      mine: string;
      role: string;
      all_active: string;
      empty: string;
      due: string;
      overdue: string;
      claimed_by_me: string;
      claimed_by_other: string;
      escalated: string;
      comment: string;
      own_work: string;
      badge: string;
    };
    notifications: {
      title: string;
      unread: string;
      all: string;
      empty: string;
      mark_read: string;
      marked_read: string;
      open_task: string;
      badge: string;
    };
    act_dashboard: {
      guidance_by_status: string;
      issued_this_year: string;
      follow_ups_due: string;
      amendments_pending: string;
      open_guidance: string;
      open_amendments: string;
    };
    errors: Texts<ActErrorCode>;
  };
}

const fromContracts = <K extends string>(
  table: Record<K, { ja: string; en: string }>,
  locale: 'ja' | 'en',
) =>
  Object.fromEntries(
    Object.entries(table).map(([k, v]) => [k, (v as { ja: string; en: string })[locale]]),
  ) as Texts<K>;

/** 日本語 */
export const actJa: ActMessages = {
  resources: {
    guidance: {
      name: '指導・助言等 |||| 指導・助言等',
      fields: {
        referenceNumber: '文書番号',
        versionNumber: '版',
        previousVersionId: '改訂元の版',
        kind: '種別',
        status: '状態',
        addresseeOrganisationIds: '名宛事業者',
        addresseeSector: '名宛分野',
        findingIds: '根拠とする調査結果',
        legalBasis: '根拠規定',
        title: '件名',
        titleJa: '件名（日本語）',
        titleEn: '件名（英語）',
        bodyJa: '本文（日本語）',
        bodyEn: '本文（英語）',
        issuingAuthority: '発出機関',
        public: '公表',
        issueDate: '発出日',
        followUpDate: 'フォローアップ期日',
        followUpResult: 'フォローアップの結果',
        followUpDue: 'フォローアップ期日到来',
        acknowledgedOn: '受領確認日',
        acknowledgedBy: '受領確認者',
        reviewNote: '審査での修正依頼',
        withdrawalReason: '撤回の理由',
        withdrawnAt: '撤回日時',
        supersededById: '後継の版',
        supersededAt: '改訂により失効した日時',
        reason: '理由',
        createdAt: '作成日時',
        updatedAt: '最終更新',
        issueDateFrom: '発出日（開始）',
        issueDateTo: '発出日（終了）',
        followUpFrom: 'フォローアップ期日（開始）',
        followUpTo: 'フォローアップ期日（終了）',
        q: '検索',
      },
    },
    amendments: {
      name: '改定案 |||| 改定案',
      fields: {
        target: '改定の対象',
        targetName: '対象の名称',
        planVersionId: '改定するAI基本計画の版',
        openedPlanVersionId: '承認により作成された計画の版',
        leadMinistry: '所管府省庁',
        proposedChange: '改定の内容',
        proposedChangeJa: '改定の内容（日本語）',
        proposedChangeEn: '改定の内容（英語）',
        findingIds: '根拠とする調査結果',
        guidanceIds: '根拠とする指導・助言等',
        status: '状態',
        rejectionReason: '不承認の理由',
        approvalNote: '承認時のコメント',
        decidedAt: '決定日時',
        createdAt: '作成日時',
        updatedAt: '最終更新',
        createdFrom: '作成日（開始）',
        createdTo: '作成日（終了）',
        q: '検索',
      },
    },
    cycles: {
      name: 'PDCAサイクル |||| PDCAサイクル',
      fields: {
        id: '年度',
        fiscalYear: '年度',
        startsOn: '開始日',
        endsOn: '終了日',
        current: '実施中',
        planVersionId: '年度末時点のAI基本計画',
        guidanceIds: 'この年度に発出した指導・助言等',
        amendmentIds: 'この年度の改定案',
      },
    },
    'review-tasks': {
      name: '審査タスク |||| 審査タスク',
      fields: {
        subjectLabel: '案件',
        subjectType: '案件の種類',
        kind: '審査の種類',
        status: '状態',
        assignedRole: '担当の役割',
        ministry: '担当府省庁',
        dueAt: '期限',
        claimedAt: '担当開始',
        escalationLevel: 'エスカレーション',
        comment: 'コメント',
        decidedAt: '決定日時',
      },
    },
    notifications: {
      name: '通知 |||| 通知',
      fields: {
        title: '件名',
        body: '内容',
        kind: '種類',
        createdAt: '受信日時',
        readAt: '既読日時',
        read: '既読',
        q: '検索',
      },
    },
  },
  tracker: {
    menu: { notifications: '通知' },
    status: {
      guidance: {
        draft: '作成中',
        in_review: '審査中',
        approved: '承認済（発出待ち）',
        issued: '発出済',
        withdrawn: '撤回',
        superseded: '改訂済（旧版）',
      },
      amendment: {
        proposed: '起案中',
        in_review: '審査中',
        approved: '承認',
        rejected: '不承認',
      },
      review_task: {
        open: '未着手',
        claimed: '対応中',
        approved: '承認',
        changes_requested: '修正依頼',
        escalated: 'エスカレーション',
        done: '終了',
      },
    },
    move: {
      guidance: {
        submit: {
          label: '審査に提出',
          title: '指導・助言等の案を審査に提出する',
          help: '案を審査担当に送ります。審査中は内容を編集できません。承認されるか修正を求められるまでお待ちください。',
          done: '審査に提出しました',
        },
        issue: {
          label: '発出',
          title: '承認済みの案を発出する',
          help: '発出日を記録します。発出後の本文・名宛人・根拠は変更できません。改訂版を発出すると、この版は旧版になります。',
          done: '発出しました',
        },
        withdraw: {
          label: '撤回',
          title: '発出済みの指導・助言等を撤回する',
          help: '撤回の理由を記録します。理由は監査ログに残り、公表されている場合は公表ページにも表示されます。',
          done: '撤回しました',
        },
        revise: {
          label: '改訂版を作成',
          title: '改訂版を作成する',
          help: 'この版をもとに、同じ文書番号の次の版を作成中として開きます。改訂版を発出するまで、この版は有効です。',
          done: '改訂版を作成しました',
        },
        acknowledge: {
          label: '受領確認を記録',
          title: '名宛人の受領確認を記録する',
          help: '名宛人が内容を受領したことを確認した日と確認者を記録します。',
          done: '受領確認を記録しました',
        },
        'follow-up': {
          label: 'フォローアップを記録',
          title: 'フォローアップの結果を記録する',
          help: '発出後の対応状況を確認した結果を記録します。記録するとフォローアップの審査タスクは完了します。次回の確認日も変更できます。',
          done: 'フォローアップの結果を記録しました',
        },
      },
      amendment: {
        submit: {
          label: '審査に提出',
          title: '改定案を審査に提出する',
          help: '改定案を所管府省庁の審査担当に送ります。提出後は編集できません。AI基本計画の改定案が承認されると、計画の次の版が作成中として開かれます。',
          done: '審査に提出しました',
        },
      },
      review_task: {
        claim: {
          label: '担当する',
          title: 'このタスクを担当する',
          help: 'ほかの審査担当者が同時に対応しないよう、このタスクを自分の担当にします。',
          done: '担当にしました',
        },
        release: {
          label: '担当を外れる',
          title: '担当を外れる',
          help: 'タスクを未着手に戻し、同じ役割のほかの担当者が対応できるようにします。',
          done: '担当を外れました',
        },
        approve: {
          label: '承認',
          title: '承認する',
          help: '承認すると、案件は同じ処理の中で次の段階に進みます（指導・助言等は発出待ち、改定案は承認）。自分が提出した案件は承認できません。',
          done: '承認しました',
        },
        'request-changes': {
          label: '修正を依頼',
          title: '修正を依頼する',
          help: 'コメントを付けて起案者に差し戻します。改定案の場合は、コメントを理由として不承認となります。',
          done: '修正を依頼しました',
        },
      },
    },
    action: {
      guidance: { approve: '承認', withdraw: '撤回' },
      amendment: { approve: '承認' },
      review_task: { approve: '承認' },
    },
    verb: {
      submit: '審査に提出',
      issue: '発出',
      revise: '改訂版の作成',
      acknowledge: '受領確認',
      return: '差戻し',
      reject: '不承認',
      claim: '担当',
      release: '担当解除',
      request_changes: '修正依頼',
      escalate: 'エスカレーション',
      close: '終了',
    },
    guidance_kind: fromContracts(GUIDANCE_KINDS, 'ja'),
    amendment_target: fromContracts(AMENDMENT_TARGETS, 'ja'),
    review_kind: {
      triage: '受付・振分け',
      approval: '承認',
      periodic_review: '定期点検',
      follow_up: 'フォローアップ',
      evaluation: '評価',
    },
    notification_kind: {
      review_task_assigned: '審査の依頼',
      review_task_due_soon: '期限が近い審査',
      review_task_escalated: 'エスカレーション',
      review_task_decided: '審査の結果',
      measure_late: '施策の遅延',
      milestone_due_soon: '期限が近いマイルストーン',
      information_request_overdue: '回答期限を過ぎた情報提供の求め',
    },
    trace_type: {
      incident: '事案',
      investigation: '調査',
      finding: '調査結果',
      guidance: '指導・助言等',
      amendment: '改定案',
      plan_version: 'AI基本計画の版',
      plan_objective: '計画の目標',
      plan_kpi: 'KPI',
      measure: '施策',
      measure_kpi: '施策のKPI',
    },
    sector: fromContracts(SECTORS, 'ja'),
    act: {
      tabs: {
        details: '概要',
        versions: '版の履歴と比較',
        history: '変更履歴',
        trace: '関連の追跡',
        summary: '年度の概況',
        records: '年度の記録',
      },
      version_label: '%{reference} 第%{number}版',
      locked: '発出済み・変更不可',
      locked_help:
        '発出された本文は変更できません。内容を変えるには「改訂版を作成」から次の版を作成してください。フォローアップの結果と受領確認は記録できます。',
      follow_up_due: 'フォローアップ期日到来',
      public_yes: '公表する',
      public_no: '公表しない',
      any_addressee: '名宛人の指定なし',
      export_csv: '履歴をCSVで出力',
      export_json: '履歴をJSONで出力',
      versions_help: '比較する2つの版を選んでください。左が比較元、右が比較先です。',
      diff_from: '比較元',
      diff_to: '比較先',
      diff_same: '同じ版どうしは比較できません',
      diff_fields: '項目の違い',
      diff_no_field_changes: '本文以外の項目に違いはありません',
      diff_body_summary: '%{added} 行追加・%{removed} 行削除',
      diff_body_unchanged: '本文に違いはありません',
      diff_added: '追加された行',
      diff_folded: '変更のない %{count} 行',
      findings_help: '了承済みの調査結果から選びます（指導・助言では必須）。',
      diff_removed: '削除された行',
      current_version: 'この版',
      opened_plan: 'この改定案の承認により作成された計画の版',
      review_pending:
        'この案件は審査中です。審査担当者は「審査・承認待ち」から承認または修正依頼ができます。',
      review_decide: '審査・承認待ちを開く',
      cycle_label: '%{year} PDCAサイクル',
      cycle_current: '実施中の年度',
      figures: {
        measures: '実施中の施策',
        measures_late: 'うち遅延',
        incidents: '受け付けた事案',
        investigations: '開始した調査',
        guidance_issued: '発出した指導・助言等',
        guidance_public: 'うち公表',
        amendments: '起案された改定案',
      },
      open_records: {
        guidance: 'この年度に発出した指導・助言等',
        amendments: 'この年度の改定案',
        incidents: 'この年度の事案',
        investigations: 'この年度の調査',
        measures: 'この年度の施策',
      },
    },
    trace: {
      title: '上流（原因）から下流（改善）までの関連',
      empty: '関連する記録はありません',
      truncated: '関連が多いため、一部のみ表示しています',
      redacted: '閲覧権限のない記録',
      here: 'この記録',
      legend: '各記録をクリックすると、その記録を開きます。',
      stage: {
        incident: '事案',
        investigation: '調査',
        finding: '調査結果',
        guidance: '指導・助言等',
        amendment: '改定案',
        plan: 'AI基本計画',
        measure: '施策',
      },
    },
    inbox: {
      intro:
        '自分または自分の役割（所属府省庁）に割り当てられた審査タスクです。期限の近いものから表示します。',
      mine: '自分の担当',
      role: '役割への割当て',
      all_active: '未完了のすべて',
      empty: '対応が必要な審査タスクはありません',
      due: '期限 %{date}',
      overdue: '期限超過',
      claimed_by_me: '自分が担当中',
      claimed_by_other: 'ほかの担当者が対応中',
      escalated: 'エスカレーション %{level} 段階',
      comment: 'コメント',
      own_work:
        '自分が提出した案件は自分で承認できません（職務分掌）。ほかの審査担当者に依頼してください。',
      badge: '審査待ち %{count} 件',
    },
    notifications: {
      title: '通知',
      unread: '未読',
      all: 'すべて',
      empty: '通知はありません',
      mark_read: '既読にする',
      marked_read: '既読にしました',
      open_task: '審査タスクを開く',
      badge: '未読の通知 %{count} 件',
    },
    act_dashboard: {
      guidance_by_status: '指導・助言等（状態別）',
      issued_this_year: '今年度の発出 %{count} 件',
      follow_ups_due: 'フォローアップ期日到来 %{count} 件',
      amendments_pending: '起案中・審査中の改定案 %{count} 件',
      open_guidance: '指導・助言等を開く',
      open_amendments: '改定案を開く',
    },
    errors: {
      own_work:
        '自分が提出した案件は自分で承認・差戻しできません（職務分掌）。ほかの審査担当者に依頼してください',
      not_assignee: 'このタスクは自分または自分の役割に割り当てられていません',
      claimed_by_other: 'ほかの審査担当者がこのタスクを担当しています',
      not_issued: 'フォローアップと受領確認は発出後に記録できます',
      plan_draft_open:
        'AI基本計画の次の版がすでに作成中です。その版を閣議決定まで進めるか削除してから、改定案を承認してください',
    },
  },
};

/** English */
export const actEn: ActMessages = {
  resources: {
    guidance: {
      name: 'Guidance |||| Guidance',
      fields: {
        referenceNumber: 'Reference number',
        versionNumber: 'Version',
        previousVersionId: 'Revises version',
        kind: 'Kind',
        status: 'Status',
        addresseeOrganisationIds: 'Addressed businesses',
        addresseeSector: 'Addressed sector',
        findingIds: 'Findings it rests on',
        legalBasis: 'Legal basis',
        title: 'Title',
        titleJa: 'Title (Japanese)',
        titleEn: 'Title (English)',
        bodyJa: 'Text (Japanese)',
        bodyEn: 'Text (English)',
        issuingAuthority: 'Issuing authority',
        public: 'Public',
        issueDate: 'Issue date',
        followUpDate: 'Follow-up date',
        followUpResult: 'Follow-up result',
        followUpDue: 'Follow-up due',
        acknowledgedOn: 'Acknowledged on',
        acknowledgedBy: 'Acknowledged by',
        reviewNote: "Reviewer's request for changes",
        withdrawalReason: 'Reason for withdrawal',
        withdrawnAt: 'Withdrawn at',
        supersededById: 'Superseded by',
        supersededAt: 'Superseded at',
        reason: 'Reason',
        createdAt: 'Created',
        updatedAt: 'Last updated',
        issueDateFrom: 'Issued from',
        issueDateTo: 'Issued until',
        followUpFrom: 'Follow-up from',
        followUpTo: 'Follow-up until',
        q: 'Search',
      },
    },
    amendments: {
      name: 'Amendment |||| Amendments',
      fields: {
        target: 'Target',
        targetName: 'Name of the target',
        planVersionId: 'Plan version amended',
        openedPlanVersionId: 'Plan version it opened',
        leadMinistry: 'Lead ministry',
        proposedChange: 'Proposed change',
        proposedChangeJa: 'Proposed change (Japanese)',
        proposedChangeEn: 'Proposed change (English)',
        findingIds: 'Findings that justify it',
        guidanceIds: 'Guidance that justifies it',
        status: 'Status',
        rejectionReason: 'Reason for rejection',
        approvalNote: 'Approval comment',
        decidedAt: 'Decided at',
        createdAt: 'Created',
        updatedAt: 'Last updated',
        createdFrom: 'Created from',
        createdTo: 'Created until',
        q: 'Search',
      },
    },
    cycles: {
      name: 'PDCA cycle |||| PDCA cycles',
      fields: {
        id: 'Fiscal year',
        fiscalYear: 'Fiscal year',
        startsOn: 'Starts on',
        endsOn: 'Ends on',
        current: 'Running',
        planVersionId: 'Plan in force at the year end',
        guidanceIds: 'Guidance issued in the year',
        amendmentIds: 'Amendments of the year',
      },
    },
    'review-tasks': {
      name: 'Review task |||| Review tasks',
      fields: {
        subjectLabel: 'Subject',
        subjectType: 'Subject type',
        kind: 'Review kind',
        status: 'Status',
        assignedRole: 'Assigned role',
        ministry: 'Ministry',
        dueAt: 'Due',
        claimedAt: 'Claimed at',
        escalationLevel: 'Escalation',
        comment: 'Comment',
        decidedAt: 'Decided at',
      },
    },
    notifications: {
      name: 'Notification |||| Notifications',
      fields: {
        title: 'Subject',
        body: 'Message',
        kind: 'Kind',
        createdAt: 'Received',
        readAt: 'Read at',
        read: 'Read',
        q: 'Search',
      },
    },
  },
  tracker: {
    menu: { notifications: 'Notifications' },
    status: {
      guidance: {
        draft: 'Draft',
        in_review: 'In review',
        approved: 'Approved (to be issued)',
        issued: 'Issued',
        withdrawn: 'Withdrawn',
        superseded: 'Superseded (old version)',
      },
      amendment: {
        proposed: 'Proposed',
        in_review: 'In review',
        approved: 'Approved',
        rejected: 'Rejected',
      },
      review_task: {
        open: 'Open',
        claimed: 'Claimed',
        approved: 'Approved',
        changes_requested: 'Changes requested',
        escalated: 'Escalated',
        done: 'Closed',
      },
    },
    move: {
      guidance: {
        submit: {
          label: 'Submit for review',
          title: 'Submit the draft for review',
          help: 'Sends the draft to the reviewers. It cannot be edited while in review; wait until it is approved or changes are requested.',
          done: 'Submitted for review',
        },
        issue: {
          label: 'Issue',
          title: 'Issue the approved text',
          help: 'Records the issue date. Once issued, the text, addressees and findings never change. Issuing a revision supersedes this version.',
          done: 'Issued',
        },
        withdraw: {
          label: 'Withdraw',
          title: 'Withdraw the issued guidance',
          help: 'Records the reason, which goes to the audit trail and, for public guidance, to the public page.',
          done: 'Withdrawn',
        },
        revise: {
          label: 'Revise',
          title: 'Write a revision',
          help: 'Opens the next version under the same reference number as a draft, copied from this one. This version stays in force until the revision is issued.',
          done: 'Revision opened',
        },
        acknowledge: {
          label: 'Record acknowledgement',
          title: "Record the addressee's acknowledgement",
          help: 'Records when and by whom the addressee acknowledged the text.',
          done: 'Acknowledgement recorded',
        },
        'follow-up': {
          label: 'Record follow-up',
          title: 'Record the result of the follow-up',
          help: 'Records what the follow-up after issue found; this completes the follow-up review task. The next follow-up date can be changed too.',
          done: 'Follow-up result recorded',
        },
      },
      amendment: {
        submit: {
          label: 'Submit for review',
          title: 'Submit the amendment for review',
          help: 'Sends the proposal to the reviewers of its lead ministry; it can no longer be edited. Approving an amendment of the Basic Plan opens the plan’s next version as a draft.',
          done: 'Submitted for review',
        },
      },
      review_task: {
        claim: {
          label: 'Claim',
          title: 'Claim this task',
          help: 'Makes the task yours, so that no other reviewer works on it at the same time.',
          done: 'Claimed',
        },
        release: {
          label: 'Release',
          title: 'Release the task',
          help: 'Gives the task back, so that another reviewer of the same role can take it.',
          done: 'Released',
        },
        approve: {
          label: 'Approve',
          title: 'Approve',
          help: 'The subject moves on in the same step (guidance becomes ready to issue, an amendment is approved). You cannot approve what you submitted yourself.',
          done: 'Approved',
        },
        'request-changes': {
          label: 'Request changes',
          title: 'Request changes',
          help: 'Sends the subject back to its author with your comment. An amendment is rejected with the comment as its reason.',
          done: 'Changes requested',
        },
      },
    },
    action: {
      guidance: { approve: 'approved', withdraw: 'withdrawn' },
      amendment: { approve: 'approved' },
      review_task: { approve: 'approved' },
    },
    verb: {
      submit: 'submitted for review',
      issue: 'issued',
      revise: 'revision opened',
      acknowledge: 'acknowledgement recorded',
      return: 'returned',
      reject: 'rejected',
      claim: 'claimed',
      release: 'released',
      request_changes: 'changes requested',
      escalate: 'escalated',
      close: 'closed',
    },
    guidance_kind: fromContracts(GUIDANCE_KINDS, 'en'),
    amendment_target: fromContracts(AMENDMENT_TARGETS, 'en'),
    review_kind: {
      triage: 'Triage',
      approval: 'Approval',
      periodic_review: 'Periodic review',
      follow_up: 'Follow-up',
      evaluation: 'Evaluation',
    },
    notification_kind: {
      review_task_assigned: 'Review requested',
      review_task_due_soon: 'Review due soon',
      review_task_escalated: 'Escalated',
      review_task_decided: 'Review decided',
      measure_late: 'Measure late',
      milestone_due_soon: 'Milestone due soon',
      information_request_overdue: 'Information request overdue',
    },
    trace_type: {
      incident: 'Incident',
      investigation: 'Investigation',
      finding: 'Finding',
      guidance: 'Guidance',
      amendment: 'Amendment',
      plan_version: 'Plan version',
      plan_objective: 'Plan objective',
      plan_kpi: 'KPI',
      measure: 'Measure',
      measure_kpi: 'Measure KPI',
    },
    sector: fromContracts(SECTORS, 'en'),
    act: {
      tabs: {
        details: 'Details',
        versions: 'Versions and differences',
        history: 'History',
        trace: 'Trace',
        summary: 'Figures of the year',
        records: 'Records of the year',
      },
      version_label: '%{reference} version %{number}',
      locked: 'Issued: read-only',
      locked_help:
        'An issued text never changes. To change it, use “Revise” to write the next version. The follow-up result and the acknowledgement can still be recorded.',
      follow_up_due: 'Follow-up due',
      public_yes: 'Public',
      public_no: 'Not public',
      any_addressee: 'No named addressee',
      export_csv: 'Export history (CSV)',
      export_json: 'Export history (JSON)',
      versions_help: 'Pick two versions to compare: the older on the left, the newer on the right.',
      diff_from: 'From',
      diff_to: 'To',
      diff_same: 'Pick two different versions',
      diff_fields: 'Fields that differ',
      diff_no_field_changes: 'No field other than the text differs',
      diff_body_summary: '%{added} lines added, %{removed} removed',
      diff_body_unchanged: 'The text is the same',
      diff_added: 'Added line',
      diff_folded: '%{count} unchanged lines',
      findings_help: 'Accepted findings only (required for guidance and advice).',
      diff_removed: 'Removed line',
      current_version: 'This version',
      opened_plan: 'Plan version opened by approving this amendment',
      review_pending:
        'This is in review. Reviewers approve it or request changes from the review inbox.',
      review_decide: 'Open the review inbox',
      cycle_label: '%{year} PDCA cycle',
      cycle_current: 'Running now',
      figures: {
        measures: 'Measures running',
        measures_late: 'of which late',
        incidents: 'Incidents reported',
        investigations: 'Investigations opened',
        guidance_issued: 'Guidance issued',
        guidance_public: 'of which public',
        amendments: 'Amendments proposed',
      },
      open_records: {
        guidance: 'Guidance issued in the year',
        amendments: 'Amendments of the year',
        incidents: 'Incidents of the year',
        investigations: 'Investigations of the year',
        measures: 'Measures of the year',
      },
    },
    trace: {
      title: 'From causes upstream to improvements downstream',
      empty: 'No linked records',
      truncated: 'Too many links: only part of the trace is shown',
      redacted: 'A record you may not read',
      here: 'This record',
      legend: 'Click a record to open it.',
      stage: {
        incident: 'Incidents',
        investigation: 'Investigations',
        finding: 'Findings',
        guidance: 'Guidance',
        amendment: 'Amendments',
        plan: 'AI Basic Plan',
        measure: 'Measures',
      },
    },
    inbox: {
      intro:
        'Review tasks assigned to you or to your role in your ministry, the nearest deadline first.',
      mine: 'Mine',
      role: 'For my role',
      all_active: 'All open',
      empty: 'Nothing waits for your review',
      due: 'Due %{date}',
      overdue: 'Overdue',
      claimed_by_me: 'Claimed by you',
      claimed_by_other: 'Claimed by another reviewer',
      escalated: 'Escalated (level %{level})',
      comment: 'Comment',
      own_work:
        'You cannot approve what you submitted yourself (separation of duties). Ask another reviewer.',
      badge: '%{count} tasks waiting',
    },
    notifications: {
      title: 'Notifications',
      unread: 'Unread',
      all: 'All',
      empty: 'No notifications',
      mark_read: 'Mark read',
      marked_read: 'Marked read',
      open_task: 'Open the review task',
      badge: '%{count} unread notifications',
    },
    act_dashboard: {
      guidance_by_status: 'Guidance by status',
      issued_this_year: '%{count} issued this fiscal year',
      follow_ups_due: '%{count} follow-ups due',
      amendments_pending: '%{count} amendments proposed or in review',
      open_guidance: 'Open guidance',
      open_amendments: 'Open amendments',
    },
    errors: {
      own_work:
        'You cannot decide on what you submitted yourself (separation of duties). Ask another reviewer',
      not_assignee: 'This task is not assigned to you or your role',
      claimed_by_other: 'Another reviewer has claimed this task',
      not_issued: 'Follow-up and acknowledgement are recorded once the guidance is issued',
      plan_draft_open:
        'The next version of the Basic Plan is already open; take it to the Cabinet decision or delete it before approving this amendment',
    },
  },
};
