import { toCsv } from '@tracker/core';

/** A count by key, every key of its vocabulary present (0 when none). */
export interface ReportCount {
  key: string;
  n: number;
}

export interface KpiAgainstTarget {
  measureCode: string;
  indicatorJa: string;
  indicatorEn: string;
  unit: string;
  baseline: number;
  target: number;
  targetDate: string;
  /** The latest value reported by the end of the period; null before the first. */
  latest: number | null;
  latestPeriod: string | null;
  /** Share of the way from baseline to target (1 = met); null without a value. */
  progress: number | null;
  met: boolean;
}

/**
 * The figures of one evaluation (docs/adr/0015). Counted at the `internal` level of clearance:
 * confidential-level incidents, and investigations covering them, are not in it, so every reader
 * of evaluations sees the same document.
 */
export interface CycleEvaluationReport {
  cycleId: number;
  period: string;
  startsOn: string;
  endsOn: string;
  asOf: string;
  planVersions: { id: string; number: number; status: string; cabinetDecisionDate: string }[];
  measures: { active: number; late: number; byStatus: ReportCount[]; byRating: ReportCount[] };
  kpis: { total: number; withValue: number; met: number; items: KpiAgainstTarget[] };
  incidents: {
    reported: number;
    bySector: ReportCount[];
    byRisk: ReportCount[];
    bySeverity: ReportCount[];
    byStatus: ReportCount[];
  };
  investigations: {
    opened: number;
    byStatus: ReportCount[];
    /** Open at the end of the period, by days since they were opened. */
    openByAge: ReportCount[];
  };
  guidance: { issued: number; public: number; byKind: ReportCount[] };
  amendments: { proposed: number; byStatus: ReportCount[]; byTarget: ReportCount[] };
}

/** One flat line of figures: section, measure, key, value (the CSV, and the HTML tables). */
export interface ReportFigure {
  section: string;
  sectionJa: string;
  figure: string;
  key: string;
  value: number | string | null;
}

const SECTIONS = {
  planVersions: ['計画の版', 'Plan versions'],
  measures: ['施策', 'Measures'],
  kpis: ['KPI', 'KPIs against targets'],
  incidents: ['事案', 'Incidents'],
  investigations: ['調査', 'Investigations'],
  guidance: ['指導・助言', 'Guidance'],
  amendments: ['改定', 'Amendments'],
} as const;
type Section = keyof typeof SECTIONS;

export function reportFigures(report: CycleEvaluationReport): ReportFigure[] {
  const out: ReportFigure[] = [];
  const add = (section: Section, figure: string, key: string, value: ReportFigure['value']) =>
    out.push({
      section: SECTIONS[section][1],
      sectionJa: SECTIONS[section][0],
      figure,
      key,
      value,
    });
  const counts = (section: Section, figure: string, rows: ReportCount[]) =>
    rows.forEach((r) => add(section, figure, r.key, r.n));

  for (const v of report.planVersions) add('planVersions', 'in force', `v${v.number}`, v.status);
  add('measures', 'active', '', report.measures.active);
  add('measures', 'late', '', report.measures.late);
  counts('measures', 'by status', report.measures.byStatus);
  counts('measures', 'by rating', report.measures.byRating);
  add('kpis', 'total', '', report.kpis.total);
  add('kpis', 'with a value', '', report.kpis.withValue);
  add('kpis', 'target met', '', report.kpis.met);
  for (const k of report.kpis.items) {
    const key = `${k.measureCode} ${k.indicatorEn}`;
    add('kpis', 'latest / target', key, `${k.latest ?? '-'} / ${k.target} ${k.unit}`);
  }
  add('incidents', 'reported', '', report.incidents.reported);
  counts('incidents', 'by sector', report.incidents.bySector);
  counts('incidents', 'by risk category', report.incidents.byRisk);
  counts('incidents', 'by severity', report.incidents.bySeverity);
  counts('incidents', 'by status', report.incidents.byStatus);
  add('investigations', 'opened', '', report.investigations.opened);
  counts('investigations', 'by status', report.investigations.byStatus);
  counts('investigations', 'open by age (days)', report.investigations.openByAge);
  add('guidance', 'issued', '', report.guidance.issued);
  add('guidance', 'public', '', report.guidance.public);
  counts('guidance', 'by kind', report.guidance.byKind);
  add('amendments', 'proposed', '', report.amendments.proposed);
  counts('amendments', 'by status', report.amendments.byStatus);
  counts('amendments', 'by target', report.amendments.byTarget);
  return out;
}

/** The figures as one flat CSV (RFC 4180 with a BOM, for Excel). */
export function reportCsv(report: CycleEvaluationReport): string {
  const rows = reportFigures(report);
  return toCsv<ReportFigure>(
    [
      { header: 'period', value: () => report.period },
      { header: 'section', value: (r) => r.section },
      { header: 'section_ja', value: (r) => r.sectionJa },
      { header: 'figure', value: (r) => r.figure },
      { header: 'key', value: (r) => r.key },
      { header: 'value', value: (r) => r.value },
    ],
    rows,
  );
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

const PRINT_CSS = `
  body { font-family: "Noto Sans JP", "Hiragino Sans", sans-serif; margin: 2rem; color: #111; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; border-bottom: 1px solid #999; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; }
  th, td { border: 1px solid #bbb; padding: .2rem .4rem; text-align: left; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  .en { color: #555; font-weight: normal; }
  @media print { body { margin: 0; } h2 { break-after: avoid; } table { break-inside: avoid; } }
  @page { size: A4; margin: 15mm; }`;

/** A printable page: plain HTML, every value escaped, headings in Japanese then English. */
export function reportHtml(report: CycleEvaluationReport): string {
  const sections = (Object.keys(SECTIONS) as Section[]).map((section) => {
    const [ja, en] = SECTIONS[section];
    const rows = reportFigures(report)
      .filter((f) => f.section === en)
      .map(
        (f) =>
          `<tr><td>${escapeHtml(f.figure)}</td><td>${escapeHtml(f.key)}</td><td class="n">${escapeHtml(f.value)}</td></tr>`,
      )
      .join('\n');
    return `<h2>${escapeHtml(ja)} <span class="en">/ ${escapeHtml(en)}</span></h2>
<table><thead><tr><th>項目 / Figure</th><th>区分 / Key</th><th>値 / Value</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
  });
  const title = `PDCAサイクル評価 ${report.period} / PDCA cycle evaluation ${report.period}`;
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${PRINT_CSS}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>対象期間 / Period: ${escapeHtml(report.startsOn)} – ${escapeHtml(report.endsOn)} · 作成 / Generated: ${escapeHtml(report.asOf)}</p>
${sections.join('\n')}
</body></html>
`;
}
