import type { Locator, Page } from 'playwright-core';
import { ConsoleApp } from './console-app';

/** Today in Japan: decisions and issue dates may not lie in the future there. */
const japanToday = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());

const TITLE = '生成AIサービスにおける個人データ入力に関する追加の注意喚起';
const BODY = [
  '第1 趣旨',
  '生成AIサービスに個人データを入力する前に、保存場所を確認すること。',
  '第2 対応',
  '利用規程を整備すること。',
].join('\n');
const REVISED_BODY = [
  '第1 趣旨',
  '生成AIサービスに個人データを入力する前に、保存場所と適用法令を確認すること。',
  '第2 対応',
  '対応状況を90日以内に報告すること。',
  '利用規程を整備すること。',
].join('\n');
const CHANGE = 'ブラウザ試験：越境データ移転への対応を施策III-2に追加する。';

const toEnglish = async (page: Page) => {
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.locator('html[lang="en"]').waitFor();
};
const toJapanese = async (page: Page) => {
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: '日本語' }).click();
  await page.locator('html[lang="ja"]').waitFor();
};

/**
 * The worker opens a review task a moment after the submission: reopen the inbox (with `open`)
 * until the task shows.
 */
async function waitForTask(page: Page, text: string, open: () => Promise<void>): Promise<Locator> {
  const card = page.locator('[data-task]', { hasText: text });
  for (let attempt = 0; attempt < 60; attempt++) {
    await open();
    await page.waitForLoadState('networkidle');
    if (await card.count()) return card;
    await page.waitForTimeout(1000);
  }
  throw new Error(`no review task for "${text}"`);
}

const openInbox = (page: Page) => async () => {
  await page.goto('/review-inbox');
  await page.getByRole('heading', { level: 1, name: '審査・承認待ち' }).waitFor();
};

describe('the Act stage through the console: guidance, review, revision, amendment', () => {
  let app: ConsoleApp;
  beforeAll(async () => (app = await ConsoleApp.start({ worker: true })));
  afterAll(() => app?.stop());

  it('drafts, reviews, issues and revises guidance; approves an amendment that opens the next plan version', async () => {
    const violations: string[] = [];
    const pages: Page[] = [];
    const check = async (page: Page, name: string) =>
      violations.push(...(await app.accessibilityViolations(page)).map((v) => `${name}: ${v}`));

    // The analyst drafts guidance resting on an accepted finding and submits it for review.
    const analyst = await app.signIn('analyst');
    pages.push(analyst);
    try {
      await analyst.getByRole('menuitem', { name: '指導・助言等' }).click();
      await analyst.getByRole('link', { name: '作成' }).click();
      await analyst.getByRole('combobox', { name: '発出機関' }).click();
      await analyst.getByRole('option', { name: '内閣府', exact: true }).click();
      await analyst.getByLabel('根拠とする調査結果').click();
      await analyst.getByRole('option').first().click();
      await analyst.keyboard.press('Escape');
      // Guidance names its addressees: here a whole sector.
      await analyst.getByRole('combobox', { name: '名宛分野' }).click();
      await analyst.getByRole('option').nth(1).click();
      await analyst.getByLabel('件名（日本語）').fill(TITLE);
      await analyst
        .getByLabel('件名（英語）')
        .fill('Further advisory on personal data in generative AI');
      await analyst.getByLabel('本文（日本語）').fill(BODY);
      await analyst.getByLabel('本文（英語）').fill('1. Purpose\nCheck where data is stored.');
      await analyst.getByRole('button', { name: '保存' }).click();
      await analyst.getByRole('tab', { name: '概要' }).waitFor();
      await analyst.getByText('作成中').first().waitFor();
      const guidanceUrl = analyst.url().replace(/\/show.*$/, '/show');
      await analyst.locator('[data-move="submit"]').click();
      await analyst.getByRole('dialog').getByRole('button', { name: '審査に提出' }).click();
      await analyst.getByText('審査に提出しました').waitFor();
      await analyst.getByText('審査中').first().waitFor();
      expect(await analyst.getByRole('link', { name: '編集' }).count()).toBe(0);

      // The reviewer finds it in the inbox (their role's), claims it and approves it in place.
      const reviewer = await app.signIn('reviewer');
      pages.push(reviewer);
      const guidanceTask = await waitForTask(reviewer, TITLE, openInbox(reviewer));
      await guidanceTask.locator('[data-task-move="claim"]').click();
      await reviewer.getByText('担当にしました').waitFor();
      await guidanceTask.getByText('自分が担当中').waitFor();
      await reviewer.locator('[data-testid="inbox-badge"]').waitFor();
      await check(reviewer, 'ja inbox');
      await app.screenshot(reviewer, 'ja-act-review-inbox');
      await toEnglish(reviewer);
      await guidanceTask.getByText('Claimed by you').waitFor();
      await app.screenshot(reviewer, 'en-act-review-inbox');
      await toJapanese(reviewer);
      await guidanceTask.locator('[data-task-move="approve"]').click();
      await guidanceTask.getByLabel('コメント').fill('内容を確認しました。発出してください。');
      await guidanceTask.locator('[data-task-confirm="approve"]').click();
      await reviewer.getByText('承認しました').first().waitFor();
      await guidanceTask.waitFor({ state: 'detached' });

      // The reviewer takes the seeded plan version 2 to the Cabinet decision, so that an
      // amendment of the Basic Plan can open version 3.
      await reviewer.getByRole('menuitem', { name: 'AI基本計画' }).click();
      await reviewer.getByRole('cell', { name: '人工知能基本計画（第2版・案）' }).click();
      await reviewer.locator('[data-move="approve"]').click();
      const cabinet = reviewer.getByRole('dialog');
      await cabinet.getByLabel('閣議決定日').fill(japanToday());
      await cabinet.getByLabel('閣議決定の名称・番号').fill('人工知能基本計画の改定について');
      await cabinet.getByRole('button', { name: '閣議決定を記録' }).click();
      await reviewer.getByText('閣議決定済（現行）').first().waitFor();

      // The administrator proposes an amendment of the Basic Plan and submits it; deciding on it
      // themselves is refused by the API, and the inbox says why.
      const admin = await app.signIn('admin');
      pages.push(admin);
      await admin.getByRole('menuitem', { name: '改定案' }).click();
      await admin.getByRole('link', { name: '作成' }).click();
      await admin.getByLabel('改定の内容（日本語）').fill(CHANGE);
      await admin
        .getByLabel('改定の内容（英語）')
        .fill('Browser test: cover cross-border transfers.');
      // An amendment is justified by findings or issued guidance.
      await admin.getByLabel('根拠とする指導・助言等').click();
      await admin.getByRole('option').first().click();
      await admin.keyboard.press('Escape');
      await admin.getByRole('button', { name: '保存' }).click();
      await admin.getByRole('tab', { name: '概要' }).waitFor();
      await admin.locator('[data-move="submit"]').click();
      await admin.getByRole('dialog').getByRole('button', { name: '審査に提出' }).click();
      await admin.getByText('審査に提出しました').waitFor();
      const ownTask = await waitForTask(admin, CHANGE.slice(0, 20), async () => {
        await openInbox(admin)();
        await admin.getByRole('tab', { name: /未完了のすべて/ }).click();
      });
      await ownTask.locator('[data-task-move="approve"]').click();
      await ownTask.locator('[data-task-confirm="approve"]').click();
      await ownTask
        .locator('[data-refusal]')
        .getByText('自分が提出した案件は自分で承認できません')
        .waitFor();

      // The reviewer approves it; the amendment names the plan version it opened: version 3.
      const amendmentTask = await waitForTask(reviewer, CHANGE.slice(0, 20), openInbox(reviewer));
      const amendmentUrl = await amendmentTask.getByRole('link').first().getAttribute('href');
      await amendmentTask.locator('[data-task-move="approve"]').click();
      await amendmentTask.locator('[data-task-confirm="approve"]').click();
      await reviewer.getByText('承認しました').first().waitFor();
      await reviewer.goto(amendmentUrl!);
      const opened = reviewer.locator('[data-opened-plan]');
      await opened.getByRole('link', { name: /第3版/ }).click();
      await reviewer.getByText('作成中').first().waitFor();
      expect(reviewer.url()).toMatch(/\/plan-versions\/[\w-]+\/show/);
      await reviewer.getByRole('tab', { name: '関連の追跡' }).click();
      await reviewer
        .locator('[data-testid="trace-graph"] [data-node="amendment"]')
        .first()
        .waitFor();
      await app.screenshot(reviewer, 'ja-act-trace');

      // The analyst issues the approved guidance: the text locks; then revises it.
      await analyst.goto(guidanceUrl);
      await analyst.getByText('承認済（発出待ち）').first().waitFor();
      await analyst.locator('[data-move="issue"]').click();
      await analyst.getByRole('dialog').getByLabel('発出日').fill(japanToday());
      await analyst.getByRole('dialog').getByRole('button', { name: '発出' }).click();
      await analyst.getByText('発出しました').waitFor();
      await analyst.locator('[data-locked]').first().waitFor();
      expect(await analyst.getByRole('link', { name: '編集' }).count()).toBe(0);
      // Only the follow-up of an issued text changes, and it is recorded in place.
      await analyst.locator('[data-move="follow-up"]').click();
      await analyst
        .getByRole('dialog')
        .getByLabel('フォローアップの結果')
        .fill('名宛人の対応状況を確認した。');
      await analyst
        .getByRole('dialog')
        .getByRole('button', { name: 'フォローアップを記録' })
        .click();
      await analyst.getByText('フォローアップの結果を記録しました').waitFor();
      await analyst.getByText('名宛人の対応状況を確認した。').first().waitFor();
      await analyst.locator('[data-move="revise"]').click();
      await analyst.getByRole('dialog').getByRole('button', { name: '改訂版を作成' }).click();
      await analyst.getByText('改訂版を作成しました').waitFor();
      await analyst.waitForURL((url) => !url.href.startsWith(guidanceUrl));
      await analyst.getByRole('link', { name: '編集' }).click();
      await analyst.getByLabel('本文（日本語）').fill(REVISED_BODY);
      await analyst.getByRole('button', { name: '保存' }).click();
      await analyst.getByRole('tab', { name: '概要' }).waitFor();

      // The difference view: version 1 on the left, the revision on the right, line by line.
      await analyst.getByRole('tab', { name: '版の履歴と比較' }).click();
      const diff = analyst.locator('[data-testid="guidance-diff"]');
      const body = diff.locator('[data-body="bodyJa"]');
      await body.getByText('2 行追加・1 行削除').waitFor();
      const changed = body.locator('[data-diff="changed"]');
      expect(await changed.locator('[data-side="left"]').innerText()).toContain('保存場所を確認');
      expect(await changed.locator('[data-side="right"]').innerText()).toContain('適用法令');
      expect(await body.locator('[data-diff="added"]').innerText()).toContain('90日以内');
      await check(analyst, 'ja diff');
      await app.screenshot(analyst, 'ja-act-guidance-diff');
      await toEnglish(analyst);
      await body.getByText('2 lines added, 1 removed').waitFor();
      await app.screenshot(analyst, 'en-act-guidance-diff');
      await toJapanese(analyst);

      // The dashboard's Act card, in both languages.
      await analyst.getByRole('menuitem', { name: 'ダッシュボード' }).click();
      const card = analyst.locator('[data-testid="act-card"]');
      await card.getByText(/今年度の発出 \d+ 件/).waitFor();
      await check(analyst, 'ja dashboard');
      await app.screenshot(analyst, 'ja-act-dashboard');
      await toEnglish(analyst);
      await card.getByText(/\d+ issued this fiscal year/).waitFor();
      await app.screenshot(analyst, 'en-act-dashboard');
      await card.getByRole('link', { name: /follow-ups due/ }).click();
      await analyst.waitForURL(/\/guidance\?filter=.*followUpDue/);

      // The reviewer was told about the tasks: the bell counts them; reading one lowers the count.
      await reviewer.goto('/notifications');
      const unread = reviewer.locator('[data-notification][data-unread]');
      await unread.first().waitFor();
      const before = await unread.count();
      await unread.first().getByRole('button', { name: '既読にする' }).click();
      await reviewer.getByText('既読にしました').waitFor();
      for (let tries = 0; (await unread.count()) !== before - 1 && tries < 50; tries++) {
        await reviewer.waitForTimeout(200);
      }
      expect(await unread.count()).toBe(before - 1);

      expect(violations).toEqual([]);
    } catch (error) {
      // What each user saw when it failed.
      for (const [n, page] of pages.entries()) await app.screenshot(page, `act-failure-${n}`);
      throw error;
    } finally {
      for (const page of pages) await page.context().close();
    }
  });
});
