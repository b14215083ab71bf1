import { SECTOR_CODES } from '@tracker/contracts';
import {
  SECTOR_MINISTRY,
  scalePoints,
  scoreIncident,
  triageMinistry,
  type TriageInput,
} from './incident-triage.rules';

const incident = (over: Partial<TriageInput> = {}): TriageInput => ({
  sector: 'retail',
  riskCategories: ['ip_infringement'],
  affectedInterests: ['intellectual_property'],
  peopleAffected: null,
  advancedAi: false,
  openWeight: false,
  severity: 'low',
  ...over,
});

describe('incident triage scoring', () => {
  it('scores a small IP case in retail low, and low priority', () => {
    expect(scoreIncident(incident())).toEqual({
      points: 3,
      scoredSeverity: 'low',
      priority: 'low',
    });
  });

  it('adds sector, the worst risk, the worst interest and scale', () => {
    const score = scoreIncident(
      incident({
        sector: 'finance',
        riskCategories: ['ip_infringement', 'privacy'],
        affectedInterests: ['reputation', 'property'],
        peopleAffected: 500,
      }),
    );
    expect(score.points).toBe(2 + 2 + 2 + 1);
    expect(score.scoredSeverity).toBe('high');
  });

  it('bands points into severities', () => {
    const medium = scoreIncident(
      incident({ riskCategories: ['privacy'], affectedInterests: ['privacy'] }),
    );
    expect([medium.points, medium.scoredSeverity]).toEqual([5, 'medium']);
    const critical = scoreIncident(
      incident({
        sector: 'healthcare',
        riskCategories: ['malfunction_safety'],
        affectedInterests: ['public_safety'],
        peopleAffected: 20_000,
      }),
    );
    expect([critical.points, critical.scoredSeverity, critical.priority]).toEqual([
      11,
      'critical',
      'urgent',
    ]);
  });

  it('never scores a threat to life or national security, or a CBRN risk, below high', () => {
    expect(
      scoreIncident(incident({ sector: 'research', affectedInterests: ['life_and_health'] }))
        .scoredSeverity,
    ).toBe('high');
    expect(
      scoreIncident(incident({ sector: 'research', riskCategories: ['national_security_cbrn'] }))
        .scoredSeverity,
    ).toBe('high');
    expect(
      scoreIncident(incident({ affectedInterests: ['national_security'] })).scoredSeverity,
    ).toBe('high');
  });

  it('takes priority from the higher of the stated and the scored severity', () => {
    expect(scoreIncident(incident({ severity: 'critical' }))).toMatchObject({
      scoredSeverity: 'low',
      priority: 'urgent',
    });
    expect(scoreIncident(incident({ severity: 'medium' })).priority).toBe('normal');
  });

  it('raises priority one step for a wide reach, never above urgent', () => {
    expect(scoreIncident(incident({ advancedAi: true })).priority).toBe('normal');
    expect(scoreIncident(incident({ openWeight: true })).priority).toBe('normal');
    // 10,000 people also add scale points: medium, then one step up.
    expect(scoreIncident(incident({ peopleAffected: 10_000 })).priority).toBe('high');
    expect(scoreIncident(incident({ severity: 'critical', advancedAi: true })).priority).toBe(
      'urgent',
    );
  });

  it('counts unknown and small numbers of people as no scale', () => {
    expect([null, 0, 99, 100, 9_999, 10_000, 1_000_000].map(scalePoints)).toEqual([
      0, 0, 0, 1, 1, 2, 3,
    ]);
  });
});

describe('triage routing', () => {
  it('names a ministry for every sector', () => {
    expect(Object.keys(SECTOR_MINISTRY).sort()).toEqual([...SECTOR_CODES].sort());
  });

  it('sends healthcare to MHLW, finance to the FSA and the rest to the Cabinet Office', () => {
    expect(triageMinistry('healthcare')).toBe('mhlw');
    expect(triageMinistry('finance')).toBe('fsa');
    expect(triageMinistry('other')).toBe('cao');
  });
});
