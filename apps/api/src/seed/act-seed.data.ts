import type { CreateFindingDto, CreateGuidanceDto, CreateIncidentDto } from '@tracker/pdca';

/**
 * The Act stage's demo: the cycle closing on a case modelled on the government's February 2025
 * advisory about a foreign generative-AI service that stores what users enter on servers
 * abroad (source articles), and guidance on labelling AI-generated video after the deepfake
 * case of the Check stage. Businesses named here are fictional.
 */
export const OVERSEAS_INCIDENTS: Omit<CreateIncidentDto, 'occurredDate' | 'reportedDate'>[] = [
  {
    titleJa: '海外生成AIサービスへの顧客情報入力による個人データの国外保存',
    titleEn: 'Customer data entered into a foreign generative-AI service and stored abroad',
    summaryJa:
      '通信販売事業者の従業員が、問い合わせ対応の効率化のため顧客の氏名・住所・購入履歴を海外の生成AIサービスに入力していた。入力データは提供事業者の国外サーバに保存され、当該国の法令の適用を受ける。',
    summaryEn:
      "Staff of a mail-order business entered customers' names, addresses and purchase histories into a foreign generative-AI service to speed up support; the data is stored on the provider's servers abroad and subject to that country's law.",
    source: 'business_self_report',
    sector: 'retail',
    riskCategories: ['privacy', 'confidential_information_leakage'],
    affectedInterests: ['privacy'],
    aiSystemName: '海外汎用チャットサービス',
    advancedAi: true,
    applicableLaws: ['appi'],
    severity: 'high',
    peopleAffected: 12400,
    confidentiality: 'internal',
  },
  {
    titleJa: '自治体職員が海外生成AIに住民相談記録を入力',
    titleEn: "Municipal staff entered residents' consultation records into a foreign generative AI",
    summaryJa:
      '市の職員が相談記録の要約に海外の生成AIサービスを利用し、要機密情報が国外のサーバに送信されていたことが内部監査で判明した。',
    summaryEn:
      'An internal audit found that city staff had used a foreign generative-AI service to summarise consultation records, sending sensitive information to servers abroad.',
    source: 'local_government',
    sector: 'public_administration',
    riskCategories: ['privacy', 'confidential_information_leakage', 'national_security_cbrn'],
    affectedInterests: ['privacy'],
    applicableLaws: ['appi'],
    severity: 'medium',
    confidentiality: 'public',
  },
];

type FindingSeed = Omit<CreateFindingDto, 'investigationId'>;

export const OVERSEAS_FINDINGS: FindingSeed[] = [
  {
    statementJa:
      '利用者は、入力データが提供事業者の国外サーバに保存され、当該国の法令に基づき政府機関等がアクセスし得ることを十分に認識していなかった。',
    statementEn:
      'Users were not aware that what they entered is stored on servers abroad, where that country’s authorities may access it under its law.',
    evidence: ['事業者からの自主報告', '市の内部監査報告書', '提供事業者の利用規約（2025年1月版）'],
    riskLevel: 'high',
    recommendedAction: 'guidance',
  },
  {
    statementJa:
      'AI基本計画に、生成AIサービスを通じた越境データ移転のリスクへの対応と、偽・誤情報対策の施策が位置付けられていない。',
    statementEn:
      'The Basic Plan has no measure on the risks of cross-border data transfer through generative-AI services, nor on disinformation.',
    evidence: ['調査の分析結果', '海外当局の公表資料'],
    riskLevel: 'medium',
    recommendedAction: 'plan_amendment',
  },
];

export const DEEPFAKE_FINDING: FindingSeed = {
  statementJa:
    '選挙前に拡散した合成映像には生成AIで作成された旨の表示がなく、視聴者が真偽を判断できなかった。',
  statementEn:
    'The synthetic video spread before the election carried no label saying it was AI-generated, so viewers could not judge it.',
  evidence: ['市の否定声明', '拡散経路の分析'],
  riskLevel: 'high',
  recommendedAction: 'guidance',
};

type GuidanceSeed = Omit<CreateGuidanceDto, 'findingIds'>;

export const DATA_ABROAD_ADVISORY: GuidanceSeed = {
  kind: 'information_provision',
  legalBasis: 'AI推進法第16条 / Article 16 of the AI Promotion Act',
  titleJa: '海外の生成AIサービスの利用に伴う個人データの国外保存に関する注意喚起',
  titleEn: 'Advisory: personal data stored abroad when using foreign generative-AI services',
  bodyJa: [
    '1. 海外の生成AIサービスに入力したデータは、提供事業者の国外サーバに保存され、当該国の法令の適用を受ける場合があります。',
    '2. 個人データや要機密情報を入力する前に、利用規約とデータの保存場所を確認してください。',
    '3. 個人データを外国にある第三者に提供する場合は、個人情報保護法第28条に基づく本人の同意等が必要です。',
    '',
  ].join('\n'),
  bodyEn: [
    '1. Data entered into a foreign generative-AI service may be stored on the provider’s servers abroad and be subject to that country’s law.',
    '2. Check the terms of use and where data is stored before entering personal data or sensitive information.',
    '3. Providing personal data to a third party in a foreign country requires, among others, the consent of the person under Article 28 of the APPI.',
    '',
  ].join('\n'),
  issuingAuthority: 'ppc',
  public: true,
};

/** The revision: the provider changed its terms; the advisory adds what businesses should do. */
export const DATA_ABROAD_REVISION = {
  titleEn:
    'Advisory: personal data stored abroad when using foreign generative-AI services (revised)',
  bodyJa: [
    '1. 海外の生成AIサービスに入力したデータは、提供事業者の国外サーバに保存され、当該国の法令の適用を受ける場合があります。',
    '2. 個人データや要機密情報を入力する前に、利用規約とデータの保存場所を確認してください。利用規約は予告なく変更されることがあります。',
    '3. 個人データを外国にある第三者に提供する場合は、個人情報保護法第28条に基づく本人の同意等が必要です。',
    '4. 業務で利用する場合は、入力可能な情報の範囲を社内規程で定め、従業員に周知してください。',
    '',
  ].join('\n'),
  bodyEn: [
    '1. Data entered into a foreign generative-AI service may be stored on the provider’s servers abroad and be subject to that country’s law.',
    '2. Check the terms of use and where data is stored before entering personal data or sensitive information. Terms may change without notice.',
    '3. Providing personal data to a third party in a foreign country requires, among others, the consent of the person under Article 28 of the APPI.',
    '4. Where staff use such services at work, set out in internal rules what may be entered, and tell every employee.',
    '',
  ].join('\n'),
};

export const DEEPFAKE_LABELLING: GuidanceSeed = {
  kind: 'guidance',
  addresseeSector: 'media',
  legalBasis:
    'AI推進法第16条、AI事業者ガイドライン / Article 16 of the AI Promotion Act; AI Guidelines for Business',
  titleJa: '生成AIによる合成映像・音声の表示（ラベリング）に関する指導',
  titleEn: 'Guidance on labelling AI-generated video and audio',
  bodyJa: [
    '1. 生成AIで作成・加工した映像・音声を配信する場合は、その旨を視聴者が容易に認識できる方法で表示すること。',
    '2. 来歴情報（コンテンツ認証）の付与に努めること。',
    '3. 選挙期間中は、候補者等を模した合成映像の取扱いについて特に注意すること。',
    '',
  ].join('\n'),
  bodyEn: [
    '1. When distributing video or audio made or altered with generative AI, label it so that viewers can readily tell.',
    '2. Endeavour to attach provenance information (content credentials).',
    '3. Take particular care during elections with synthetic video imitating candidates.',
    '',
  ].join('\n'),
  issuingAuthority: 'mic',
  public: true,
};

export const CHATBOT_ADVICE: GuidanceSeed = {
  kind: 'advice',
  legalBasis: 'AI推進法第16条 / Article 16 of the AI Promotion Act',
  titleJa: '検索拡張生成における顧客情報の分離に関する助言',
  titleEn: 'Advice on separating customer data in retrieval-augmented generation',
  bodyJa:
    '1. 検索拡張の索引は顧客ごとに分離すること。\n2. 対話ログの参照範囲を定期的に点検し、記録すること。\n',
  bodyEn:
    '1. Separate retrieval indexes by customer.\n2. Review and record the scope of conversation logs regularly.\n',
  issuingAuthority: 'ppc',
  public: false,
};
