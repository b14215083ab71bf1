import type { Role } from '@tracker/contracts';
import { ConsoleApp } from './console-app';

/** The menu each role sees (Japanese, the default language), in order. */
const MENU: Record<Role, string[]> = {
  admin: [
    'ダッシュボード',
    '審査・承認待ち',
    'AI基本計画',
    '計画の目標',
    'KPI',
    '指導・助言等',
    '改定案',
    'PDCAサイクル',
    '利用者',
    '監査ログ',
  ],
  coordinator: [
    'ダッシュボード',
    '審査・承認待ち',
    'AI基本計画',
    '計画の目標',
    'KPI',
    '指導・助言等',
    '改定案',
    'PDCAサイクル',
  ],
  analyst: [
    'ダッシュボード',
    '審査・承認待ち',
    'AI基本計画',
    '計画の目標',
    'KPI',
    '指導・助言等',
    '改定案',
    'PDCAサイクル',
  ],
  reviewer: [
    'ダッシュボード',
    '審査・承認待ち',
    'AI基本計画',
    '計画の目標',
    'KPI',
    '指導・助言等',
    '改定案',
    'PDCAサイクル',
  ],
  auditor: [
    'ダッシュボード',
    '審査・承認待ち',
    'AI基本計画',
    '計画の目標',
    'KPI',
    '指導・助言等',
    '改定案',
    'PDCAサイクル',
    '監査ログ',
  ],
};

/** A menu entry's text without the count its icon's badge shows (the review inbox's waiting tasks). */
const withoutBadge = (entry: string) => entry.replace(/^\s*\d+\s*/, '').trim();

describe('the console by role (Debian Chromium, built API serving the built console)', () => {
  let app: ConsoleApp;
  beforeAll(async () => (app = await ConsoleApp.start()));
  afterAll(() => app?.stop());

  it.each(Object.keys(MENU) as Role[])(
    '%s signs in and sees only their menu entries',
    async (role) => {
      const page = await app.signIn(role);
      await page.getByRole('menuitem', { name: 'AI基本計画' }).waitFor();
      const entries = await page.getByRole('menuitem').allInnerTexts();
      expect(entries.map(withoutBadge)).toEqual(MENU[role]);
      await page.context().close();
    },
  );

  it('shows the create button to editors only', async () => {
    for (const [role, visible] of [
      ['coordinator', true],
      ['analyst', false],
      ['auditor', false],
    ] as const) {
      const page = await app.signIn(role);
      await page.getByRole('menuitem', { name: 'AI基本計画' }).click();
      await page.getByRole('cell', { name: '人工知能基本計画', exact: true }).waitFor();
      expect(`${role}: ${await page.getByRole('link', { name: '作成' }).isVisible()}`).toBe(
        `${role}: ${visible}`,
      );
      await page.context().close();
    }
  });

  it('offers each move only to the role that may make it, where the version allows it', async () => {
    const moves = async (role: Role, title: RegExp) => {
      const page = await app.signIn(role);
      await page.getByRole('menuitem', { name: 'AI基本計画' }).click();
      await page.getByRole('cell', { name: title }).click();
      await page.getByRole('tab', { name: '概要' }).waitFor();
      await page.waitForLoadState('networkidle');
      const buttons = await page
        .locator('[data-move]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-move')));
      const edit = await page.getByRole('link', { name: '編集' }).isVisible();
      await page.context().close();
      return { buttons, edit };
    };
    // Version 2 is the seeded amendment, proposed and waiting for the Cabinet; version 1 the plan in force.
    expect(await moves('coordinator', /第2版/)).toEqual({ buttons: ['withdraw'], edit: false });
    expect(await moves('reviewer', /第2版/)).toEqual({ buttons: ['approve'], edit: false });
    expect(await moves('coordinator', /^人工知能基本計画$/)).toEqual({
      buttons: ['amend'],
      edit: false,
    });
    expect(await moves('analyst', /^人工知能基本計画$/)).toEqual({ buttons: [], edit: false });
  });

  it('keeps pages a role may not open out of reach, even by address', async () => {
    const page = await app.signIn('coordinator');
    await page.goto('/users');
    await page
      .getByText(/権限がありません|表示できません/)
      .first()
      .waitFor();
    expect(await page.getByRole('columnheader', { name: 'メールアドレス' }).count()).toBe(0);
    await page.context().close();
  });

  it('speaks Japanese by default and English after the switch in the app bar, and remembers it', async () => {
    const page = await app.signIn('admin');
    await page.getByRole('heading', { name: 'AI推進法に基づくPDCAサイクルの現況' }).waitFor();
    await page.getByRole('button', { name: /日本語/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page
      .getByRole('heading', { name: 'Where the AI Promotion Act’s PDCA cycle stands' })
      .waitFor();
    const menu = await page.getByRole('menuitem').allInnerTexts();
    expect(menu.map(withoutBadge)).toEqual([
      'Dashboard',
      'Review inbox',
      'AI Basic Plan',
      'Plan objectives',
      'KPIs',
      'Guidance',
      'Amendments',
      'PDCA cycles',
      'Users',
      'Audit log',
    ]);
    await page.reload();
    await page
      .getByRole('heading', { name: 'Where the AI Promotion Act’s PDCA cycle stands' })
      .waitFor();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('menuitem', { name: '日本語' }).click();
    await page.getByRole('heading', { name: 'AI推進法に基づくPDCAサイクルの現況' }).waitFor();
    await page.context().close();
  });
});
