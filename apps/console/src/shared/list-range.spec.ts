import { listLink } from './list-link';
import { rangeLabel } from './list-range';

const translate = (key: string, options?: Record<string, unknown>) =>
  `${key} ${JSON.stringify(options)}`;

describe('rangeLabel', () => {
  it('gives an exact total as a count', () => {
    expect(rangeLabel({ from: 1, to: 25, count: 1234 }, false, translate)).toBe(
      'tracker.list.range {"from":"1","to":"25","count":"1,234"}',
    );
  });

  it('says "about" when the total is the estimate of a big list', () => {
    expect(rangeLabel({ from: 26, to: 50, count: 1_000_000 }, true, translate)).toBe(
      'tracker.list.range_about {"from":"26","to":"50","count":"1,000,000"}',
    );
  });
});

describe('listLink', () => {
  it("opens a list with its filter, the way react-admin's list reads it", () => {
    const link = listLink('incidents', { severity: 'high', status: ['reported', 'triaged'] });
    const url = new URL(link, 'http://console');
    expect(url.pathname).toBe('/incidents');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({
      severity: 'high',
      status: ['reported', 'triaged'],
    });
  });
});
