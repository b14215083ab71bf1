/**
 * Words the generated incidents are made of. Titles combine a system, what happened and where,
 * so every free-text term occurs in a realistic share of a large register (a few percent, not
 * half of it), in Japanese and in English.
 */
export const SYSTEMS: [string, string][] = [
  ['生成AIチャットボット', 'generative AI chatbot'],
  ['顔認証システム', 'facial recognition system'],
  ['自動運転バス', 'autonomous bus'],
  ['採用選考AI', 'AI hiring screener'],
  ['与信審査モデル', 'credit scoring model'],
  ['医療画像診断AI', 'medical imaging AI'],
  ['機械翻訳サービス', 'machine translation service'],
  ['音声合成サービス', 'speech synthesis service'],
  ['画像生成AI', 'image generation AI'],
  ['レコメンドエンジン', 'recommendation engine'],
  ['監視カメラ解析', 'CCTV analytics'],
  ['コード生成AI', 'code generation AI'],
  ['配送ロボット', 'delivery robot'],
  ['保険査定AI', 'insurance claims AI'],
  ['教育用AIチューター', 'AI tutor'],
  ['行政文書要約AI', 'government document summariser'],
  ['需要予測モデル', 'demand forecasting model'],
  ['電力制御AI', 'grid control AI'],
  ['不正検知モデル', 'fraud detection model'],
  ['コンテンツ審査AI', 'content moderation AI'],
];

export const EVENTS: [string, string][] = [
  ['による個人情報の漏えい', 'leaked personal data'],
  ['の誤作動による事故', 'malfunctioned and caused an accident'],
  ['による差別的な判定', 'made discriminatory decisions'],
  ['を悪用した深層偽造', 'was abused for a deepfake'],
  ['による著作権侵害の疑い', 'is suspected of copyright infringement'],
  ['への不正アクセス', 'was accessed without authorisation'],
  ['による偽情報の拡散', 'spread disinformation'],
  ['の安全性に関する懸念', 'raised safety concerns'],
  ['による営業秘密の流出', 'leaked trade secrets'],
  ['の不適切な学習データ利用', 'was trained on improperly obtained data'],
  ['の判断根拠が説明できない', 'could not explain its decisions'],
  ['によるなりすまし詐欺', 'enabled impersonation fraud'],
  ['のサービス停止', 'went out of service'],
  ['への敵対的攻撃', 'suffered an adversarial attack'],
  ['による誤った医療助言', 'gave wrong medical advice'],
  ['による過剰な監視', 'enabled excessive surveillance'],
];

export const PLACES: [string, string][] = [
  ['東京都', 'Tokyo'],
  ['大阪府', 'Osaka'],
  ['愛知県', 'Aichi'],
  ['福岡県', 'Fukuoka'],
  ['北海道', 'Hokkaido'],
  ['神奈川県', 'Kanagawa'],
  ['宮城県', 'Miyagi'],
  ['広島県', 'Hiroshima'],
  ['沖縄県', 'Okinawa'],
  ['海外事業者', 'a foreign provider'],
  ['地方自治体', 'a local government'],
];

export const ORGANISATION_STEMS: [string, string][] = [
  ['テクノロジー', 'Technology'],
  ['ソリューションズ', 'Solutions'],
  ['データ', 'Data'],
  ['ロボティクス', 'Robotics'],
  ['AIラボ', 'AI Lab'],
  ['システムズ', 'Systems'],
  ['ネットワークス', 'Networks'],
];

/** SQL array literal of the given strings. */
export const sqlArray = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`;
