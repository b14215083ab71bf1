import { TEST_PASSWORD, type TestApp } from './test-app';

/** Builders for Check-stage records in integration tests (valid by default, overridable). */
export const incidentBody = (overrides: Record<string, unknown> = {}) => ({
  occurredDate: '2026-01-10',
  reportedDate: '2026-01-12',
  titleJa: '生成AIチャットボットからの個人情報漏えい',
  titleEn: 'Personal data leaked through a generative AI chatbot',
  summaryJa: '顧客対応チャットボットが他の利用者の氏名と住所を回答に含めた。',
  summaryEn: "A customer-service chatbot included other users' names and addresses in answers.",
  source: 'business_self_report',
  sector: 'finance',
  riskCategories: ['privacy'],
  severity: 'high',
  ...overrides,
});

export const organisationBody = (overrides: Record<string, unknown> = {}) => ({
  nameJa: '株式会社テストAI',
  nameEn: 'Test AI Inc.',
  type: 'business',
  sector: 'finance',
  size: 'sme',
  domestic: true,
  country: 'JP',
  ...overrides,
});

/** A signed-in user of the given role with only `internal` clearance (test users have more). */
export async function unclearedToken(t: TestApp, role: 'analyst' | 'auditor' = 'analyst') {
  const email = `${role}.internal@test.example`;
  const created = await t.post(
    '/users',
    {
      email,
      displayName: `Internal ${role}`,
      ministry: 'mic',
      roles: [role],
      clearance: 'internal',
      password: TEST_PASSWORD,
    },
    await t.tokenOf('admin'),
  );
  if (created.status !== 201 && created.status !== 409) {
    throw new Error(`could not create the uncleared ${role}: ${created.status}`);
  }
  const login = await t.login(email);
  return login.body.accessToken as string;
}

export async function create(t: TestApp, path: string, body: unknown, token: string) {
  const response = await t.post(path, body, token);
  if (response.status !== 201) {
    throw new Error(`POST ${path} → ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

/** Id of the test user of the given e-mail. */
export async function userId(t: TestApp, email: string): Promise<string> {
  const [row] = await t.sql(`SELECT id FROM app_user WHERE email = $1`, [email]);
  return row.id;
}

/** Opens an investigation led by the test analyst (on a fresh incident unless given some). */
export async function openInvestigation(t: TestApp, token: string, incidentIds?: string[]) {
  const ids = incidentIds ?? [(await create(t, '/incidents', incidentBody(), token)).id];
  return create(
    t,
    '/investigations',
    {
      titleJa: '調査',
      scope: 'チャットボットの入力データの取扱い',
      leadAnalystId: await userId(t, 'analyst@test.example'),
      incidentIds: ids,
    },
    token,
  );
}

export const requestBody = (
  investigationId: string,
  organisationId: string,
  extra: object = {},
) => ({
  investigationId,
  organisationId,
  subject: '入力データの保存場所について',
  questions: '入力データはどの国のサーバに保存されますか。',
  dueDate: '2099-12-31',
  ...extra,
});

export const findingBody = (investigationId: string, extra: object = {}) => ({
  investigationId,
  statementJa: '利用者への説明が不十分であった。',
  evidence: ['情報提供の求めへの回答'],
  riskLevel: 'medium',
  recommendedAction: 'guidance',
  ...extra,
});
