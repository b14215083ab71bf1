import { ReviewWorkflow } from '@tracker/pdca';
import { create, findingBody, incidentBody, openInvestigation, userId } from './check-fixtures';
import type { TestApp } from './test-app';

/**
 * An accepted finding of an investigation of a fresh incident (written by the analyst,
 * accepted by the reviewer), for guidance and amendments to rest on.
 */
export async function acceptedFinding(t: TestApp, incident: Record<string, unknown> = {}) {
  const analyst = await t.tokenOf('analyst');
  const created = await create(t, '/incidents', incidentBody(incident), analyst);
  const investigation = await openInvestigation(t, analyst, [created.id]);
  const finding = await create(t, '/findings', findingBody(investigation.id), analyst);
  await t.post(`/findings/${finding.id}/submit`, undefined, analyst);
  const accepted = await t.post(
    `/findings/${finding.id}/accept`,
    { note: '了承' },
    await t.tokenOf('reviewer'),
  );
  if (accepted.status !== 200) throw new Error(`accept finding: ${accepted.status}`);
  return { incidentId: created.id, investigationId: investigation.id, findingId: finding.id };
}

export const guidanceBody = (findingIds: string[], overrides: Record<string, unknown> = {}) => ({
  kind: 'advice',
  addresseeSector: 'finance',
  findingIds,
  legalBasis: 'AI推進法第16条 / Article 16 of the AI Promotion Act',
  titleJa: '生成AIチャットボットにおける顧客情報の分離について',
  titleEn: 'Separating customer data in generative-AI chatbots',
  bodyJa:
    '第1項 検索拡張の索引は顧客ごとに分離すること。\n第2項 対話ログの参照範囲を定期的に点検すること。\n',
  bodyEn:
    '1. Separate retrieval indexes by customer.\n2. Review the scope of conversation logs regularly.\n',
  issuingAuthority: 'ppc',
  public: true,
  ...overrides,
});

/**
 * Opens the approval task of a submitted record as the worker's `review.open-task` handler
 * would (the relay itself is shown in guidance.int-spec.ts), and returns its id.
 */
export async function openApprovalTask(
  t: TestApp,
  subjectType: 'guidance' | 'amendment',
  subjectId: string,
  submittedBy: string,
) {
  const task = await t.app.get(ReviewWorkflow).open({
    subjectType,
    subjectId,
    kind: 'approval',
    submittedById: await userId(t, submittedBy),
  });
  if (!task) throw new Error(`no task opened for ${subjectType} ${subjectId}`);
  return task.id;
}

/** A guidance drafted by the analyst, approved through its task by the reviewer, and issued. */
export async function issuedGuidance(
  t: TestApp,
  findingIds: string[],
  overrides: Record<string, unknown> = {},
  issueDate = '2026-07-01',
) {
  const analyst = await t.tokenOf('analyst');
  const draft = await create(t, '/guidance', guidanceBody(findingIds, overrides), analyst);
  return approveAndIssue(t, draft.id, issueDate);
}

export async function approveAndIssue(t: TestApp, id: string, issueDate = '2026-07-01') {
  const analyst = await t.tokenOf('analyst');
  const submitted = await t.post(`/guidance/${id}/submit`, undefined, analyst);
  if (submitted.status !== 200) throw new Error(`submit: ${JSON.stringify(submitted.body)}`);
  const taskId = await openApprovalTask(t, 'guidance', id, 'analyst@test.example');
  const approved = await t.post(`/review-tasks/${taskId}/approve`, {}, await t.tokenOf('reviewer'));
  if (approved.status !== 200) throw new Error(`approve: ${JSON.stringify(approved.body)}`);
  const issued = await t.post(`/guidance/${id}/issue`, { issueDate }, analyst);
  if (issued.status !== 200) throw new Error(`issue: ${JSON.stringify(issued.body)}`);
  return issued.body;
}
