import type { SeedMeasure } from './do-seed-measure';

/** Measures under principles III (transparency and appropriateness) and IV (international). */
export const MEASURES_III_IV: SeedMeasure[] = [
  {
    code: 'M-III-1-04',
    lead: 'fsa',
    objectives: ['III-1'],
    category: 'appropriateness_guidelines',
    actorType: 'businesses',
    legalNature: 'voluntary',
    startDate: '2025-10-01',
    dueDate: '2026-06-30',
    titleJa: '金融分野におけるAI活用の論点整理（AIディスカッション・ペーパー）',
    titleEn: 'Issues in the use of AI in finance (AI discussion paper)',
    descriptionJa:
      '金融機関のAI活用事例とリスク管理上の論点を整理し、官民対話を通じて考え方を示す。',
    descriptionEn:
      'Set out AI use cases and risk-management issues for financial institutions and discuss them with the industry.',
    accountable: '金融庁 総合政策局 リスク分析総括課長',
    milestones: [
      {
        titleJa: 'ディスカッション・ペーパーの公表',
        titleEn: 'Publish the discussion paper',
        dueDate: '2026-03-31',
      },
      {
        titleJa: '官民ラウンドテーブルの取りまとめ',
        titleEn: 'Summarise the public–private round tables',
        dueDate: '2026-06-26',
      },
    ],
    kpis: [
      {
        indicatorJa: '官民対話に参加した金融機関数',
        indicatorEn: 'Financial institutions in the dialogue',
        baseline: 0,
        target: 100,
        unit: 'institutions',
        targetDate: '2026-06-30',
        planKpi: 'III-1-K1',
      },
    ],
    progress: [
      {
        ja: 'ディスカッション・ペーパーを公表し、意見募集を行った。',
        en: 'The discussion paper was published for comment.',
      },
      {
        ja: '128の金融機関が参加したラウンドテーブルの結果を取りまとめた。',
        en: 'Round tables with 128 institutions were summarised.',
      },
    ],
    ratings: ['green', 'green'],
    status: 'completed',
    completedOn: '2026-06-30',
  },
  {
    code: 'M-III-1-01',
    lead: 'meti',
    cooperating: ['mic'],
    objectives: ['III-1'],
    category: 'appropriateness_guidelines',
    actorType: 'businesses',
    legalNature: 'voluntary',
    budgetYen: 350_000_000,
    startDate: '2025-10-01',
    dueDate: '2027-03-31',
    titleJa: 'AI事業者ガイドラインの改定',
    titleEn: 'Revise the AI Guidelines for Business',
    descriptionJa:
      '広島AIプロセスの国際行動規範等に即してAI事業者ガイドラインを改定し、事業者への周知を図る。',
    descriptionEn:
      'Revise the AI Guidelines for Business in line with the Hiroshima AI Process code of conduct and other international norms, and make them known.',
    accountable: '経済産業省 商務情報政策局 情報経済課長',
    milestones: [
      {
        titleJa: '改定案のパブリックコメント開始',
        titleEn: 'Open public comment on the draft revision',
        dueDate: '2026-02-27',
      },
      {
        titleJa: '改定版の公表',
        titleEn: 'Publish the revised guidelines',
        dueDate: '2026-04-30',
      },
      {
        titleJa: '業界団体向け説明会の全国開催',
        titleEn: 'Briefings for industry bodies nationwide',
        dueDate: '2027-01-29',
      },
    ],
    kpis: [
      {
        indicatorJa: 'ガイドラインを参照する事業者の割合',
        indicatorEn: 'Share of businesses that follow the guidelines',
        baseline: 35,
        target: 60,
        unit: '%',
        targetDate: '2027-03-31',
        planKpi: 'III-1-K1',
      },
    ],
    progress: [
      {
        ja: '検討会で改定案をまとめ、パブリックコメントを実施した。',
        en: 'The study group agreed a draft revision and public comment was held.',
      },
      {
        ja: '改定版を公表し、説明会を12回開催した。',
        en: 'The revision was published and 12 briefings held.',
      },
    ],
    ratings: ['green', 'amber_green'],
    status: 'in_progress',
    correction: {
      rating: 'amber',
      narrativeJa: '説明会参加者数の集計に誤りがあり、参照率の伸びは計画を下回る。',
      narrativeEn: 'Briefing attendance was miscounted; take-up is below plan.',
      reason: '説明会参加者数の集計誤りを訂正',
    },
  },
  {
    code: 'M-III-1-02',
    lead: 'ppc',
    cooperating: ['digital'],
    objectives: ['III-1'],
    category: 'appropriateness_guidelines',
    actorType: 'businesses',
    legalNature: 'binding',
    startDate: '2025-10-01',
    dueDate: '2027-03-31',
    titleJa: '生成AIサービスの利用に関する個人情報保護上の注意喚起と指針の整備',
    titleEn: 'Personal-information guidance for generative AI services',
    descriptionJa:
      '個人情報保護法に基づき、生成AIへの個人データ入力や学習利用に関する留意点を示し、事業者の対応を確認する。',
    descriptionEn:
      'Under the Act on the Protection of Personal Information, set out what to watch when personal data is entered into or used to train generative AI, and check compliance.',
    accountable: '個人情報保護委員会事務局 参事官',
    milestones: [
      {
        titleJa: 'Q&Aの改訂',
        titleEn: 'Revise the Q&A',
        dueDate: '2026-01-30',
      },
      {
        titleJa: '主要事業者への実態調査',
        titleEn: 'Survey major providers',
        dueDate: '2026-12-25',
      },
    ],
    kpis: [
      {
        indicatorJa: '実態調査に回答した事業者数',
        indicatorEn: 'Providers answering the survey',
        baseline: 0,
        target: 200,
        unit: 'businesses',
        targetDate: '2026-12-25',
      },
    ],
    progress: [
      {
        ja: 'Q&Aを改訂し、学習データに含まれる個人情報の扱いを明確化した。',
        en: 'The Q&A was revised to clarify personal data in training sets.',
      },
      {
        ja: '海外事業者への照会に時間を要している。',
        en: 'Enquiries to overseas providers are taking time.',
      },
    ],
    ratings: ['green', 'amber'],
    status: 'in_progress',
    skipLastReport: true,
  },
  {
    code: 'M-III-1-03',
    lead: 'caa',
    objectives: ['III-1'],
    category: 'appropriateness_guidelines',
    actorType: 'citizens',
    legalNature: 'voluntary',
    startDate: '2025-10-01',
    dueDate: '2026-12-25',
    titleJa: 'AIを用いた消費者向けサービスの表示・勧誘に関する注意喚起',
    titleEn: 'Consumer alerts on how AI services are advertised and sold',
    descriptionJa: 'AIの性能を誇張する表示や自動応答による勧誘について、消費者に注意を促す。',
    descriptionEn: 'Warn consumers about exaggerated AI claims and automated sales pitches.',
    accountable: '消費者庁 消費者政策課長',
    milestones: [
      {
        titleJa: '注意喚起資料の公表',
        titleEn: 'Publish the alert',
        dueDate: '2026-03-31',
      },
    ],
    kpis: [],
    progress: [
      {
        ja: '相談事例を分析し、注意喚起資料の案を作成した。',
        en: 'Complaint cases were analysed and a draft alert prepared.',
      },
    ],
    ratings: ['amber_green'],
    reportsUntil: '2026-01-01',
    status: 'cancelled',
    reason: '個人情報保護委員会の指針整備（M-III-1-02）と合わせて実施することとしたため',
  },
  {
    code: 'M-III-2-01',
    lead: 'cao',
    cooperating: ['aisi', 'mic', 'meti', 'ppc'],
    objectives: ['III-2'],
    category: 'information_investigation',
    actorType: 'national_government',
    legalNature: 'binding',
    budgetYen: 1_200_000_000,
    startDate: '2025-10-01',
    dueDate: '2027-03-31',
    titleJa: 'AI関連事案の情報収集・分析体制の整備',
    titleEn: 'Set up the gathering and analysis of AI incidents',
    descriptionJa:
      'AIにより権利利益が侵害された事案の情報を府省庁・AISI・事業者から集約し、分析と対応策の検討を行う体制を整える。',
    descriptionEn:
      'Bring together reports of cases where AI infringed rights or interests, from ministries, AISI and businesses, and analyse them and consider countermeasures.',
    accountable: '内閣府 科学技術・イノベーション推進事務局 参事官（AI戦略担当）',
    milestones: [
      {
        titleJa: '事案受付窓口の開設',
        titleEn: 'Open the incident intake',
        dueDate: '2025-12-26',
      },
      {
        titleJa: '分析チームの定員確保',
        titleEn: 'Fill the analysis team posts',
        dueDate: '2026-06-30',
      },
      {
        titleJa: '初の年次分析報告の公表',
        titleEn: 'Publish the first annual analysis',
        dueDate: '2027-03-31',
      },
    ],
    kpis: [
      {
        indicatorJa: '事案受付から初動評価までの日数（中央値）',
        indicatorEn: 'Days from report to first assessment (median)',
        baseline: 30,
        target: 7,
        unit: 'days',
        targetDate: '2027-03-31',
        planKpi: 'III-2-K1',
      },
    ],
    progress: [
      {
        ja: '受付窓口を開設し、関係府省庁との連絡体制を整えた。',
        en: 'The intake opened and liaison with ministries was set up.',
      },
      {
        ja: '分析要員の確保が進まず、初動評価の日数が目標から大きく乖離している。',
        en: 'Analyst posts remain unfilled; time to first assessment is far off target.',
      },
    ],
    ratings: ['amber', 'red'],
    status: 'in_progress',
  },
  {
    code: 'M-III-2-02',
    lead: 'npa',
    cooperating: ['mic', 'caa'],
    objectives: ['III-2'],
    category: 'information_investigation',
    actorType: 'citizens',
    legalNature: 'voluntary',
    budgetYen: 600_000_000,
    startDate: '2025-10-01',
    dueDate: '2027-03-31',
    titleJa: 'ディープフェイク等を悪用した犯罪の実態把握と対策',
    titleEn: 'Deepfake-enabled crime: find out what happens and counter it',
    descriptionJa:
      '生成AIで作成された偽画像・音声を用いた詐欺等の実態を把握し、捜査手法と広報啓発を強化する。',
    descriptionEn:
      'Find out how AI-generated images and voices are used in fraud and other crime, and strengthen investigation and public awareness.',
    accountable: '警察庁 生活安全局 情報技術犯罪対策課長',
    milestones: [
      {
        titleJa: '全国調査の実施',
        titleEn: 'Run the national survey',
        dueDate: '2026-03-31',
      },
      {
        titleJa: '検知ツールの全都道府県警察への配備',
        titleEn: 'Deploy detection tools to every prefectural police',
        dueDate: '2026-10-30',
        overdue: true,
      },
    ],
    kpis: [
      {
        indicatorJa: '検知ツールを配備した都道府県警察数',
        indicatorEn: 'Prefectural police forces with detection tools',
        baseline: 0,
        target: 47,
        unit: 'forces',
        targetDate: '2026-10-30',
      },
    ],
    progress: [
      {
        ja: '全国調査を実施し、音声を用いた詐欺の増加を確認した。',
        en: 'The national survey showed voice-cloning fraud rising.',
      },
      {
        ja: '検知ツールの調達が遅れ、配備は19都道府県にとどまる。',
        en: 'Procurement of detection tools slipped; 19 forces have them so far.',
      },
    ],
    ratings: ['amber_green', 'amber_red'],
    status: 'in_progress',
  },
  {
    code: 'M-III-3-01',
    lead: 'aisi',
    cooperating: ['meti', 'mic'],
    objectives: ['III-3'],
    category: 'information_investigation',
    actorType: 'rd_institutions',
    legalNature: 'voluntary',
    budgetYen: 2_800_000_000,
    startDate: '2025-10-01',
    dueDate: '2028-03-31',
    titleJa: 'AIセーフティ評価手法の開発と評価の実施',
    titleEn: 'Develop AI safety evaluation methods and carry out evaluations',
    descriptionJa:
      'AIセーフティ・インスティテュートが評価観点ガイドとレッドチーミング手法を改訂し、先端モデルの評価を行う。',
    descriptionEn:
      'The Japan AI Safety Institute revises its evaluation guide and red-teaming methods and evaluates advanced models.',
    accountable: 'AIセーフティ・インスティテュート 所長',
    milestones: [
      {
        titleJa: '評価観点ガイドの改訂',
        titleEn: 'Revise the evaluation guide',
        dueDate: '2026-03-31',
      },
      {
        titleJa: '国際共同評価への参加',
        titleEn: 'Join an international joint evaluation',
        dueDate: '2026-09-30',
      },
    ],
    kpis: [
      {
        indicatorJa: 'AISIによる安全性評価の実施件数',
        indicatorEn: 'Safety evaluations carried out by AISI',
        baseline: 5,
        target: 30,
        unit: 'evaluations/year',
        targetDate: '2028-03-31',
        planKpi: 'III-3-K1',
      },
    ],
    progress: [
      {
        ja: '評価観点ガイドを改訂し、日本語特有のリスク観点を追加した。',
        en: 'The evaluation guide now covers risks specific to Japanese language use.',
      },
      {
        ja: '英米のAISIと共同評価を実施し、結果を共有した。',
        en: 'A joint evaluation with the UK and US institutes was carried out and shared.',
      },
    ],
    ratings: ['green', 'green'],
    status: 'in_progress',
  },
  {
    code: 'M-III-3-02',
    lead: 'mhlw',
    cooperating: ['digital'],
    objectives: ['III-3'],
    category: 'appropriateness_guidelines',
    actorType: 'businesses',
    legalNature: 'binding',
    startDate: '2027-04-01',
    dueDate: '2029-03-31',
    titleJa: 'AIを活用した医療機器プログラムの承認審査の迅速化',
    titleEn: 'Faster approval of AI-based medical device software',
    descriptionJa:
      '医薬品医療機器等法に基づく審査で、学習により性能が変わるAIの変更計画の事前確認制度を運用する。',
    descriptionEn:
      'Under the Pharmaceuticals and Medical Devices Act, run prior approval of change plans for AI whose performance changes with learning.',
    accountable: '厚生労働省 医薬局 医療機器審査管理課長',
    milestones: [
      {
        titleJa: '審査ガイダンスの発出',
        titleEn: 'Issue the review guidance',
        dueDate: '2027-09-30',
      },
    ],
    kpis: [],
    progress: [],
    ratings: [],
    status: 'planned',
  },
  {
    code: 'M-III-2-03',
    lead: 'cas',
    cooperating: ['npa', 'mod'],
    objectives: ['III-2'],
    category: 'information_investigation',
    actorType: 'national_government',
    legalNature: 'voluntary',
    startDate: '2027-01-01',
    dueDate: '2028-03-31',
    titleJa: 'AIを悪用したサイバー攻撃の分析と対処体制の強化',
    titleEn: 'Analyse and counter AI-enabled cyberattacks',
    descriptionJa:
      '国家サイバー統括室がAIを悪用した攻撃手法の情報を集約し、重要インフラ事業者と共有する。',
    descriptionEn:
      'The National Cybersecurity Office gathers information on AI-enabled attack techniques and shares it with critical infrastructure operators.',
    accountable: '内閣官房 国家サイバー統括室 参事官',
    milestones: [
      {
        titleJa: '情報共有の枠組みの合意',
        titleEn: 'Agree the information-sharing framework',
        dueDate: '2027-06-30',
      },
    ],
    kpis: [],
    progress: [],
    ratings: [],
    status: 'planned',
  },
  {
    code: 'M-IV-1-01',
    lead: 'mofa',
    cooperating: ['mic', 'cao'],
    objectives: ['IV-1'],
    category: 'international_norms',
    actorType: 'national_government',
    legalNature: 'voluntary',
    budgetYen: 450_000_000,
    startDate: '2025-10-01',
    dueDate: '2028-03-31',
    titleJa: '広島AIプロセス・フレンズグループの拡大',
    titleEn: 'Grow the Hiroshima AI Process Friends Group',
    descriptionJa:
      'グローバル・サウスを含む各国に参加を働きかけ、国際指針と行動規範の実践を広げる。',
    descriptionEn:
      'Bring more countries, including the Global South, into the group and spread the guiding principles and code of conduct.',
    accountable: '外務省 総合外交政策局 新興技術政策室長',
    milestones: [
      {
        titleJa: 'アジア地域アウトリーチ会合の開催',
        titleEn: 'Hold the Asia outreach meeting',
        dueDate: '2026-02-27',
      },
      {
        titleJa: '参加国・地域60への拡大',
        titleEn: 'Reach 60 participating countries and regions',
        dueDate: '2027-12-25',
      },
    ],
    kpis: [
      {
        indicatorJa: 'フレンズグループ参加国・地域数',
        indicatorEn: 'Countries and regions in the Friends Group',
        baseline: 56,
        target: 70,
        unit: 'countries',
        targetDate: '2028-03-31',
      },
    ],
    progress: [
      {
        ja: 'アジア地域アウトリーチ会合を開催し、4か国が参加を表明した。',
        en: 'The Asia outreach meeting drew four new countries.',
      },
      {
        ja: 'インド太平洋地域での参加が拡大し、参加国・地域は62となった。',
        en: 'Participation grew in the Indo-Pacific; the group now has 62 members.',
      },
    ],
    ratings: ['green', 'green'],
    status: 'in_progress',
  },
  {
    code: 'M-IV-1-02',
    lead: 'mic',
    cooperating: ['mofa'],
    objectives: ['IV-1'],
    category: 'international_norms',
    actorType: 'businesses',
    legalNature: 'voluntary',
    budgetYen: 150_000_000,
    startDate: '2025-10-01',
    dueDate: '2026-03-31',
    titleJa: '広島AIプロセス報告枠組みへの国内事業者の参加促進',
    titleEn: 'Bring domestic businesses into the HAIP reporting framework',
    descriptionJa: 'OECDが運用する報告枠組みについて、国内AI開発者向けの説明会と記入支援を行う。',
    descriptionEn:
      'Brief domestic AI developers on the OECD-run reporting framework and help them complete reports.',
    accountable: '総務省 情報流通行政局 参事官（AI担当）',
    milestones: [
      {
        titleJa: '記入支援窓口の開設',
        titleEn: 'Open the help desk',
        dueDate: '2025-11-28',
      },
      {
        titleJa: '第2回報告の締切',
        titleEn: 'Second reporting deadline',
        dueDate: '2026-03-13',
      },
    ],
    kpis: [
      {
        indicatorJa: '報告枠組みに報告した国内組織数',
        indicatorEn: 'Domestic organisations reporting under HAIP',
        baseline: 9,
        target: 25,
        unit: 'organisations',
        targetDate: '2026-03-31',
        planKpi: 'IV-1-K1',
      },
    ],
    progress: [
      {
        ja: '記入支援窓口を開設し、説明会に60社が参加した。',
        en: 'The help desk opened and 60 companies attended the briefing.',
      },
      {
        ja: '第2回報告で国内27組織が報告し、目標を達成した。',
        en: '27 domestic organisations reported in the second round, above target.',
      },
    ],
    ratings: ['green', 'green'],
    status: 'completed',
    completedOn: '2026-03-31',
  },
  {
    code: 'M-IV-2-01',
    lead: 'meti',
    cooperating: ['mic'],
    objectives: ['IV-2'],
    category: 'international_norms',
    actorType: 'businesses',
    legalNature: 'voluntary',
    budgetYen: 500_000_000,
    startDate: '2026-01-01',
    dueDate: '2029-03-31',
    titleJa: 'AIの安全性・品質に関する国際標準化（ISO/IEC JTC 1/SC 42）',
    titleEn: 'International standards for AI safety and quality (ISO/IEC JTC 1/SC 42)',
    descriptionJa: 'AIシステムの品質評価や安全性試験の規格案を提案し、国内規格との整合を図る。',
    descriptionEn:
      'Propose draft standards on AI quality evaluation and safety testing and keep Japanese standards aligned.',
    accountable: '経済産業省 イノベーション・環境局 国際標準課長',
    milestones: [
      {
        titleJa: '新規作業項目提案（品質評価）',
        titleEn: 'New work item proposal on quality evaluation',
        dueDate: '2026-05-29',
      },
      {
        titleJa: '委員会原案の登録',
        titleEn: 'Register the committee draft',
        dueDate: '2027-11-30',
      },
    ],
    kpis: [
      {
        indicatorJa: '日本提案による国際標準化案件数',
        indicatorEn: 'Standards projects proposed by Japan',
        baseline: 3,
        target: 8,
        unit: 'proposals',
        targetDate: '2029-03-31',
        planKpi: 'IV-2-K1',
      },
    ],
    progress: [
      {
        ja: '品質評価に関する新規作業項目を提案し、承認された。',
        en: 'The new work item on quality evaluation was proposed and approved.',
      },
      {
        ja: 'エキスパートの確保に課題があり、原案作成の体制を強化中。',
        en: 'Finding experts is hard; the drafting team is being strengthened.',
      },
    ],
    ratings: ['green', 'amber_green'],
    status: 'in_progress',
  },
];
