import type { TestApp } from './test-app';

/** A plan version with one objective, proposed by `token`'s user: it waits for approval. */
export async function proposedPlanVersion(t: TestApp, token: string, titleEn: string) {
  const draft = await t.post('/plan-versions', { titleJa: '人工知能基本計画', titleEn }, token);
  if (draft.status !== 201) throw new Error(`plan version: ${draft.status}`);
  const objective = await t.post(
    '/plan-objectives',
    {
      planVersionId: draft.body.id,
      code: 'I-1',
      principle: 'rd_competitiveness',
      titleJa: '研究開発力の強化',
      titleEn: 'Strengthen R&D',
    },
    token,
  );
  if (objective.status !== 201) throw new Error(`objective: ${objective.status}`);
  const proposed = await t.post(
    `/plan-versions/${draft.body.id}/propose`,
    { hqProposalDate: '2025-12-19', hqProposalReference: '第2回人工知能戦略本部' },
    token,
  );
  if (proposed.status !== 200) throw new Error(`propose: ${proposed.status}`);
  return proposed.body as { id: string; number: number; status: string };
}

export const CABINET_DECISION = {
  cabinetDecisionDate: '2025-12-23',
  cabinetDecisionNumber: '令和7年12月23日閣議決定',
};
