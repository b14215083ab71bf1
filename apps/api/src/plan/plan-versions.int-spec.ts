import { TestApp } from '../../../../test/test-app';

describe('AI Basic Plan versions (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: string;
  let reviewer: string;

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.tokenOf('coordinator');
    reviewer = await t.tokenOf('reviewer');
  });
  afterAll(() => t.stop());

  async function draftWithObjective(titleEn = 'AI Basic Plan') {
    const draft = await t.post(
      '/plan-versions',
      { titleJa: '人工知能基本計画', titleEn },
      coordinator,
    );
    expect(draft.status).toBe(201);
    const objective = await t.post(
      '/plan-objectives',
      {
        planVersionId: draft.body.id,
        code: 'I-1',
        principle: 'rd_competitiveness',
        titleJa: '研究開発力の強化',
        titleEn: 'Strengthen R&D',
      },
      coordinator,
    );
    expect(objective.status).toBe(201);
    const kpi = await t.post(
      '/plan-kpis',
      {
        objectiveId: objective.body.id,
        code: 'I-1-K1',
        indicatorJa: '計算資源',
        indicatorEn: 'Compute',
        baseline: 2,
        target: 10,
        unit: 'EFLOPS',
        targetDate: '2030-03-31',
      },
      coordinator,
    );
    expect(kpi.status).toBe(201);
    return { version: draft.body, objective: objective.body, kpi: kpi.body };
  }

  const propose = (id: string) =>
    t.post(
      `/plan-versions/${id}/propose`,
      { hqProposalDate: '2025-12-19', hqProposalReference: '第2回人工知能戦略本部' },
      coordinator,
    );
  const approve = (id: string, token = reviewer) =>
    t.post(
      `/plan-versions/${id}/approve`,
      { cabinetDecisionDate: '2025-12-23', cabinetDecisionNumber: '令和7年12月23日閣議決定' },
      token,
    );

  it('runs draft → proposed → approved, and refuses impossible moves with the allowed ones named', async () => {
    const { version } = await draftWithObjective();
    expect(version).toMatchObject({
      status: 'draft',
      number: expect.any(Number),
      actions: ['propose'],
    });

    const approveDraft = await approve(version.id);
    expect(approveDraft.status).toBe(409);
    expect(approveDraft.body).toMatchObject({
      code: 'invalid_transition',
      message: 'Cannot approve a plan version that is draft; allowed from draft: propose',
      currentStatus: 'draft',
      allowedActions: ['propose'],
    });

    const proposed = await propose(version.id);
    expect(proposed.status).toBe(200);
    expect(proposed.body).toMatchObject({
      status: 'proposed',
      hqProposalReference: '第2回人工知能戦略本部',
    });

    const approved = await approve(version.id);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      cabinetDecisionNumber: '令和7年12月23日閣議決定',
      actions: ['amend'],
    });

    const again = await approve(version.id);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe(
      'Cannot approve a plan version that is approved; allowed from approved: none',
    );

    const actions = await t.sql(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [
      version.id,
    ]);
    expect(actions.map((a) => a.action)).toEqual([
      'plan_version.create',
      'plan_version.propose',
      'plan_version.approve',
    ]);
  });

  it('does not propose a version without objectives', async () => {
    const draft = await t.post(
      '/plan-versions',
      { titleJa: '空の計画', titleEn: 'Empty plan' },
      coordinator,
    );
    const response = await propose(draft.body.id);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('plan_without_objectives');
    expect((await t.get(`/plan-versions/${draft.body.id}`, coordinator)).body.status).toBe('draft');
  });

  it('withdraws a proposal back to draft with its reason', async () => {
    const { version } = await draftWithObjective('Withdrawn');
    await propose(version.id);
    const withdrawn = await t.post(
      `/plan-versions/${version.id}/withdraw`,
      { reason: 'KPIs to be revised' },
      coordinator,
    );
    expect(withdrawn.body).toMatchObject({
      status: 'draft',
      withdrawalReason: 'KPIs to be revised',
    });
  });

  it('keeps approved versions read-only in the API and in the database', async () => {
    const approved = (await t.get('/plan-versions?filter={"status":"approved"}', coordinator))
      .body[0];
    const edit = await t.put(
      `/plan-versions/${approved.id}`,
      { version: approved.version, titleEn: 'Changed' },
      coordinator,
    );
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('read_only');
    const remove = await t.delete(`/plan-versions/${approved.id}`, coordinator);
    expect(remove.status).toBe(409);
    const objectives = await t.get(
      `/plan-objectives?filter={"planVersionId":"${approved.id}"}`,
      coordinator,
    );
    const editObjective = await t.put(
      `/plan-objectives/${objectives.body[0].id}`,
      { version: objectives.body[0].version, titleEn: 'x' },
      coordinator,
    );
    expect(editObjective.status).toBe(409);

    await expect(
      t.sql(`UPDATE plan_version SET title_en = 'tampered' WHERE id = $1`, [approved.id]),
    ).rejects.toThrow(/read-only/);
    await expect(
      t.sql(`UPDATE plan_objective SET title_en = 'tampered' WHERE plan_version_id = $1`, [
        approved.id,
      ]),
    ).rejects.toThrow(/cannot change/);
    expect((await t.get(`/plan-versions/${approved.id}`, coordinator)).body.titleEn).toBe(
      approved.titleEn,
    );
  });

  it('amends the approved version into a draft that copies objectives and KPIs, and compares the two', async () => {
    const approved = (await t.get('/plan-versions?filter={"status":"approved"}', coordinator))
      .body[0];
    const amended = await t.post(
      `/plan-versions/${approved.id}/amend`,
      { titleEn: 'AI Basic Plan, 2nd edition' },
      coordinator,
    );
    expect(amended.status).toBe(201);
    expect(amended.body).toMatchObject({
      status: 'draft',
      basedOnId: approved.id,
      titleEn: 'AI Basic Plan, 2nd edition',
    });

    const second = await t.post(`/plan-versions/${approved.id}/amend`, {}, coordinator);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('amendment_open');

    const copies = (
      await t.get(`/plan-kpis?filter={"planVersionId":"${amended.body.id}"}`, coordinator)
    ).body;
    const originals = (
      await t.get(`/plan-kpis?filter={"planVersionId":"${approved.id}"}`, coordinator)
    ).body;
    expect(copies).toHaveLength(originals.length);
    expect(copies.map((k: any) => k.lineageId).sort()).toEqual(
      originals.map((k: any) => k.lineageId).sort(),
    );

    const kpi = copies[0];
    expect(
      (await t.put(`/plan-kpis/${kpi.id}`, { version: kpi.version, target: 20 }, coordinator))
        .status,
    ).toBe(200);
    const added = await t.post(
      '/plan-objectives',
      {
        planVersionId: amended.body.id,
        code: 'III-4',
        principle: 'transparency_appropriateness',
        titleJa: 'ディープフェイク対策',
        titleEn: 'Counter deepfakes',
      },
      coordinator,
    );
    expect(added.status).toBe(201);

    const comparison = await t.get(
      `/plan-versions/${approved.id}/compare?with=${amended.body.id}`,
      coordinator,
    );
    expect(comparison.status).toBe(200);
    expect(comparison.body.objectives.added.map((o: any) => o.code)).toEqual(['III-4']);
    expect(comparison.body.objectives.removed).toEqual([]);
    expect(comparison.body.kpis.changed).toEqual([
      { lineageId: kpi.lineageId, code: kpi.code, changes: { target: { from: 10, to: 20 } } },
    ]);
  });

  it('supersedes the approved version when its amendment is approved: one approved version, always', async () => {
    const [current] = (await t.get('/plan-versions?filter={"status":"approved"}', coordinator))
      .body;
    const [draft] = (
      await t.get(
        `/plan-versions?filter={"basedOnId":"${current.id}","status":"draft"}`,
        coordinator,
      )
    ).body;
    expect((await propose(draft.id)).status).toBe(200);
    const approved = await approve(draft.id);
    expect(approved.status).toBe(200);

    const old = await t.get(`/plan-versions/${current.id}`, coordinator);
    expect(old.body).toMatchObject({ status: 'superseded', supersededById: draft.id, actions: [] });
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM plan_version WHERE status = 'approved'`,
    );
    expect(n).toBe(1);
    const history = await t.get(`/plan-versions/${current.id}/history`, coordinator);
    expect(history.body.map((e: any) => e.action)).toContain('plan_version.supersede');
  });

  it('lets only one of two concurrent approvals through', async () => {
    const [current] = (await t.get('/plan-versions?filter={"status":"approved"}', coordinator))
      .body;
    // Two competing proposals: an amendment of the plan in force, and a fresh plan.
    const amendment = (await t.post(`/plan-versions/${current.id}/amend`, {}, coordinator)).body;
    const rival = (await draftWithObjective('Rival plan')).version;
    await propose(amendment.id);
    await propose(rival.id);

    const results = await Promise.all([
      approve(amendment.id),
      approve(rival.id),
      approve(amendment.id),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM plan_version WHERE status = 'approved'`,
    );
    expect(n).toBe(1);
    const winner = await t.get(`/plan-versions/${amendment.id}`, coordinator);
    expect(winner.body.status).toBe('approved');
    expect((await t.get(`/plan-versions/${rival.id}`, coordinator)).body.status).toBe('proposed');
  });

  it('refuses a stale update with 409 and changes nothing', async () => {
    const { version } = await draftWithObjective('Optimistic');
    const first = await t.put(
      `/plan-versions/${version.id}`,
      { version: version.version, titleEn: 'First edit' },
      coordinator,
    );
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(version.version + 1);
    const stale = await t.put(
      `/plan-versions/${version.id}`,
      { version: version.version, titleEn: 'Lost update' },
      coordinator,
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'stale_version',
      expectedVersion: version.version,
      currentVersion: version.version + 1,
    });
    expect((await t.get(`/plan-versions/${version.id}`, coordinator)).body.titleEn).toBe(
      'First edit',
    );
  });

  it('deletes a draft with its objectives and KPIs, keeping their history', async () => {
    const { version, kpi } = await draftWithObjective('To delete');
    const removed = await t.delete(`/plan-versions/${version.id}`, coordinator);
    expect(removed.status).toBe(200);
    expect((await t.get(`/plan-versions/${version.id}`, coordinator)).status).toBe(404);
    expect((await t.get(`/plan-kpis/${kpi.id}`, coordinator)).status).toBe(404);
    const history = await t.get(`/plan-versions/${version.id}/history`, coordinator);
    expect(history.body.map((e: any) => e.action)).toEqual([
      'plan_version.create',
      'plan_version.delete',
    ]);
  });

  it('answers bad input with 400/404/422 and writes nothing', async () => {
    const { version, objective } = await draftWithObjective('Bad input');
    const before = await t.tableCounts();
    const missing = '00000000-0000-4000-8000-000000000000';
    const cases: [string, string, unknown, number, string?, string?][] = [
      ['POST', '/plan-versions', { titleJa: 5, titleEn: 'x' }, 400, 'titleJa'],
      ['POST', '/plan-versions', { titleJa: 'a', titleEn: 'b', colour: 'red' }, 400, 'colour'],
      [
        'POST',
        '/plan-versions',
        { titleJa: 'a', titleEn: 'b', fiscalYearFrom: 2027, fiscalYearTo: 2026 },
        400,
        'fiscalYearTo',
      ],
      ['POST', '/plan-versions', [1, 2], 400, 'body'],
      ['PUT', `/plan-versions/${version.id}`, { titleEn: 'no version' }, 400, 'version'],
      ['PUT', `/plan-versions/${version.id}`, { version: '1', titleEn: 'x' }, 400, 'version'],
      ['PUT', '/plan-versions/not-a-uuid', { version: 1 }, 400, 'id'],
      ['PUT', `/plan-versions/${missing}`, { version: 1, titleEn: 'x' }, 404],
      [
        'POST',
        `/plan-versions/${version.id}/propose`,
        { hqProposalDate: '2025-02-30', hqProposalReference: 'x' },
        400,
        'hqProposalDate',
      ],
      [
        'POST',
        `/plan-versions/${version.id}/propose`,
        { hqProposalDate: '2999-01-01', hqProposalReference: 'x' },
        400,
        'hqProposalDate',
      ],
      [
        'POST',
        `/plan-versions/${version.id}/approve`,
        { cabinetDecisionDate: 'yesterday' },
        400,
        'cabinetDecisionDate',
        reviewer,
      ],
      ['POST', `/plan-versions/${missing}/withdraw`, { reason: 'x' }, 404],
      [
        'POST',
        '/plan-objectives',
        {
          planVersionId: missing,
          code: 'X',
          principle: 'rd_competitiveness',
          titleJa: 'a',
          titleEn: 'b',
        },
        422,
        'planVersionId',
      ],
      [
        'POST',
        '/plan-objectives',
        { planVersionId: version.id, code: 'X', principle: 'speed', titleJa: 'a', titleEn: 'b' },
        400,
        'principle',
      ],
      [
        'POST',
        '/plan-objectives',
        {
          planVersionId: version.id,
          code: 'I-1',
          principle: 'rd_competitiveness',
          titleJa: 'a',
          titleEn: 'b',
        },
        409,
      ],
      [
        'POST',
        '/plan-kpis',
        {
          objectiveId: missing,
          code: 'K',
          indicatorJa: 'a',
          indicatorEn: 'b',
          baseline: 1,
          target: 2,
          unit: '%',
          targetDate: '2030-03-31',
        },
        422,
        'objectiveId',
      ],
      [
        'POST',
        '/plan-kpis',
        {
          objectiveId: objective.id,
          code: 'K',
          indicatorJa: 'a',
          indicatorEn: 'b',
          baseline: 'one',
          target: 1e300,
          unit: '%',
          targetDate: '2030-02-31',
        },
        400,
        'baseline',
      ],
      ['GET', '/plan-versions?filter={"status":"lost"}', undefined, 400, 'filter.status'],
      ['GET', '/plan-versions?sort=["secret","ASC"]', undefined, 400, 'sort'],
      ['GET', '/plan-versions?range=[0,100000]', undefined, 400, 'range'],
      ['GET', '/plan-versions?page=2', undefined, 400, 'page'],
      ['GET', `/plan-versions/${version.id}/compare?with=nope`, undefined, 400, 'with'],
      ['GET', `/plan-versions/${version.id}/compare`, undefined, 400, 'with'],
      ['DELETE', `/plan-kpis/${missing}`, undefined, 404],
    ];
    for (const [method, path, body, status, field, token = coordinator] of cases) {
      const response = await t.request(method, path, { body, token });
      expect({ method, path, status: response.status }).toEqual({ method, path, status });
      expect(response.body).toMatchObject({
        statusCode: status,
        code: expect.any(String),
        message: expect.any(String),
        requestId: expect.any(String),
      });
      if (field)
        expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const malformed = await t.request('POST', '/plan-versions', {
      raw: '{"titleJa": ',
      token: coordinator,
    });
    expect(malformed.status).toBe(400);
    expect(await t.tableCounts()).toEqual(before);
  });
});
