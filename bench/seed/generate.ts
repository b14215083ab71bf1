import {
  AFFECTED_INTEREST_CODES,
  INCIDENT_SOURCE_CODES,
  MEASURE_CATEGORY_CODES,
  MINISTRY_CODES,
  ORGANISATION_SIZE_CODES,
  ORGANISATION_TYPE_CODES,
  RAG_RATINGS,
  RECOMMENDED_ACTION_CODES,
  RISK_CATEGORY_CODES,
  SECTOR_CODES,
  SEVERITIES,
} from '@tracker/contracts';
import { Client } from 'pg';
import { EVENTS, ORGANISATION_STEMS, PLACES, SYSTEMS, sqlArray } from './vocabulary';

export interface Scale {
  incidents: number;
  guidance: number;
  amendments: number;
  organisations: number;
  investigations: number;
  requests: number;
  measures: number;
}

/**
 * The proportions: a million incidents, 20,000 investigations, 50,000 requests, 10,000
 * measures, 20,000 guidance records (with versions); and 500 amendments.
 */
export function scaleFor(incidents: number): Scale {
  return {
    incidents,
    guidance: Math.max(30, Math.round(incidents / 50)),
    amendments: Math.max(10, Math.round(incidents / 2000)),
    organisations: Math.max(50, Math.round(incidents / 200)),
    investigations: Math.max(20, Math.round(incidents / 50)),
    requests: Math.max(50, Math.round(incidents / 20)),
    measures: Math.max(20, Math.round(incidents / 100)),
  };
}

const ja = (list: [string, string][]) => sqlArray(list.map(([j]) => j));
const en = (list: [string, string][]) => sqlArray(list.map(([, e]) => e));
/** Element `i` (1-based) of an SQL array, cycling. */
const pick = (array: string, index: string) =>
  `(${array})[(1 + ((${index}) % cardinality(${array})))::int]`;

const CHUNK = 100_000;

/**
 * Fills the benchmark database with realistic distributions by bulk SQL (INSERT … SELECT over
 * generate_series), not one API call per row: a million incidents take a few minutes.
 */
export async function generate(databaseUrl: string, scale: Scale, log: (line: string) => void) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const run = async (label: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    const result = await db.query(sql, params);
    log(
      `  ${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  };
  try {
    await db.query(`SET synchronous_commit = off`);
    const [{ n: existing }] = (await db.query('SELECT count(*)::int AS n FROM incident')).rows;
    if (existing >= scale.incidents) {
      log(`  ${existing} incidents already there; keeping them`);
    } else {
      await generatePlanDoCheck(db, scale, run);
    }
    const [{ n: guidance }] = (await db.query('SELECT count(*)::int AS n FROM guidance')).rows;
    if (guidance >= scale.guidance) {
      log(`  ${guidance} guidance records already there; keeping them`);
    } else {
      await generateAct(db, scale, run);
    }
    await run('vacuum and statistics', 'VACUUM ANALYZE');
  } finally {
    await db.end();
  }
}

type Run = (label: string, sql: string, params?: unknown[]) => Promise<void>;

async function generatePlanDoCheck(db: Client, scale: Scale, run: Run) {
  {
    // The statistics summary is rebuilt once at the end instead of logging a delta per row.
    await db.query(`ALTER TABLE incident DISABLE TRIGGER incident_stat_track`);

    await run(
      'organisations',
      `INSERT INTO organisation (name_ja, name_en, type, sector, size, domestic, country, created_at)
       SELECT '株式会社' || ${pick(ja(ORGANISATION_STEMS), 'g')} || g, ${pick(en(ORGANISATION_STEMS), 'g')} || ' ' || g || ' Inc.',
              ${pick(sqlArray(ORGANISATION_TYPE_CODES), 'g')}, ${pick(sqlArray(SECTOR_CODES), 'g / 3')},
              ${pick(sqlArray(ORGANISATION_SIZE_CODES), 'g / 7')}, g % 9 <> 0, CASE WHEN g % 9 <> 0 THEN 'JP' ELSE 'US' END,
              now() - (g % 2000) * interval '1 day'
         FROM generate_series(1, $1) g`,
      [scale.organisations],
    );

    // Statuses: 10% reported, 15% triaged, 10% under investigation, 45% closed, 15% dismissed, 5% duplicate.
    const status = `CASE WHEN g % 100 < 10 THEN 'reported' WHEN g % 100 < 25 THEN 'triaged'
      WHEN g % 100 < 35 THEN 'under_investigation' WHEN g % 100 < 80 THEN 'closed'
      WHEN g % 100 < 95 THEN 'dismissed' ELSE 'duplicate' END`;
    const occurred = `(date '2019-04-01' + ((g * 7919) % 2700)::int)`;
    for (let from = 1; from <= scale.incidents; from += CHUNK) {
      const to = Math.min(scale.incidents, from + CHUNK - 1);
      await run(
        `incidents ${from}–${to}`,
        `INSERT INTO incident (reference, sequence, status, occurred_date, reported_date, title_ja, title_en,
           summary_ja, summary_en, source, sector, risk_categories, affected_interests, ai_system_name,
           ai_developer, ai_model, advanced_ai, open_weight, organisation_ids, applicable_laws, severity,
           people_affected, business_statement, confidentiality, resolution, dismissal_reason, created_at)
         SELECT 'INC-' || to_char(${occurred} + (g % 20)::int, 'YYYY') || '-' || lpad(s::text, 7, '0'), s, ${status},
                ${occurred}, ${occurred} + (g % 20)::int,
                ${pick(ja(SYSTEMS), 'g')} || ${pick(ja(EVENTS), 'g / 20')} || '（' || ${pick(ja(PLACES), 'g / 320')} || '）',
                'A ' || ${pick(en(SYSTEMS), 'g')} || ' in ' || ${pick(en(PLACES), 'g / 320')} || ' ' || ${pick(en(EVENTS), 'g / 20')},
                ${pick(ja(SYSTEMS), 'g / 7')} || 'に関して、' || ${pick(ja(PLACES), 'g / 11')} || 'の利用者から報告があった。案件番号' || g || '。',
                'Reported by users in ' || ${pick(en(PLACES), 'g / 11')} || ' about a ' || ${pick(en(SYSTEMS), 'g / 7')} || '; case ' || g || '.',
                ${pick(sqlArray(INCIDENT_SOURCE_CODES), 'g / 5')}, ${pick(sqlArray(SECTOR_CODES), 'g / 3')},
                ARRAY[${pick(sqlArray(RISK_CATEGORY_CODES), 'g')}] || CASE WHEN g % 3 = 0 THEN ARRAY[${pick(sqlArray(RISK_CATEGORY_CODES), 'g / 13')}] ELSE '{}' END,
                ARRAY[${pick(sqlArray(AFFECTED_INTEREST_CODES), 'g / 17')}],
                'System-' || (g % 997), 'Developer ' || (g % 211), 'model-' || (g % 53), g % 10 = 0, g % 7 = 0,
                ARRAY[orgs.ids[(1 + g % cardinality(orgs.ids))::int]],
                '{}', ${pick(sqlArray(SEVERITIES), '(g * 31) / 7')}, (g * 37) % 50000,
                CASE WHEN g % 4 = 0 THEN '事業者の説明：対策を実施済み。' END,
                CASE WHEN g % 10 < 6 THEN 'internal' WHEN g % 10 < 9 THEN 'public' ELSE 'confidential' END,
                CASE WHEN g % 100 BETWEEN 35 AND 79 THEN '是正措置を確認し終結。' END,
                CASE WHEN g % 100 BETWEEN 80 AND 94 THEN '権利利益の侵害が認められない。' END,
                (${occurred} + (g % 20)::int)::timestamptz
           FROM (SELECT array_agg(id ORDER BY id) AS ids FROM organisation) orgs,
                (SELECT g, nextval('incident_reference_seq') AS s FROM generate_series($1::bigint, $2::bigint) g) numbered`,
        [from, to],
      );
    }
    await run('statistics of the new incidents', 'ANALYZE incident');
    await run(
      'duplicates point at the incident before them',
      `UPDATE incident d SET duplicate_of_id = o.id FROM incident o
        WHERE d.status = 'duplicate' AND o.sequence = d.sequence - 1`,
    );

    const analysts = `ARRAY(SELECT id FROM app_user WHERE 'analyst' = ANY (roles) ORDER BY email)`;
    await run(
      'investigations',
      `INSERT INTO investigation (title_ja, title_en, scope, lead_analyst_id, incident_ids, status, root_cause, conclusion, concluded_at, created_at)
       SELECT '調査 ' || g || '：' || ${pick(ja(SYSTEMS), 'g')}, 'Investigation ' || g || ': ' || ${pick(en(SYSTEMS), 'g')},
              '事案の原因と影響範囲の確認', (${analysts})[1 + g % cardinality(${analysts})],
              ARRAY(SELECT i.id FROM incident i WHERE i.sequence BETWEEN g * 50 - 49 AND g * 50 - 30
                      AND i.status IN ('under_investigation', 'closed') ORDER BY i.sequence LIMIT 1 + g % 3),
              (ARRAY['open','gathering_information','analysis','findings_in_review','concluded'])[1 + g % 5],
              CASE WHEN g % 5 >= 3 THEN '学習データの管理不備' END,
              CASE WHEN g % 5 = 4 THEN '指導により是正' END,
              CASE WHEN g % 5 = 4 THEN now() - (g % 300) * interval '1 day' END,
              now() - (g % 700) * interval '1 day'
         FROM generate_series(1, $1) g`,
      [scale.investigations],
    );
    await run(
      'investigations without incidents take one',
      `UPDATE investigation v SET incident_ids = ARRAY[(SELECT id FROM incident ORDER BY sequence LIMIT 1)]
        WHERE cardinality(v.incident_ids) = 0`,
    );
    await run('statistics of the new investigations', 'ANALYZE investigation, organisation');
    await run(
      'information requests',
      `WITH v AS (SELECT id, row_number() OVER (ORDER BY id) AS r FROM investigation),
            o AS (SELECT id, row_number() OVER (ORDER BY id) AS r FROM organisation)
       INSERT INTO information_request (investigation_id, organisation_id, subject, questions, legal_basis,
              request_date, due_date, status, cooperation_status, response_text, response_date, response_trade_secret, created_at)
       SELECT v.id, o.id, '学習データの取扱いについて', '1. 学習データの出所を教えてください。', 'AI推進法第16条（任意の協力）',
              date '2024-01-01' + (g % 1000), date '2024-01-01' + (g % 1000) + 30,
              (ARRAY['open','answered','closed'])[1 + g % 3],
              CASE g % 3 WHEN 0 THEN 'pending' WHEN 1 THEN (ARRAY['responded','partial','declined'])[1 + g % 4 % 3] ELSE 'pending' END,
              CASE WHEN g % 3 = 1 THEN '社内規程に基づき管理しています。' END,
              CASE WHEN g % 3 = 1 THEN date '2024-01-01' + (g % 1000) + 20 END,
              g % 11 = 0, now() - (g % 600) * interval '1 day'
         FROM generate_series(1, $1) g
         JOIN v ON v.r = 1 + g % $2
         JOIN o ON o.r = 1 + (g * 7) % $3`,
      [scale.requests, scale.investigations, scale.organisations],
    );
    await run(
      'findings',
      `INSERT INTO finding (investigation_id, statement_ja, statement_en, evidence, risk_level, recommended_action, referral_ministry, status, created_at)
       SELECT v.id, '学習データの管理に不備があった。', 'Training data was poorly managed.', ARRAY['報告書 ' || v.id],
              ${pick(sqlArray(SEVERITIES), 'k')}, a.action, CASE WHEN a.action = 'referral' THEN 'ppc' END,
              CASE WHEN v.status = 'concluded' THEN 'accepted' WHEN v.status = 'findings_in_review' THEN 'in_review' ELSE 'draft' END,
              least(v.created_at + interval '20 days', now())
         FROM investigation v, generate_series(1, 2) k,
              LATERAL (SELECT ${pick(sqlArray(RECOMMENDED_ACTION_CODES), 'k + length(v.id::text) + ascii(substr(v.id::text, 1, 1))')} AS action) a
        WHERE v.status IN ('analysis', 'findings_in_review', 'concluded')`,
    );

    await run(
      'measures',
      `INSERT INTO measure (code, title_ja, title_en, description_ja, lead_ministry, cooperating_ministries, actor_type,
              category, legal_nature, budget_yen, start_date, due_date, status, status_reason, completed_on, created_at)
       SELECT 'BM-' || lpad(g::text, 6, '0'), ${pick(ja(SYSTEMS), 'g')} || 'の普及促進 ' || g, 'Promote the ' || ${pick(en(SYSTEMS), 'g')} || ' ' || g,
              '施策の説明', ${pick(sqlArray(MINISTRY_CODES), 'g')}, ARRAY[${pick(sqlArray(MINISTRY_CODES), 'g + 1')}],
              (ARRAY['national_government','local_government','rd_institutions','businesses','citizens'])[1 + g % 5],
              ${pick(sqlArray(MEASURE_CATEGORY_CODES), 'g / 3')}, (ARRAY['binding','duty_to_endeavour','voluntary'])[1 + g % 3],
              (g % 100) * 10000000, date '2025-04-01' - (g % 400), date '2027-03-31' + (g % 300),
              (ARRAY['planned','in_progress','in_progress','in_progress','completed','suspended','cancelled'])[1 + g % 7],
              CASE WHEN g % 7 IN (5, 6) THEN '予算措置の見直し' END,
              CASE WHEN g % 7 = 4 THEN date '2025-12-31' END, now() - (g % 500) * interval '1 day'
         FROM generate_series(1, $1) g`,
      [scale.measures],
    );
    await run('statistics of the new measures', 'ANALYZE measure, plan_objective');
    await run(
      'measure links to the objectives of the plan in force',
      `WITH o AS (SELECT o.id, o.plan_version_id, row_number() OVER (ORDER BY o.code) AS r, count(*) OVER () AS total
                    FROM plan_objective o JOIN plan_version v ON v.id = o.plan_version_id WHERE v.status = 'approved')
       INSERT INTO measure_objective (measure_id, objective_id, plan_version_id)
       SELECT m.id, o.id, o.plan_version_id FROM measure m JOIN o ON o.r = 1 + (hashtext(m.code) & 2147483647) % o.total
        WHERE m.code LIKE 'BM-%'`,
    );
    await run(
      'milestones',
      `INSERT INTO measure_milestone (measure_id, title_ja, title_en, due_date, done_on)
       SELECT m.id, 'マイルストーン' || k, 'Milestone ' || k, m.start_date + k * 120,
              CASE WHEN m.start_date + k * 120 < current_date AND (hashtext(m.code) + k) % 5 <> 0 THEN m.start_date + k * 120 END
         FROM measure m, generate_series(1, 3) k WHERE m.code LIKE 'BM-%'`,
    );
    await run(
      'measure KPIs',
      `INSERT INTO measure_kpi (measure_id, indicator_ja, indicator_en, baseline, target, unit, target_date)
       SELECT m.id, '利用事業者数', 'Businesses using it', 100, 1000, 'businesses', m.due_date
         FROM measure m WHERE m.code LIKE 'BM-%'`,
    );
    await run(
      'progress reports, one per quarter since the start',
      `INSERT INTO progress_report (measure_id, period, period_start, period_end, narrative_ja, narrative_en,
              rating, rating_rationale, accountable_person, created_at)
       SELECT m.id,
              'FY' || to_char(q - interval '3 months', 'YYYY') || '-Q' || to_char(q - interval '3 months', 'Q'),
              q::date, (q + interval '3 months' - interval '1 day')::date,
              '計画どおり進捗している。', 'On track.',
              ${pick(sqlArray(RAG_RATINGS), 'hashtext(m.code || q::text) & 2147483647')}, '進捗と課題を踏まえた評価', '担当課長',
              q + interval '3 months'
         FROM measure m,
              generate_series(date_trunc('quarter', m.start_date), date_trunc('quarter', current_date) - interval '3 months', interval '3 months') q
        WHERE m.code LIKE 'BM-%' AND m.status <> 'planned' AND (hashtext(m.code) & 7) <> 0`,
    );

    for (const [table, entityType, label] of [
      ['organisation', 'organisation', 'coalesce(name_ja, name_en)'],
      ['incident', 'incident', 'reference'],
      ['investigation', 'investigation', 'coalesce(title_ja, title_en)'],
      ['information_request', 'information_request', 'subject'],
      ['finding', 'finding', 'risk_level'],
      ['measure', 'measure', 'code'],
      ['progress_report', 'progress_report', 'period'],
    ] as const) {
      await run(
        `audit events: ${table} created`,
        `INSERT INTO audit_event (occurred_at, actor_label, action, entity_type, entity_id, after, request_id)
         SELECT created_at, 'system:bench-generator', '${entityType}.create', '${entityType}', id::text,
                jsonb_build_object('label', ${label}, 'status', to_jsonb(t) -> 'status'), 'bench-seed'
           FROM ${table} t`,
      );
    }
    await run(
      'audit events: incidents moved on',
      `INSERT INTO audit_event (occurred_at, actor_label, action, entity_type, entity_id, before, after, request_id)
       SELECT created_at + interval '3 days', 'system:bench-generator', 'incident.' || status, 'incident', id::text,
              '{"status":"reported"}', jsonb_build_object('status', status), 'bench-seed'
         FROM incident WHERE status <> 'reported'`,
    );
    await db.query(`ALTER TABLE incident ENABLE TRIGGER incident_stat_track`);
    await run('incident statistics: deltas folded away', `DELETE FROM incident_stat_delta`);
    await run(
      'incident statistics summary',
      `INSERT INTO incident_stat SELECT status, severity, sector, confidentiality, date_trunc('month', reported_date)::date, count(*)
         FROM incident GROUP BY 1, 2, 3, 4, 5
       ON CONFLICT (status, severity, sector, confidentiality, month) DO UPDATE SET n = excluded.n`,
    );
    await run('incident statistics, brief', `DELETE FROM incident_stat_brief`);
    await run(
      'incident statistics, brief summary',
      `INSERT INTO incident_stat_brief SELECT status, severity, confidentiality, sum(n) FROM incident_stat GROUP BY 1, 2, 3`,
    );
  }
}

/**
 * Guidance (each reference with one or two versions: an issued or withdrawn version, or a
 * superseded one and its issued revision) resting on accepted findings, and amendments.
 */
async function generateAct(db: Client, scale: Scale, run: Run) {
  const references = Math.round(scale.guidance / 1.4);
  await run(
    'guidance, first versions',
    `WITH f AS (SELECT array_agg(id ORDER BY id) AS ids FROM finding WHERE status = 'accepted')
     INSERT INTO guidance (reference_number, version_number, kind, status, addressee_sector, finding_ids,
            legal_basis, title_ja, title_en, body_ja, body_en, issuing_authority, public, issue_date,
            follow_up_date, follow_up_result, withdrawal_reason, withdrawn_at, superseded_at, created_at)
     SELECT 'AIG-' || (2025 + g % 2) || '-' || lpad(nextval('guidance_reference_seq')::text, 6, '0'), 1,
            ${pick(sqlArray(['guidance', 'advice', 'information_provision', 'public_notice']), 'g')},
            CASE WHEN g % 10 < 4 THEN 'superseded' WHEN g % 10 < 5 THEN 'withdrawn'
                 WHEN g % 10 < 6 THEN 'draft' ELSE 'issued' END,
            ${pick(sqlArray(SECTOR_CODES), 'g / 3')},
            CASE WHEN g % 4 < 2 THEN ARRAY[f.ids[(1 + g % cardinality(f.ids))::int]] ELSE '{}' END,
            'AI推進法第16条 / Article 16 of the AI Promotion Act',
            ${pick(ja(SYSTEMS), 'g')} || 'の適正な利用について（第' || g || '号）',
            'On the appropriate use of the ' || ${pick(en(SYSTEMS), 'g')} || ' (No. ' || g || ')',
            '第1項 利用者への説明を徹底すること。' || chr(10) || '第2項 学習データの管理を点検すること。' || chr(10),
            '1. Explain the use of AI to users.' || chr(10) || '2. Review how training data is managed.' || chr(10),
            ${pick(sqlArray(MINISTRY_CODES), 'g')}, g % 3 <> 0,
            CASE WHEN g % 10 >= 6 OR g % 10 < 5 THEN date '2025-06-01' + (g % 500)::int END,
            CASE WHEN g % 10 >= 6 THEN date '2025-09-01' + (g % 600)::int END,
            CASE WHEN g % 20 = 7 THEN '是正を確認した。' END,
            CASE WHEN g % 10 = 4 THEN '法令改正により不要となった。' END,
            CASE WHEN g % 10 = 4 THEN now() - (g % 100) * interval '1 day' END,
            CASE WHEN g % 10 < 4 THEN now() - (g % 100) * interval '1 day' END,
            now() - (g % 700) * interval '1 day'
       FROM f, generate_series(1, $1) g`,
    [references],
  );
  await run(
    'guidance, issued revisions of the superseded versions',
    `INSERT INTO guidance (reference_number, version_number, previous_version_id, kind, status, addressee_sector,
            finding_ids, legal_basis, title_ja, title_en, body_ja, body_en, issuing_authority, public,
            issue_date, follow_up_date, created_at)
     SELECT v.reference_number, 2, v.id, v.kind, 'issued', v.addressee_sector, v.finding_ids, v.legal_basis,
            v.title_ja || '（改訂）', v.title_en || ' (revised)', v.body_ja || '第3項 改善状況を報告すること。' || chr(10),
            v.body_en || '3. Report on the improvements.' || chr(10), v.issuing_authority, v.public,
            v.issue_date + 90, v.issue_date + 180, v.created_at + interval '90 days'
       FROM guidance v
      WHERE v.status = 'superseded' AND NOT EXISTS (SELECT 1 FROM guidance r WHERE r.previous_version_id = v.id)`,
  );
  await run(
    'guidance, superseded versions point at their revisions',
    `UPDATE guidance v SET superseded_by_id = r.id
       FROM guidance r WHERE r.previous_version_id = v.id AND v.status = 'superseded'`,
  );
  await run(
    'amendments',
    `WITH f AS (SELECT array_agg(id ORDER BY id) AS ids FROM finding WHERE status = 'accepted')
     INSERT INTO amendment (target, target_name, lead_ministry, proposed_change_ja, proposed_change_en, finding_ids,
            status, rejection_reason, decided_at, created_at)
     SELECT (ARRAY['ai_guidelines_for_business', 'other_guideline', 'law'])[(1 + g % 3)::int],
            'AI事業者ガイドライン', ${pick(sqlArray(MINISTRY_CODES), 'g')},
            '生成AIの利用に関する記載を追加する。', 'Add provisions on the use of generative AI.',
            ARRAY[f.ids[(1 + g % cardinality(f.ids))::int]],
            (ARRAY['proposed', 'in_review', 'approved', 'rejected'])[(1 + g % 4)::int],
            CASE WHEN g % 4 = 3 THEN '既存の指針で対応可能。' END,
            CASE WHEN g % 4 >= 2 THEN now() - (g % 200) * interval '1 day' END,
            now() - (g % 400) * interval '1 day'
       FROM f, generate_series(1, $1) g`,
    [scale.amendments],
  );
  for (const table of ['guidance', 'amendment']) {
    await run(
      `audit events: ${table} created`,
      `INSERT INTO audit_event (occurred_at, actor_label, action, entity_type, entity_id, after, request_id)
       SELECT created_at, 'system:bench-generator', '${table}.create', '${table}', id::text,
              jsonb_build_object('status', status), 'bench-seed'
         FROM ${table}`,
    );
  }
}
