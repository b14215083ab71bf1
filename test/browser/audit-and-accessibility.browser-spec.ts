import type { Page } from 'playwright-core';
import { ConsoleApp } from './console-app';

/** The main pages, reached through the menu as a user would. */
const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'dashboard',
    open: async (page) => {
      await page.goto('/');
      await page
        .locator('[data-stage="plan"] [data-status], [data-stage="plan"] a')
        .first()
        .waitFor();
    },
  },
  {
    name: 'plan-versions',
    open: async (page) => {
      await page.goto('/plan-versions');
      await page.locator('[data-status]').first().waitFor();
    },
  },
  {
    name: 'plan-version-content',
    open: async (page) => {
      await page.goto('/plan-versions');
      await page.locator('tbody tr').last().click();
      await page.locator('[role="tab"]').nth(1).click();
      await page.locator('tbody tr').first().waitFor();
    },
  },
  {
    name: 'plan-kpis',
    open: async (page) => {
      await page.goto('/plan-kpis');
      await page.locator('tbody tr').first().waitFor();
    },
  },
  {
    name: 'users',
    open: async (page) => {
      await page.goto('/users');
      await page.locator('[data-state]').first().waitFor();
    },
  },
  {
    name: 'audit-events',
    open: async (page) => {
      await page.goto('/audit-events');
      await page.locator('[data-verification]').waitFor();
      await page.locator('tbody tr').first().waitFor();
    },
  },
];

describe('the audit log, accessibility and the main pages in both languages', () => {
  let app: ConsoleApp;
  beforeAll(async () => (app = await ConsoleApp.start()));
  afterAll(() => app?.stop());

  it('has no serious or critical accessibility violations on the main pages, in Japanese and English; saves screenshots', async () => {
    const page = await app.signIn('admin');
    const violations: string[] = [];
    for (const language of ['ja', 'en'] as const) {
      if (language === 'en') {
        await page.getByRole('button', { name: '日本語' }).click();
        await page.getByRole('menuitem', { name: 'English' }).click();
        await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
      }
      for (const { name, open } of PAGES) {
        await open(page);
        await page.waitForLoadState('networkidle');
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        violations.push(
          ...(await app.accessibilityViolations(page)).map((v) => `${language}/${name}: ${v}`),
        );
        await app.screenshot(page, `${language}-${name}`);
      }
    }
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('can be used from the keyboard: sign in, move through the page, open a menu entry', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'AI推進法 PDCAトラッカー' }).waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('メールアドレス').focus();
    await page.keyboard.type('analyst@demo.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo-password-2025');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'KPI' }).waitFor();
    // Tab through the page until the KPI menu entry has focus, then open it with Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate('document.activeElement?.textContent?.trim()')) === 'KPI') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plan-kpis/);
    await page.locator('tbody tr').first().waitFor();
    await context.close();
  });

  // Last: it tampers with the trail the other tests read.
  it('shows the auditor that the hash chain is intact, then that it was broken after tampering', async () => {
    const auditor = await app.signIn('auditor');
    await auditor.getByRole('menuitem', { name: '監査ログ' }).click();
    const banner = auditor.locator('[data-verification]');
    await banner.waitFor();
    expect(await banner.getAttribute('data-verification')).toBe('intact');
    expect(await banner.innerText()).toMatch(
      /改ざんは検出されませんでした[\s\S]*件の記録をハッシュチェーンで検証しました/,
    );

    // Filter on the plan's events and open one: its before/after values are shown.
    await auditor.getByLabel('対象の種類').click();
    await auditor.getByRole('option', { name: 'AI基本計画の版' }).click();
    await auditor.getByRole('cell', { name: 'AI基本計画の版：閣議決定' }).click();
    await auditor
      .getByRole('table', { name: '変更内容' })
      .getByRole('cell', { name: '閣議決定済（現行）' })
      .waitFor();

    // Someone with database access rewrites the trail's seal; the next verification says so.
    // (The chain head rather than an event: an event can be proven altered only once sealed,
    // and sealing waits for every older transaction on the server, other databases' too.)
    await app.sql(`SET session_replication_role = replica;
      UPDATE audit_chain_head SET hash = decode(repeat('ab', 32), 'hex') WHERE id = 1`);
    await auditor.getByRole('button', { name: '再検証' }).click();
    await auditor.locator('[data-verification="broken"]').waitFor();
    expect(await auditor.locator('[data-verification]').innerText()).toMatch(
      /監査ログの改ざんまたは破損を検出しました[\s\S]*システム管理者に連絡してください/,
    );
    await auditor.context().close();
  });
});
