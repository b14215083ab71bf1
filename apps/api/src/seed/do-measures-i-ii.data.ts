import type { SeedMeasure } from './do-seed-measure';

/** Measures under principles I (R&D) and II (from R&D to social implementation). */
export const MEASURES_I_II: SeedMeasure[] = [
  {
    code: 'M-I-1-01',
    lead: 'meti',
    cooperating: ['mext', 'cao'],
    objectives: ['I-1'],
    category: 'rd_promotion',
    actorType: 'businesses',
    legalNature: 'voluntary',
    budgetYen: 68_200_000_000,
    startDate: '2025-10-01',
    dueDate: '2028-03-31',
    titleJa: '生成AI基盤モデルの開発支援（GENIAC）',
    titleEn: 'Support the development of generative AI foundation models (GENIAC)',
    descriptionJa:
      '国内の基盤モデル開発者に計算資源とデータ取得の費用を支援し、開発者間の知見共有を促す。',
    descriptionEn:
      'Fund compute and data acquisition for domestic foundation-model developers and help them share know-how.',
    accountable: '経済産業省 商務情報政策局 情報処理基盤産業室長',
    milestones: [
      {
        titleJa: '第3期採択事業者の決定',
        titleEn: 'Select the third cohort',
        dueDate: '2025-12-19',
      },
      {
        titleJa: '第3期計算資源の提供開始',
        titleEn: 'Start providing compute to the third cohort',
        dueDate: '2026-02-27',
      },
      {
        titleJa: '成果報告会の開催',
        titleEn: 'Hold the results conference',
        dueDate: '2027-02-26',
      },
    ],
    kpis: [
      {
        indicatorJa: '支援により提供した計算資源',
        indicatorEn: 'Compute provided through the programme',
        baseline: 0,
        target: 3,
        unit: 'EFLOPS',
        targetDate: '2028-03-31',
        planKpi: 'I-1-K1',
      },
    ],
    progress: [
      {
        ja: '第3期の公募を実施し、24者の応募から12者を採択した。',
        en: 'Ran the third call: 12 of 24 applicants were selected.',
      },
      {
        ja: '採択事業者への計算資源提供を開始し、日本語性能の評価結果を共有した。',
        en: 'Compute provision to the selected developers began; Japanese-language benchmark results were shared.',
      },
      {
        ja: 'GPU調達の一部に遅れがあるが、代替クラウドで計画量を確保した。',
        en: 'Part of the GPU procurement slipped; alternative cloud capacity covers the planned volume.',
      },
    ],
    ratings: ['green', 'green', 'amber_green'],
    status: 'in_progress',
  },
  {
    code: 'M-I-1-02',
    lead: 'mext',
    cooperating: ['cao'],
    objectives: ['I-1'],
    category: 'rd_promotion',
    actorType: 'rd_institutions',
    legalNature: 'voluntary',
    budgetYen: 21_500_000_000,
    startDate: '2025-10-01',
    dueDate: '2029-03-31',
    titleJa: '科学研究向けAI基盤モデルの研究開発（AI for Science）',
    titleEn: 'R&D of AI foundation models for science (AI for Science)',
    descriptionJa:
      '理化学研究所等の研究機関が、材料・生命科学分野の科学基盤モデルを開発し、研究データ基盤と連携させる。',
    descriptionEn:
      'RIKEN and other institutes build scientific foundation models for materials and life sciences, tied to research data platforms.',
    accountable: '文部科学省 研究振興局 参事官（情報担当）',
    milestones: [
      {
        titleJa: '研究開発拠点の選定',
        titleEn: 'Select the research hubs',
        dueDate: '2026-01-30',
      },
      {
        titleJa: '材料科学基盤モデル試作版の公開',
        titleEn: 'Release the prototype materials-science model',
        dueDate: '2027-03-31',
      },
    ],
    kpis: [
      {
        indicatorJa: '公開した科学基盤モデル数',
        indicatorEn: 'Scientific foundation models released',
        baseline: 0,
        target: 4,
        unit: 'models',
        targetDate: '2029-03-31',
      },
    ],
    progress: [
      {
        ja: '研究開発拠点を3拠点選定し、学習データの整備計画を策定した。',
        en: 'Three research hubs were selected and a training-data plan adopted.',
      },
      {
        ja: '学習用計算資源の配分が想定を下回り、試作版の公開時期を精査中。',
        en: 'Compute allocated for training is below plan; the prototype release date is under review.',
      },
    ],
    ratings: ['green', 'amber'],
    status: 'in_progress',
  },
  {
    code: 'M-I-2-01',
    lead: 'meti',
    cooperating: ['mic', 'env'],
    objectives: ['I-1', 'I-2'],
    category: 'shared_infrastructure',
    actorType: 'businesses',
    legalNature: 'voluntary',
    budgetYen: 45_000_000_000,
    startDate: '2025-10-01',
    dueDate: '2028-03-31',
    titleJa: 'AI向けデータセンターの地方分散整備支援',
    titleEn: 'Support regionally distributed data centres for AI',
    descriptionJa:
      '電力・通信基盤と一体で、地方におけるAI向けデータセンターの立地を支援し、共用可能な計算資源を増やす。',
    descriptionEn:
      'Support AI data centres in the regions, planned together with power and network infrastructure, to add shareable compute.',
    accountable: '経済産業省 商務情報政策局 情報産業課長',
    milestones: [
      {
        titleJa: '支援対象地域の選定基準の公表',
        titleEn: 'Publish the criteria for supported regions',
        dueDate: '2026-03-31',
      },
      {
        titleJa: '地方データセンター立地支援の公募開始',
        titleEn: 'Open the call for regional data-centre sites',
        dueDate: '2026-09-30',
        overdue: true,
      },
      {
        titleJa: '第1号案件の着工',
        titleEn: 'Start construction of the first site',
        dueDate: '2027-06-30',
      },
    ],
    kpis: [
      {
        indicatorJa: '支援により整備されたAI向け計算資源',
        indicatorEn: 'AI compute built with support',
        baseline: 0,
        target: 2,
        unit: 'EFLOPS',
        targetDate: '2028-03-31',
        planKpi: 'I-1-K1',
      },
    ],
    progress: [
      {
        ja: '選定基準の案を電力事業者・自治体と協議した。',
        en: 'Draft criteria were discussed with power utilities and local governments.',
      },
      {
        ja: '系統接続の調整が長引き、公募開始が遅れている。',
        en: 'Grid-connection talks are taking longer; the call has not opened yet.',
      },
    ],
    ratings: ['amber', 'amber_red'],
    status: 'in_progress',
  },
  {
    code: 'M-I-2-02',
    lead: 'mic',
    cooperating: ['mext', 'digital'],
    objectives: ['I-2'],
    category: 'shared_infrastructure',
    actorType: 'rd_institutions',
    legalNature: 'voluntary',
    budgetYen: 12_800_000_000,
    startDate: '2025-10-01',
    dueDate: '2028-03-31',
    titleJa: '日本語学習用データセットの整備と共用（NICT）',
    titleEn: 'Build and share Japanese training datasets (NICT)',
    descriptionJa:
      '情報通信研究機構が権利処理済みの日本語データを収集・整備し、研究機関と事業者に共用で提供する。',
    descriptionEn:
      'NICT collects and curates rights-cleared Japanese data and shares it with research institutions and businesses.',
    accountable: '総務省 国際戦略局 技術政策課長',
    milestones: [
      {
        titleJa: 'データ提供規約の策定',
        titleEn: 'Adopt the data-sharing terms',
        dueDate: '2026-01-30',
      },
      {
        titleJa: '第1次データセットの提供開始',
        titleEn: 'Release the first dataset',
        dueDate: '2026-06-30',
      },
      {
        titleJa: '第2次データセットの提供開始',
        titleEn: 'Release the second dataset',
        dueDate: '2027-06-30',
      },
    ],
    kpis: [
      {
        indicatorJa: '共用に供した日本語データ量',
        indicatorEn: 'Japanese data made available for sharing',
        baseline: 500,
        target: 2000,
        unit: 'billion tokens',
        targetDate: '2028-03-31',
        planKpi: 'I-2-K1',
      },
    ],
    progress: [
      {
        ja: '出版社・報道機関とのデータ提供契約を締結した。',
        en: 'Data agreements were signed with publishers and news organisations.',
      },
      {
        ja: '第1次データセットを提供開始し、42機関が利用登録した。',
        en: 'The first dataset is out; 42 organisations have registered to use it.',
      },
    ],
    ratings: ['green', 'green'],
    status: 'in_progress',
  },
  {
    code: 'M-I-2-03',
    lead: 'env',
    cooperating: ['meti'],
    objectives: ['I-2'],
    category: 'shared_infrastructure',
    actorType: 'businesses',
    legalNature: 'duty_to_endeavour',
    budgetYen: 3_000_000_000,
    startDate: '2027-04-01',
    dueDate: '2030-03-31',
    titleJa: 'データセンターの省エネルギー化と再生可能エネルギー活用の促進',
    titleEn: 'Promote energy efficiency and renewable power in data centres',
    descriptionJa:
      'AI需要で増加するデータセンターの電力消費について、省エネ設備と再エネ調達の導入を支援する。',
    descriptionEn:
      'Support efficient equipment and renewable power purchasing as AI demand raises data-centre power use.',
    accountable: '環境省 地球環境局 地球温暖化対策課長',
    milestones: [
      {
        titleJa: '補助事業の公募開始',
        titleEn: 'Open the subsidy call',
        dueDate: '2027-06-30',
      },
    ],
    kpis: [
      {
        indicatorJa: '支援したデータセンターの平均PUE',
        indicatorEn: 'Average PUE of supported data centres',
        baseline: 1.6,
        target: 1.3,
        unit: 'PUE',
        targetDate: '2030-03-31',
      },
    ],
    progress: [],
    ratings: [],
    status: 'planned',
  },
  {
    code: 'M-II-1-01',
    lead: 'mext',
    cooperating: ['meti'],
    objectives: ['II-1'],
    category: 'human_resources_education',
    actorType: 'rd_institutions',
    legalNature: 'voluntary',
    budgetYen: 2_400_000_000,
    startDate: '2025-10-01',
    dueDate: '2030-03-31',
    titleJa: '数理・データサイエンス・AI教育プログラム認定制度の拡充',
    titleEn: 'Expand the accredited mathematics, data science and AI education programmes',
    descriptionJa: '大学・高専の応用基礎レベル認定を広げ、生成AIの活用と留意点を教育内容に加える。',
    descriptionEn:
      'Extend applied-level accreditation at universities and colleges and add generative AI use and its risks to the curriculum.',
    accountable: '文部科学省 高等教育局 専門教育課長',
    milestones: [
      {
        titleJa: 'モデルカリキュラム改訂版の公表',
        titleEn: 'Publish the revised model curriculum',
        dueDate: '2026-03-31',
      },
      {
        titleJa: '令和8年度認定の決定',
        titleEn: 'Decide the FY2026 accreditations',
        dueDate: '2026-08-31',
      },
    ],
    kpis: [
      {
        indicatorJa: '応用基礎レベル修了者数',
        indicatorEn: 'Graduates of applied-level AI education',
        baseline: 250_000,
        target: 500_000,
        unit: 'people/year',
        targetDate: '2030-03-31',
        planKpi: 'II-1-K1',
      },
    ],
    progress: [
      {
        ja: 'モデルカリキュラムに生成AIの単元を追加する改訂案をまとめた。',
        en: 'A revision adding generative AI units to the model curriculum was drafted.',
      },
      {
        ja: '新たに68校を認定し、修了者数は前年から2割増加した。',
        en: '68 more institutions were accredited; graduates rose by a fifth on the year.',
      },
    ],
    ratings: ['green', 'green'],
    status: 'in_progress',
  },
  {
    code: 'M-II-1-02',
    lead: 'mhlw',
    cooperating: ['meti'],
    objectives: ['II-1'],
    category: 'human_resources_education',
    actorType: 'citizens',
    legalNature: 'voluntary',
    budgetYen: 5_600_000_000,
    startDate: '2025-10-01',
    dueDate: '2028-03-31',
    titleJa: '公的職業訓練における生成AI活用コースの拡充',
    titleEn: 'More generative AI courses in public vocational training',
    descriptionJa:
      '離職者・在職者向け職業訓練に生成AIの実務活用コースを設け、リスキリングを支援する。',
    descriptionEn:
      'Add practical generative AI courses to vocational training for job seekers and workers, supporting reskilling.',
    accountable: '厚生労働省 人材開発統括官付 訓練企画室長',
    milestones: [
      {
        titleJa: '訓練基準の改正',
        titleEn: 'Amend the training standards',
        dueDate: '2026-03-31',
      },
      {
        titleJa: '全都道府県でのコース開講',
        titleEn: 'Courses open in every prefecture',
        dueDate: '2027-03-31',
      },
    ],
    kpis: [
      {
        indicatorJa: '生成AI活用コースの受講者数',
        indicatorEn: 'Trainees in generative AI courses',
        baseline: 0,
        target: 30_000,
        unit: 'people/year',
        targetDate: '2028-03-31',
        planKpi: 'II-1-K1',
      },
    ],
    progress: [
      {
        ja: '訓練基準を改正し、先行12都道府県で開講した。',
        en: 'Training standards were amended and courses opened in 12 prefectures.',
      },
      {
        ja: '講師確保が課題となり、開講数が計画を下回った。',
        en: 'Finding instructors is hard; fewer courses opened than planned.',
      },
    ],
    ratings: ['green', 'amber'],
    status: 'in_progress',
    skipLastReport: true,
  },
  {
    code: 'M-II-2-01',
    lead: 'meti',
    cooperating: ['mic'],
    objectives: ['II-2'],
    category: 'rd_promotion',
    actorType: 'businesses',
    legalNature: 'voluntary',
    budgetYen: 30_000_000_000,
    startDate: '2026-01-01',
    dueDate: '2028-03-31',
    titleJa: '中小企業のAI導入支援',
    titleEn: 'Help small and medium-sized enterprises adopt AI',
    descriptionJa: 'IT導入補助金の対象に生成AIツールを加え、地域の支援機関による伴走支援を行う。',
    descriptionEn:
      'Make generative AI tools eligible for IT adoption subsidies and provide hands-on support through regional advisers.',
    accountable: '中小企業庁 経営支援部 技術・経営革新課長',
    milestones: [
      {
        titleJa: '補助対象ツールの登録開始',
        titleEn: 'Start registering eligible tools',
        dueDate: '2026-04-30',
      },
      {
        titleJa: '伴走支援機関の全国展開',
        titleEn: 'Advisers in every region',
        dueDate: '2027-03-31',
      },
    ],
    kpis: [
      {
        indicatorJa: '生成AIを業務で利用する中小企業の割合',
        indicatorEn: 'Share of SMEs using generative AI at work',
        baseline: 18,
        target: 50,
        unit: '%',
        targetDate: '2028-03-31',
        planKpi: 'II-2-K1',
      },
    ],
    progress: [
      {
        ja: '補助対象ツール180件を登録し、交付申請の受付を開始した。',
        en: '180 tools were registered and applications opened.',
      },
      {
        ja: '申請は順調だが、地方部での利用が伸び悩んでいる。',
        en: 'Applications are steady, but uptake outside cities is slow.',
      },
    ],
    ratings: ['green', 'amber_green'],
    status: 'in_progress',
    correction: {
      rating: 'amber',
      narrativeJa: '地方部の交付決定件数に重複計上があり、実績は計画の7割にとどまる。',
      narrativeEn: 'Regional grant figures were double-counted; actual uptake is 70% of plan.',
      reason: '交付決定件数の重複計上を訂正',
    },
  },
  {
    code: 'M-II-2-02',
    lead: 'mlit',
    cooperating: ['npa', 'meti', 'digital'],
    objectives: ['II-2'],
    category: 'rd_promotion',
    actorType: 'local_government',
    legalNature: 'voluntary',
    budgetYen: 15_000_000_000,
    startDate: '2025-10-01',
    dueDate: '2028-03-31',
    titleJa: 'レベル4自動運転移動サービスの社会実装',
    titleEn: 'Put level-4 autonomous mobility services into service',
    descriptionJa:
      '地域交通の担い手不足に対応し、自治体と連携してレベル4自動運転の移動サービスを全国に広げる。',
    descriptionEn:
      'Answer driver shortages in local transport by spreading level-4 autonomous mobility services with local governments.',
    accountable: '国土交通省 物流・自動車局 自動運転戦略室長',
    milestones: [
      {
        titleJa: '実証地域の選定（令和8年度）',
        titleEn: 'Select the FY2026 pilot areas',
        dueDate: '2026-05-29',
      },
      {
        titleJa: '50地域での運行開始',
        titleEn: 'Services running in 50 areas',
        dueDate: '2027-12-28',
      },
    ],
    kpis: [
      {
        indicatorJa: 'レベル4移動サービスの運行地域数',
        indicatorEn: 'Areas with level-4 services',
        baseline: 4,
        target: 50,
        unit: 'areas',
        targetDate: '2028-03-31',
      },
    ],
    progress: [
      {
        ja: '令和8年度の実証地域として21地域を選定した。',
        en: '21 areas were chosen for FY2026 pilots.',
      },
      {
        ja: '車両の保安基準適合確認に時間を要し、運行開始が一部遅れている。',
        en: 'Vehicle safety certification is slow; some services start late.',
      },
    ],
    ratings: ['amber_green', 'amber'],
    status: 'in_progress',
  },
  {
    code: 'M-II-2-03',
    lead: 'maff',
    cooperating: ['meti'],
    objectives: ['II-2'],
    category: 'rd_promotion',
    actorType: 'businesses',
    legalNature: 'voluntary',
    budgetYen: 4_200_000_000,
    startDate: '2025-10-01',
    dueDate: '2026-09-30',
    titleJa: 'スマート農業におけるAI活用の実証',
    titleEn: 'Pilot AI in smart agriculture',
    descriptionJa: '画像診断による病害虫予察と収量予測AIを産地で実証し、普及の手引きをまとめる。',
    descriptionEn:
      'Pilot image-based pest forecasting and yield prediction in growing areas and write an uptake guide.',
    accountable: '農林水産省 農林水産技術会議事務局 研究推進課長',
    milestones: [
      {
        titleJa: '実証産地での運用開始',
        titleEn: 'Start operations in the pilot areas',
        dueDate: '2026-01-30',
      },
      {
        titleJa: '普及の手引きの公表',
        titleEn: 'Publish the uptake guide',
        dueDate: '2026-09-18',
      },
    ],
    kpis: [
      {
        indicatorJa: 'AI予察を導入した産地数',
        indicatorEn: 'Growing areas using AI forecasting',
        baseline: 0,
        target: 30,
        unit: 'areas',
        targetDate: '2026-09-30',
        planKpi: 'II-2-K1',
      },
    ],
    progress: [
      {
        ja: '15産地で運用を開始し、病害虫の早期発見事例を収集した。',
        en: 'Operations began in 15 areas; early pest detections were recorded.',
      },
      {
        ja: '32産地に導入が広がり、普及の手引きを公表した。',
        en: 'Uptake spread to 32 areas and the guide was published.',
      },
    ],
    ratings: ['green', 'green'],
    status: 'completed',
    completedOn: '2026-09-30',
  },
  {
    code: 'M-II-3-01',
    lead: 'digital',
    cooperating: ['cao', 'mic'],
    objectives: ['II-3'],
    category: 'government_use',
    actorType: 'national_government',
    legalNature: 'binding',
    budgetYen: 9_700_000_000,
    startDate: '2025-10-01',
    dueDate: '2027-03-31',
    titleJa: 'ガバメントAIの府省庁への展開',
    titleEn: 'Roll out Government AI across ministries',
    descriptionJa:
      '府省庁共通の生成AI利用環境を整備し、利用ガイドラインとリスク評価の手順と合わせて全府省庁に展開する。',
    descriptionEn:
      'Provide a shared generative AI environment for ministries, with usage guidelines and a risk-assessment procedure.',
    accountable: 'デジタル庁 省庁業務サービスグループ 統括官',
    milestones: [
      {
        titleJa: '政府における生成AI調達・利活用ガイドラインの改定',
        titleEn: 'Revise the government guideline on procuring and using generative AI',
        dueDate: '2025-12-26',
      },
      {
        titleJa: '全府省庁での利用開始',
        titleEn: 'In use at every ministry',
        dueDate: '2026-09-30',
      },
      {
        titleJa: '業務アプリの共同開発10件',
        titleEn: 'Ten jointly built business apps',
        dueDate: '2027-03-31',
      },
    ],
    kpis: [
      {
        indicatorJa: '生成AIを業務に導入した府省庁の割合',
        indicatorEn: 'Share of ministries using generative AI at work',
        baseline: 40,
        target: 100,
        unit: '%',
        targetDate: '2027-03-31',
        planKpi: 'II-3-K1',
      },
    ],
    progress: [
      {
        ja: 'ガイドラインを改定し、先行8府省庁で利用を開始した。',
        en: 'The guideline was revised and eight ministries started using the service.',
      },
      {
        ja: '全府省庁で利用可能となり、月間利用者は3万人を超えた。',
        en: 'Every ministry has access; monthly users passed 30,000.',
      },
    ],
    ratings: ['green', 'green'],
    status: 'in_progress',
  },
  {
    code: 'M-II-3-02',
    lead: 'mod',
    cooperating: ['digital'],
    objectives: ['II-3'],
    category: 'government_use',
    actorType: 'national_government',
    legalNature: 'binding',
    startDate: '2025-10-01',
    dueDate: '2028-03-31',
    titleJa: '防衛省におけるAI活用推進基本方針の実施',
    titleEn: "Carry out the Ministry of Defense's basic policy on AI",
    descriptionJa:
      '情報収集・分析、指揮統制支援、後方支援等の重点分野でAI活用を進め、責任あるAI適用の手引きを運用する。',
    descriptionEn:
      'Use AI in priority areas such as intelligence analysis, command support and logistics, under a guide for responsible AI.',
    accountable: '防衛省 防衛政策局 防衛AI推進室長',
    milestones: [
      {
        titleJa: '責任あるAI適用ガイドラインの運用開始',
        titleEn: 'Apply the responsible-AI guideline',
        dueDate: '2026-03-31',
      },
      {
        titleJa: '後方支援業務でのAI本格運用',
        titleEn: 'AI in full use for logistics',
        dueDate: '2027-09-30',
      },
    ],
    kpis: [
      {
        indicatorJa: 'AIを導入した重点業務数',
        indicatorEn: 'Priority functions using AI',
        baseline: 2,
        target: 7,
        unit: 'functions',
        targetDate: '2028-03-31',
      },
    ],
    progress: [
      {
        ja: 'ガイドラインに基づくリスク審査を開始した。',
        en: 'Risk reviews under the guideline began.',
      },
      {
        ja: '人材確保の遅れから、一部の重点分野で導入時期を見直している。',
        en: 'Staffing delays are pushing back some priority areas.',
      },
    ],
    ratings: ['green', 'amber_green'],
    status: 'in_progress',
  },
  {
    code: 'M-II-3-03',
    lead: 'jpo',
    cooperating: ['meti'],
    objectives: ['II-3'],
    category: 'government_use',
    actorType: 'national_government',
    legalNature: 'voluntary',
    budgetYen: 1_900_000_000,
    startDate: '2025-10-01',
    dueDate: '2027-03-31',
    titleJa: '特許審査におけるAI活用',
    titleEn: 'Use AI in patent examination',
    descriptionJa: '先行技術調査と分類付与にAIを導入し、審査の質と速さを高める。',
    descriptionEn: 'Use AI for prior-art search and classification to improve examination.',
    accountable: '特許庁 審査第一部 調整課長',
    milestones: [
      {
        titleJa: '先行技術調査AIの試行',
        titleEn: 'Trial AI prior-art search',
        dueDate: '2026-03-31',
      },
    ],
    kpis: [
      {
        indicatorJa: 'AI支援を受けた審査案件の割合',
        indicatorEn: 'Share of examinations assisted by AI',
        baseline: 5,
        target: 60,
        unit: '%',
        targetDate: '2027-03-31',
        planKpi: 'II-3-K1',
      },
    ],
    progress: [
      {
        ja: '先行技術調査AIの試行で、検索時間が平均3割短縮した。',
        en: 'The prior-art search trial cut search time by 30% on average.',
      },
      {
        ja: '基幹システム更改との調整のため、本格導入を一時停止した。',
        en: 'Full roll-out is paused to align with the core-system replacement.',
      },
    ],
    ratings: ['green', 'amber'],
    status: 'suspended',
    reason: '特許庁基幹システムの更改に合わせて導入計画を再設計するため',
  },
  {
    code: 'M-II-3-04',
    lead: 'moj',
    cooperating: ['digital', 'ppc'],
    objectives: ['II-3'],
    category: 'government_use',
    actorType: 'national_government',
    legalNature: 'voluntary',
    budgetYen: 800_000_000,
    startDate: '2026-01-01',
    dueDate: '2027-09-30',
    titleJa: '登記・出入国在留管理業務におけるAI活用の検証',
    titleEn: 'Test AI in registration and immigration services',
    descriptionJa: '申請書類の確認補助にAIを試行し、処理時間と誤り率への効果を検証する。',
    descriptionEn: 'Trial AI to help check applications and measure effects on time and errors.',
    accountable: '法務省 大臣官房 秘書課 情報管理室長',
    milestones: [
      {
        titleJa: '個人情報保護評価の実施',
        titleEn: 'Carry out the privacy impact assessment',
        dueDate: '2026-03-31',
      },
    ],
    kpis: [
      {
        indicatorJa: '試行対象業務の処理時間短縮率',
        indicatorEn: 'Processing time saved in the trial',
        baseline: 0,
        target: 25,
        unit: '%',
        targetDate: '2027-09-30',
      },
    ],
    progress: [
      {
        ja: '試行範囲を決定し、個人情報保護評価に着手した。',
        en: 'The trial scope was set and the privacy impact assessment started.',
      },
      {
        ja: '評価の結果、データ取扱いの見直しが必要となり試行を停止した。',
        en: 'The assessment called for changes in data handling; the trial is paused.',
      },
    ],
    ratings: ['amber_green', 'amber_red'],
    status: 'suspended',
    reason: '個人情報保護評価の再実施が必要となったため',
  },
];
