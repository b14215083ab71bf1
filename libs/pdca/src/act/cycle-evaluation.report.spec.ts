import { CSV_BOM } from '@tracker/core';
import {
  escapeHtml,
  reportCsv,
  reportFigures,
  reportHtml,
  type CycleEvaluationReport,
} from './cycle-evaluation.report';
import { periodsJustEnded, evaluationPeriod } from './cycle-evaluations.service';

const report: CycleEvaluationReport = {
  cycleId: 2026,
  period: 'FY2026-Q1',
  startsOn: '2026-04-01',
  endsOn: '2026-06-30',
  asOf: '2026-07-01T00:05:00.000Z',
  planVersions: [{ id: 'v', number: 1, status: 'approved', cabinetDecisionDate: '2025-12-23' }],
  measures: {
    active: 3,
    late: 1,
    byStatus: [{ key: 'in_progress', n: 3 }],
    byRating: [{ key: 'red', n: 1 }],
  },
  kpis: {
    total: 1,
    withValue: 1,
    met: 0,
    items: [
      {
        measureCode: 'M-1',
        indicatorJa: '指標',
        indicatorEn: '=HYPERLINK("x") <b>',
        unit: '%',
        baseline: 0,
        target: 10,
        targetDate: '2027-03-31',
        latest: 4,
        latestPeriod: 'FY2026-Q1',
        progress: 0.4,
        met: false,
      },
    ],
  },
  incidents: {
    reported: 5,
    bySector: [{ key: 'finance', n: 5 }],
    byRisk: [{ key: 'privacy', n: 4 }],
    bySeverity: [{ key: 'high', n: 5 }],
    byStatus: [{ key: 'reported', n: 5 }],
  },
  investigations: {
    opened: 2,
    byStatus: [{ key: 'open', n: 2 }],
    openByAge: [{ key: '0-30', n: 2 }],
  },
  guidance: { issued: 1, public: 1, byKind: [{ key: 'advice', n: 1 }] },
  amendments: { proposed: 0, byStatus: [], byTarget: [] },
};

describe('cycle evaluation report', () => {
  it('flattens every figure into rows of section, figure, key, value', () => {
    const figures = reportFigures(report);
    expect(figures).toContainEqual({
      section: 'Incidents',
      sectionJa: '事案',
      figure: 'by risk category',
      key: 'privacy',
      value: 4,
    });
    expect(figures).toContainEqual(
      expect.objectContaining({ section: 'Measures', figure: 'late', value: 1 }),
    );
  });

  it('renders one flat CSV with a BOM, formulas kept as text', () => {
    const csv = reportCsv(report);
    expect(csv.startsWith(`${CSV_BOM}period,section,section_ja,figure,key,value\r\n`)).toBe(true);
    expect(csv).toContain('FY2026-Q1,Incidents,事案,by sector,finance,5\r\n');
    expect(csv).toContain(`"M-1 =HYPERLINK(""x"") <b>",4 / 10 %`);
  });

  it('renders a printable, escaped, bilingual page', () => {
    const html = reportHtml(report);
    expect(html).toContain('<h2>事案 <span class="en">/ Incidents</span></h2>');
    expect(html).toContain('@media print');
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
    expect(escapeHtml(`<script>"'&`)).toBe('&lt;script&gt;&quot;&#39;&amp;');
  });

  it('knows which periods end when a quarter begins', () => {
    expect(periodsJustEnded('2026-07-01').map((p) => p.period)).toEqual(['FY2026-Q1']);
    expect(periodsJustEnded('2027-04-01').map((p) => p.period)).toEqual(['FY2026-Q4', 'FY2026']);
    expect(periodsJustEnded('2027-01-01')[0]).toEqual({
      cycleId: 2026,
      period: 'FY2026-Q3',
      periodKind: 'quarter',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
    expect(evaluationPeriod(2026)).toMatchObject({ startsOn: '2026-04-01', endsOn: '2027-03-31' });
  });
});
