/**
 * The vocabularies of the Check stage, with the Japanese and English labels the console shows.
 * Codes are stored; labels are for people. Each vocabulary also exports its codes as an array
 * (for validation and OpenAPI) and a union type.
 */
type Labels = Record<string, { ja: string; en: string }>;
const codesOf = <T extends Labels>(labels: T) => Object.keys(labels) as (keyof T & string)[];

export const ORGANISATION_TYPES = {
  business: { ja: '事業者', en: 'Business' },
  rd_institution: { ja: '研究開発機関', en: 'R&D institution' },
  local_government: { ja: '地方公共団体', en: 'Local government' },
  foreign_developer: { ja: '海外開発者', en: 'Foreign developer' },
} as const;
export type OrganisationType = keyof typeof ORGANISATION_TYPES;
export const ORGANISATION_TYPE_CODES = codesOf(ORGANISATION_TYPES);

export const ORGANISATION_SIZES = {
  startup: { ja: 'スタートアップ', en: 'Startup' },
  sme: { ja: '中小企業', en: 'SME' },
  large: { ja: '大企業', en: 'Large enterprise' },
} as const;
export type OrganisationSize = keyof typeof ORGANISATION_SIZES;
export const ORGANISATION_SIZE_CODES = codesOf(ORGANISATION_SIZES);

export const SECTORS = {
  healthcare: { ja: '医療・ヘルスケア', en: 'Healthcare' },
  finance: { ja: '金融', en: 'Finance' },
  mobility: { ja: 'モビリティ・自動運転', en: 'Mobility and autonomous driving' },
  critical_infrastructure: { ja: '重要インフラ', en: 'Critical infrastructure' },
  public_administration: { ja: '行政', en: 'Public administration' },
  employment: { ja: '雇用・労働', en: 'Employment' },
  education: { ja: '教育', en: 'Education' },
  media: { ja: 'メディア・コンテンツ', en: 'Media and content' },
  telecommunications: { ja: '情報通信', en: 'Telecommunications' },
  retail: { ja: '小売・消費者サービス', en: 'Retail and consumer services' },
  manufacturing: { ja: '製造', en: 'Manufacturing' },
  research: { ja: '研究開発', en: 'Research' },
  other: { ja: 'その他', en: 'Other' },
} as const;
export type Sector = keyof typeof SECTORS;
export const SECTOR_CODES = codesOf(SECTORS);

export const INCIDENT_SOURCES = {
  news: { ja: '報道', en: 'News report' },
  business_self_report: { ja: '事業者からの自主報告', en: 'Business self-report' },
  citizen: { ja: '国民からの情報提供', en: 'Citizen' },
  ministry: { ja: '関係府省庁', en: 'Ministry' },
  local_government: { ja: '地方公共団体', en: 'Local government' },
  foreign_aisi: { ja: '海外のAIセーフティ・インスティテュート', en: 'Foreign AI Safety Institute' },
  hiroshima_process_report: {
    ja: '広島AIプロセス報告枠組み',
    en: 'Hiroshima AI Process report',
  },
  research: { ja: '研究者・研究機関', en: 'Researchers' },
  other: { ja: 'その他', en: 'Other' },
} as const;
export type IncidentSource = keyof typeof INCIDENT_SOURCES;
export const INCIDENT_SOURCE_CODES = codesOf(INCIDENT_SOURCES);

/** The risk areas of the Interim Report's table of existing laws. */
export const RISK_CATEGORIES = {
  confidential_information_leakage: {
    ja: '機密情報の漏洩',
    en: 'Leakage of confidential information',
  },
  ip_infringement: { ja: '知的財産権の侵害', en: 'IP infringement' },
  privacy: { ja: 'プライバシー・個人情報', en: 'Privacy and personal information' },
  malfunction_safety: { ja: '誤作動・安全性', en: 'Malfunction and safety' },
  deepfake: { ja: 'ディープフェイク', en: 'Deepfakes' },
  bias_discrimination: { ja: 'バイアス・差別', en: 'Bias and discrimination' },
  disinformation_manipulation: {
    ja: '偽・誤情報、情報操作',
    en: 'Disinformation and information manipulation',
  },
  cyberattack: { ja: 'サイバー攻撃', en: 'Cyberattack' },
  national_security_cbrn: {
    ja: '国家安全保障（CBRNを含む）',
    en: 'National security incl. CBRN',
  },
  systemic_risk: { ja: 'システミックリスク', en: 'Systemic risk' },
} as const;
export type RiskCategory = keyof typeof RISK_CATEGORIES;
export const RISK_CATEGORY_CODES = codesOf(RISK_CATEGORIES);

export const AFFECTED_INTERESTS = {
  life_and_health: { ja: '生命・身体', en: 'Life and health' },
  property: { ja: '財産', en: 'Property' },
  privacy: { ja: 'プライバシー', en: 'Privacy' },
  intellectual_property: { ja: '知的財産', en: 'Intellectual property' },
  equal_treatment: { ja: '平等な取扱い', en: 'Equal treatment' },
  reputation: { ja: '名誉・信用', en: 'Reputation' },
  consumer_interests: { ja: '消費者の利益', en: 'Consumer interests' },
  informed_decision: { ja: '正確な情報に基づく意思決定', en: 'Informed decision-making' },
  public_safety: { ja: '公共の安全', en: 'Public safety' },
  national_security: { ja: '国家の安全', en: 'National security' },
} as const;
export type AffectedInterest = keyof typeof AFFECTED_INTERESTS;
export const AFFECTED_INTEREST_CODES = codesOf(AFFECTED_INTERESTS);

/** Existing laws under which a case may be handled (the Act itself sets no penalties). */
export const EXISTING_LAWS = {
  appi: { ja: '個人情報の保護に関する法律', en: 'Act on the Protection of Personal Information' },
  copyright_act: { ja: '著作権法', en: 'Copyright Act' },
  unfair_competition_prevention_act: {
    ja: '不正競争防止法',
    en: 'Unfair Competition Prevention Act',
  },
  product_liability_act: { ja: '製造物責任法', en: 'Product Liability Act' },
  road_traffic_act: { ja: '道路交通法', en: 'Road Traffic Act' },
  road_transport_vehicle_act: { ja: '道路運送車両法', en: 'Road Transport Vehicle Act' },
  pmd_act: { ja: '医薬品医療機器等法', en: 'Pharmaceuticals and Medical Devices Act' },
  penal_code: { ja: '刑法', en: 'Penal Code' },
  unauthorized_access_act: {
    ja: '不正アクセス行為の禁止等に関する法律',
    en: 'Act on the Prohibition of Unauthorized Computer Access',
  },
  telecommunications_business_act: { ja: '電気通信事業法', en: 'Telecommunications Business Act' },
  information_distribution_platform_act: {
    ja: '情報流通プラットフォーム対処法',
    en: 'Information Distribution Platform Act',
  },
  employment_measures_act: {
    ja: '労働施策総合推進法',
    en: 'Labour Policy Comprehensive Promotion Act',
  },
  financial_instruments_act: {
    ja: '金融商品取引法',
    en: 'Financial Instruments and Exchange Act',
  },
} as const;
export type ExistingLaw = keyof typeof EXISTING_LAWS;
export const EXISTING_LAW_CODES = codesOf(EXISTING_LAWS);

export const RECOMMENDED_ACTIONS = {
  guidance: { ja: '指導・助言', en: 'Guidance or advice' },
  guideline_amendment: { ja: 'ガイドラインの改定', en: 'Guideline amendment' },
  plan_amendment: { ja: 'AI基本計画の改定', en: 'Basic Plan amendment' },
  ministry_referral: {
    ja: '所管府省庁への回付（既存法）',
    en: 'Referral to a ministry under an existing law',
  },
  no_action: { ja: '対応不要', en: 'No action' },
} as const;
export type RecommendedAction = keyof typeof RECOMMENDED_ACTIONS;
export const RECOMMENDED_ACTION_CODES = codesOf(RECOMMENDED_ACTIONS);
