import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ConsoleApp } from './console-app';

/** A date-only value `days` before today (in Japan, where the API checks "not in the future"). */
const daysAgo = (days: number) =>
  new Date(Date.now() + 9 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);

/** Japan's fiscal quarter of today: FY2025-Q3 is October–December 2025. */
function currentQuarter(): string {
  const [year, month] = daysAgo(0).split('-').map(Number);
  return month >= 4 ? `FY${year}-Q${Math.ceil((month - 3) / 3)}` : `FY${year - 1}-Q4`;
}

/** The input labelled exactly `label` (required ones may carry an asterisk). */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[()（）]/g, '\\$&')}\\s*\\*?\\s*$`));

/** Picks `option` in the MUI select labelled `label` (one value, or one more of several). */
async function choose(page: Page, label: string, option: string, multiple = false) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  if (multiple) await page.keyboard.press('Escape');
}

/** Confirms a move's dialog with the button that names the move. */
async function move(page: Page, moveName: string, button: string, done: string) {
  await page.locator(`[data-move="${moveName}"]`).click();
  await page.getByRole('dialog').getByRole('button', { name: button }).click();
  await page.getByText(done).first().waitFor();
}

const TITLE = '生成AIチャットによる顧客情報の誤表示（ブラウザ試験）';

describe('the Do and Check stages through the console', () => {
  let app: ConsoleApp;
  beforeAll(async () => (app = await ConsoleApp.start()));
  afterAll(() => app?.stop());

  it('takes an incident from intake through triage, an investigation, an information request and a finding submitted for review', async () => {
    const analyst = await app.signIn('analyst');

    // Log the incident.
    await analyst.getByRole('menuitem', { name: '事案' }).click();
    await analyst.getByRole('link', { name: '作成' }).click();
    await field(analyst, '発生日').fill(daysAgo(6));
    await field(analyst, '報告日').fill(daysAgo(2));
    await choose(analyst, '重大度', '中');
    await field(analyst, '件名（日本語）').fill(TITLE);
    await analyst
      .getByLabel('概要（日本語）')
      .fill('問い合わせ対応の生成AIが、別の顧客の注文情報を回答に含めた。');
    await choose(analyst, '情報源', '事業者からの自主報告');
    await choose(analyst, '分野', '小売・消費者サービス');
    await choose(analyst, 'リスク区分', 'プライバシー・個人情報', true);
    await analyst.getByRole('button', { name: '保存' }).click();
    await analyst.getByRole('tab', { name: '経過' }).waitFor();
    await analyst
      .getByText(/INC-\d{4}-\d+/)
      .first()
      .waitFor();
    const incidentUrl = analyst.url().replace(/\/show.*$/, '/show');

    // Triage it, re-scoring the severity; the timeline records the move and takes a comment.
    await analyst.locator('[data-move="triage"]').click();
    const triage = analyst.getByRole('dialog');
    await triage.getByRole('combobox', { name: '重大度' }).click();
    await analyst.getByRole('option', { name: '高', exact: true }).click();
    await triage.getByRole('button', { name: 'トリアージ' }).click();
    await analyst.getByText('トリアージしました').waitFor();
    await analyst.locator('[data-status="triaged"]').first().waitFor();
    await analyst.getByRole('tab', { name: '経過' }).click();
    await analyst.getByRole('heading', { name: '事案：トリアージ' }).waitFor();
    await field(analyst, 'コメント').fill('事業者に保存設定の確認を依頼する。');
    await analyst.getByRole('button', { name: 'コメントを追加' }).click();
    await analyst.getByText('事業者に保存設定の確認を依頼する。').waitFor();

    // Open an investigation on it; the incident moves under investigation.
    await analyst.getByRole('link', { name: '調査を開始' }).click();
    await field(analyst, '件名（日本語）').fill('顧客情報の誤表示に関する調査');
    await field(analyst, '調査の範囲').fill('生成AIの回答生成と顧客データの分離');
    await analyst.getByRole('button', { name: '保存' }).click();
    await analyst.getByRole('tab', { name: '情報提供の求め' }).waitFor();
    const investigationUrl = analyst.url().replace(/\/show.*$/, '/show');
    await move(analyst, 'gather', '情報収集へ', '情報収集中にしました');

    // Ask an organisation for information (voluntary; a reason in case it is already burdened).
    const [organisation] = await app.sql(
      `SELECT name_ja FROM organisation WHERE name_ja IS NOT NULL ORDER BY name_ja LIMIT 1`,
    );
    await analyst.getByRole('tab', { name: '情報提供の求め' }).click();
    await analyst.getByRole('link', { name: '情報提供を求める' }).click();
    await analyst.getByText('責任追及のためではありません').waitFor();
    await field(analyst, '求め先').fill(String(organisation.name_ja).slice(0, 4));
    await analyst
      .getByRole('option', { name: String(organisation.name_ja) })
      .first()
      .click();
    await field(analyst, '件名').fill('入力データの保存設定について');
    await field(analyst, '質問事項').fill('顧客データの分離方法と保存期間を教えてください。');
    await field(analyst, '回答期限').fill(daysAgo(-30));
    await analyst
      .getByLabel('負担への配慮（追加の求めが必要な理由）')
      .fill('再発防止策の確認に不可欠なため');
    await analyst.getByRole('button', { name: '保存' }).click();
    await analyst.getByText('回答待ち').first().waitFor();

    // Record a finding and submit it for review.
    await analyst.goto(`${investigationUrl}/findings`);
    await analyst.getByRole('link', { name: '調査結果を作成' }).click();
    await analyst
      .getByLabel('調査結果（日本語）')
      .fill('顧客ごとの会話履歴の分離が不十分であった。');
    await field(analyst, '根拠資料').fill('事業者の自主報告\n情報提供の求めへの回答');
    await choose(analyst, 'リスクの程度', '高');
    await choose(analyst, '推奨する対応', '指導・助言');
    await analyst.getByRole('button', { name: '保存' }).click();
    await analyst.locator('[data-status="draft"]').first().waitFor();
    await move(analyst, 'submit', '審査に提出', '審査に提出しました');
    await analyst.locator('[data-status="in_review"]').first().waitFor();

    // The incident is now under investigation, and the Japanese search finds it.
    await analyst.goto(incidentUrl);
    await analyst.locator('[data-status="under_investigation"]').first().waitFor();
    await analyst.getByRole('menuitem', { name: '事案' }).click();
    await analyst.getByRole('textbox', { name: '検索' }).fill('顧客情報の誤表示');
    await analyst.getByRole('cell', { name: TITLE }).waitFor();
    // Only the new incident matches (the list debounces the search, so wait for it).
    await analyst.locator('tbody tr').nth(1).waitFor({ state: 'detached' });
    expect(await analyst.locator('tbody tr').innerText()).toContain(TITLE);

    // Save the search; the saved query in the sidebar brings it back on a fresh list.
    await analyst.getByRole('button', { name: '現在の検索条件を保存...' }).click();
    await field(analyst, '検索条件名').fill('顧客情報の誤表示');
    await analyst.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await analyst.getByRole('menuitem', { name: '事案' }).click();
    await analyst.goto('/incidents?filter=%7B%7D');
    await analyst.locator('tbody tr').nth(1).waitFor();
    await app.screenshot(analyst, 'ja-incidents');
    await analyst.getByRole('listitem').filter({ hasText: '顧客情報の誤表示' }).click();
    await analyst.locator('tbody tr').nth(1).waitFor({ state: 'detached' });

    // Screenshots of the incident in both languages.
    await analyst.goto(incidentUrl);
    await analyst.getByRole('tab', { name: '概要' }).waitFor();
    await analyst.waitForLoadState('networkidle');
    await app.screenshot(analyst, 'ja-incident');
    await analyst.getByRole('button', { name: '日本語' }).click();
    await analyst.getByRole('menuitem', { name: 'English' }).click();
    await analyst.getByRole('tab', { name: 'Details' }).waitFor();
    await analyst.getByText('Under investigation').first().waitFor();
    await analyst.waitForLoadState('networkidle');
    expect(await app.accessibilityViolations(analyst)).toEqual([]);
    await app.screenshot(analyst, 'en-incident');
    await analyst.context().close();
  });

  it('lets a coordinator add a progress report with its rating to a measure, seen in the rating history', async () => {
    const period = currentQuarter();
    const [measure] = await app.sql(
      `SELECT m.id, m.code FROM measure m
        WHERE m.status = 'in_progress' AND m.start_date <= CURRENT_DATE
          AND NOT EXISTS (SELECT 1 FROM progress_report r
                           WHERE r.measure_id = m.id AND r.period = $1 AND r.status = 'submitted')
        ORDER BY m.code LIMIT 1`,
      [period],
    );
    const coordinator = await app.signIn('coordinator');
    await coordinator.getByRole('menuitem', { name: '施策' }).click();
    await coordinator.getByRole('textbox', { name: '検索' }).fill(String(measure.code));
    await coordinator.getByRole('cell', { name: String(measure.code), exact: true }).click();
    await coordinator.getByRole('tab', { name: '進捗報告' }).click();
    await coordinator.getByRole('heading', { name: '評価の推移' }).waitFor();
    await coordinator.getByRole('link', { name: '進捗報告を提出' }).click();
    // A quarter that has not begun: the API's refusal appears on the period field.
    await field(coordinator, '報告期間').fill('FY2099-Q1');
    await coordinator.getByRole('radio', { name: '黄（課題あり）' }).check();
    await field(coordinator, '評価の根拠').fill('説明会の参加者数が目標を下回っている。');
    await field(coordinator, '責任者').fill('内閣府 科学技術・イノベーション推進事務局 参事官');
    await field(coordinator, '進捗の説明（日本語）').fill('第3回説明会を実施した。');
    await coordinator.getByRole('button', { name: '保存' }).click();
    await coordinator
      .locator('.MuiFormHelperText-root', { hasText: 'FY2099-Q1 has not begun' })
      .waitFor();
    await field(coordinator, '報告期間').fill(period);
    await coordinator.getByRole('button', { name: '保存' }).click();
    await coordinator.getByRole('heading', { name: '評価の推移' }).waitFor();
    await coordinator.waitForLoadState('networkidle');
    await app.screenshot(coordinator, 'ja-measure-reports');
    const point = coordinator.locator('li', { hasText: period }).locator('[data-rating]');
    expect(await point.getAttribute('data-rating')).toBe('amber');
    await coordinator.context().close();
  });

  it('hides what a role may not do, shows withheld fields as redacted, and draws the dashboard in both languages', async () => {
    const [withheld] = await app.sql(
      `SELECT id FROM incident
        WHERE business_statement IS NOT NULL AND confidentiality <> 'confidential' LIMIT 1`,
    );

    // An auditor reads incidents but may neither log nor move them.
    const auditor = await app.signIn('auditor');
    await auditor.getByRole('menuitem', { name: '事案' }).click();
    await auditor.getByRole('columnheader', { name: '事案番号' }).waitFor();
    expect(await auditor.getByRole('link', { name: '作成' }).count()).toBe(0);
    await auditor.goto(`/incidents/${String(withheld.id)}/show`);
    await auditor.getByRole('tab', { name: '概要' }).waitFor();
    await auditor.waitForLoadState('networkidle');
    expect(await auditor.locator('[data-move]').count()).toBe(0);
    expect(await auditor.locator('[data-redacted]').count()).toBe(0);
    await auditor.context().close();

    // A coordinator without confidential clearance sees the business's statement redacted.
    const coordinator = await app.signIn('coordinator');
    await coordinator.goto(`/incidents/${String(withheld.id)}/show`);
    await coordinator.getByRole('tab', { name: '概要' }).waitFor();
    await coordinator.locator('[data-redacted]').first().waitFor();
    expect(await coordinator.getByText('秘匿（閲覧権限なし）').count()).toBeGreaterThan(0);
    expect(await coordinator.getByRole('link', { name: '編集' }).count()).toBe(0);

    // Their CSV export of the list comes from the API, redacted the same way.
    await coordinator.getByRole('menuitem', { name: '事案' }).click();
    await coordinator.getByRole('columnheader', { name: '事案番号' }).waitFor();
    const [download] = await Promise.all([
      coordinator.waitForEvent('download'),
      coordinator.getByRole('button', { name: '出力' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('businessStatement');
    expect(csv).toContain('[redacted]');
    await coordinator.context().close();

    // The dashboard's Do and Check cards, in Japanese and English; a bar opens its list.
    const analyst = await app.signIn('analyst');
    await analyst.getByTestId('do-card').waitFor();
    await analyst.getByTestId('check-card').waitFor();
    await analyst.waitForLoadState('networkidle');
    expect(await app.accessibilityViolations(analyst)).toEqual([]);
    await app.screenshot(analyst, 'ja-dashboard-do-check');
    await analyst.getByRole('button', { name: '日本語' }).click();
    await analyst.getByRole('menuitem', { name: 'English' }).click();
    await analyst.getByRole('heading', { name: 'Late measures' }).waitFor();
    await analyst.waitForLoadState('networkidle');
    await app.screenshot(analyst, 'en-dashboard-do-check');
    await analyst.getByTestId('check-card').locator('[data-bar="high"] a').click();
    await analyst.getByRole('columnheader', { name: 'Reference' }).waitFor();
    expect(decodeURIComponent(analyst.url())).toContain('"severity":"high"');
    await analyst.context().close();
  });
});
