import type { Page } from 'playwright-core';
import { ConsoleApp } from './console-app';

/** A date-only value `days` before today (decisions are recorded after the fact). */
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const openVersion = async (page: Page, title: string) => {
  await page.getByRole('menuitem', { name: 'AI基本計画' }).click();
  await page.getByRole('cell', { name: title, exact: true }).click();
  await page.getByRole('tab', { name: '概要' }).waitFor();
};

const statusOf = (page: Page, row: RegExp) =>
  page.getByRole('row', { name: row }).locator('[data-status]').getAttribute('data-status');

describe('the plan version life cycle through the console', () => {
  let app: ConsoleApp;
  beforeAll(async () => (app = await ConsoleApp.start()));
  afterAll(() => app?.stop());

  it('takes back the amendment proposed by the seed, edits a KPI, records the HQ and Cabinet decisions, supersedes the old version', async () => {
    const coordinator = await app.signIn('coordinator');

    // The seed's approved amendment opened version 2, which waits for the Cabinet. The
    // coordinator takes it back to draft to change it (the reason goes to the audit trail).
    await openVersion(coordinator, '人工知能基本計画（第2版・案）');
    await coordinator.locator('[data-move="withdraw"]').click();
    const withdraw = coordinator.getByRole('dialog');
    await withdraw.getByLabel('理由').fill('KPIの目標値を見直すため');
    await withdraw.getByRole('button', { name: '本部決定を取り下げ' }).click();
    await coordinator.getByText('作成中に戻しました').waitFor();

    // Edit a KPI of the draft: raise the target of II-2-K1 again, to 95.
    await coordinator.getByRole('tab', { name: '目標とKPI' }).click();
    await coordinator.getByRole('cell', { name: 'II-2', exact: true }).click();
    await coordinator
      .getByRole('row')
      .filter({ has: coordinator.getByRole('cell', { name: 'II-2-K1', exact: true }) })
      .last()
      .getByRole('link', { name: '編集' })
      .click();
    await coordinator.getByRole('spinbutton', { name: '目標値' }).fill('95');
    await coordinator.getByRole('button', { name: '保存' }).click();
    await coordinator.getByRole('tab', { name: '目標とKPI', selected: true }).waitFor();

    // The comparison with version 1 shows the change.
    await coordinator.getByRole('tab', { name: '版の比較' }).click();
    const change = coordinator.locator('[data-change="changed"]', { hasText: 'II-2-K1' });
    await change.waitFor();
    expect(await change.getByRole('row', { name: /目標値/ }).innerText()).toMatch(/80\s+95/);

    // Record the Headquarters' decision: the draft is proposed and no longer editable.
    await coordinator.locator('[data-move="propose"]').click();
    const propose = coordinator.getByRole('dialog');
    await propose.getByLabel('AI戦略本部決定日').fill(daysAgo(10));
    await propose.getByLabel('AI戦略本部の会議').fill('第5回人工知能戦略本部');
    await propose.getByRole('button', { name: 'AI戦略本部決定を記録' }).click();
    await coordinator.getByText('AI戦略本部の決定を記録しました').waitFor();
    await coordinator.getByRole('tab', { name: '概要' }).click();
    await coordinator.getByText('本部決定済（閣議決定待ち）').first().waitFor();
    expect(await coordinator.getByRole('link', { name: '編集' }).count()).toBe(0);
    const draftUrl = coordinator.url().replace(/\/show.*$/, '/show');
    await coordinator.context().close();

    // The reviewer records the Cabinet decision; the API's field errors appear on the fields.
    const reviewer = await app.signIn('reviewer');
    await reviewer.goto(draftUrl);
    await reviewer.locator('[data-move="approve"]').click();
    const approve = reviewer.getByRole('dialog');
    await approve.getByText('現行の計画（第1版）は旧版となり').waitFor();
    await approve.getByLabel('閣議決定日').fill(daysAgo(20));
    await approve
      .getByLabel('閣議決定の名称・番号')
      .fill('人工知能基本計画の改定について（閣議決定）');
    await approve.getByRole('button', { name: '閣議決定を記録' }).click();
    await approve
      // The API's rule (notBefore, with the proposal's date), said in Japanese under the input.
      .getByText(/より前にはできません/)
      .waitFor();
    await approve.getByLabel('閣議決定日').fill(daysAgo(3));
    await approve.getByRole('button', { name: '閣議決定を記録' }).click();
    await reviewer.getByText('閣議決定を記録しました。この版が現行の計画です').waitFor();
    await reviewer.getByText('閣議決定済（現行）').first().waitFor();

    // Version 1 is superseded, read-only, and points at its successor.
    await reviewer.getByRole('menuitem', { name: 'AI基本計画' }).click();
    await reviewer.getByRole('cell', { name: '人工知能基本計画（第2版・案）' }).waitFor();
    expect(await statusOf(reviewer, /人工知能基本計画（第2版・案）/)).toBe('approved');
    expect(await statusOf(reviewer, /^1\s+人工知能基本計画\s/)).toBe('superseded');
    await reviewer.getByRole('cell', { name: '人工知能基本計画', exact: true }).click();
    await reviewer.getByText('改定済（旧版）').first().waitFor();
    await reviewer.getByRole('link', { name: '第2版 人工知能基本計画（第2版・案）' }).waitFor();

    // Its history tells who superseded it and when.
    await reviewer.getByRole('tab', { name: '変更履歴' }).click();
    await reviewer.getByRole('heading', { name: 'AI基本計画の版：改定により失効' }).waitFor();
    await reviewer.context().close();
  });
});
