import { ageBucketFilter, doCheckLinks } from './do-check-links';

const filterOf = (link: string | null) =>
  JSON.parse(new URL(link!, 'http://console').searchParams.get('filter')!) as unknown;

describe('the Do and Check cards’ click-throughs', () => {
  it('turns an age bucket into opening dates', () => {
    expect(ageBucketFilter('0-30', '2026-03-31')).toEqual({
      createdFrom: '2026-03-01',
      createdTo: '2026-03-31',
    });
    expect(ageBucketFilter('31-90', '2026-03-31')).toEqual({
      createdFrom: '2025-12-31',
      createdTo: '2026-02-28',
    });
    expect(ageBucketFilter('181+', '2026-03-31')).toEqual({ createdTo: '2025-10-01' });
  });

  it('filters the lists to what each figure counts', () => {
    expect(filterOf(doCheckLinks.lateMeasures())).toEqual({
      status: ['planned', 'in_progress', 'suspended'],
      late: true,
    });
    expect(filterOf(doCheckLinks.openIncidents('high'))).toEqual({
      status: ['reported', 'triaged', 'under_investigation'],
      severity: 'high',
    });
    expect(doCheckLinks.measuresRated('none')).toBeNull();
    expect(filterOf(doCheckLinks.measuresRated('red'))).toMatchObject({ rating: 'red' });
  });
});
