/** Ministries and agencies that lead or co-operate on measures, or employ users. */
export const MINISTRIES = {
  cao: { ja: '内閣府', en: 'Cabinet Office' },
  cas: { ja: '内閣官房', en: 'Cabinet Secretariat' },
  mic: { ja: '総務省', en: 'Ministry of Internal Affairs and Communications' },
  meti: { ja: '経済産業省', en: 'Ministry of Economy, Trade and Industry' },
  mext: { ja: '文部科学省', en: 'Ministry of Education, Culture, Sports, Science and Technology' },
  digital: { ja: 'デジタル庁', en: 'Digital Agency' },
  ppc: { ja: '個人情報保護委員会', en: 'Personal Information Protection Commission' },
  mhlw: { ja: '厚生労働省', en: 'Ministry of Health, Labour and Welfare' },
  mlit: { ja: '国土交通省', en: 'Ministry of Land, Infrastructure, Transport and Tourism' },
  mofa: { ja: '外務省', en: 'Ministry of Foreign Affairs' },
  moj: { ja: '法務省', en: 'Ministry of Justice' },
  fsa: { ja: '金融庁', en: 'Financial Services Agency' },
  caa: { ja: '消費者庁', en: 'Consumer Affairs Agency' },
  npa: { ja: '警察庁', en: 'National Police Agency' },
  mod: { ja: '防衛省', en: 'Ministry of Defense' },
  maff: { ja: '農林水産省', en: 'Ministry of Agriculture, Forestry and Fisheries' },
  env: { ja: '環境省', en: 'Ministry of the Environment' },
  jpo: { ja: '特許庁', en: 'Japan Patent Office' },
  aisi: { ja: 'AIセーフティ・インスティテュート', en: 'Japan AI Safety Institute' },
} as const;
export type Ministry = keyof typeof MINISTRIES;
export const MINISTRY_CODES = Object.keys(MINISTRIES) as Ministry[];

/** Coordinators of this ministry see and edit every ministry's measures. */
export const COORDINATING_MINISTRY: Ministry = 'cao';
