import { ConsoleApp } from './console-app';

describe('user management by an administrator', () => {
  let app: ConsoleApp;
  beforeAll(async () => (app = await ConsoleApp.start()));
  afterAll(() => app?.stop());

  it('edits an account, disables and enables it, and resets its password', async () => {
    const page = await app.signIn('admin');
    await page.getByRole('menuitem', { name: '利用者' }).click();
    await page.getByRole('cell', { name: 'coordinator.meti@demo.example' }).click();

    // Give the coordinator a second role; only the changed fields and the version are sent.
    const update = page.waitForRequest((r) => r.method() === 'PUT');
    await page.getByRole('checkbox', { name: '分析担当' }).check();
    await page.getByRole('button', { name: '保存' }).click();
    expect(Object.keys((await update).postDataJSON()).sort()).toEqual(['roles', 'version']);
    const row = page.getByRole('row', { name: /coordinator\.meti@demo\.example/ });
    await row.getByText('分析担当').waitFor();

    // Disable: the reason is required, then the account shows as disabled.
    await row.click();
    await page.locator('[data-move="disable"]').click();
    const disable = page.getByRole('dialog');
    await disable.getByRole('button', { name: '利用停止' }).click();
    await disable.getByText('必須').waitFor();
    await disable.getByLabel('理由').fill('異動のため');
    await disable.getByRole('button', { name: '利用停止' }).click();
    await page.getByText('利用を停止しました').waitFor();
    await page.locator('[data-state="disabled"]').waitFor();

    // The disabled user cannot sign in.
    const blocked = await (await app.newContext()).newPage();
    await blocked.goto('/');
    await blocked.getByLabel('メールアドレス').fill('coordinator.meti@demo.example');
    await blocked.getByLabel('パスワード').fill('demo-password-2025');
    await blocked.getByRole('button', { name: 'ログイン' }).click();
    await blocked.getByText('メールアドレスまたはパスワードが正しくありません').waitFor();
    await blocked.context().close();

    // Enable again, then set a new password (too short first: the form says so).
    await page.locator('[data-move="enable"]').click();
    await page.getByRole('dialog').getByRole('button', { name: '利用再開' }).click();
    await page.locator('[data-state="active"]').waitFor();
    await page.locator('[data-move="reset-password"]').click();
    const reset = page.getByRole('dialog');
    await reset.locator('input[name="password"]').fill('short');
    await reset.getByRole('button', { name: 'パスワード再設定' }).click();
    await reset.getByText('12文字以上である必要があります').waitFor();
    await reset.locator('input[name="password"]').fill('a-new-password-for-meti');
    await reset.getByRole('button', { name: 'パスワード再設定' }).click();
    await page.getByText('パスワードを再設定しました').waitFor();
    await page.context().close();
  });
});
