import { ageBucket, countsIn } from './dashboard.service';

describe('dashboard figures', () => {
  it('lists every key in order, with zero for the absent ones, summing repeats', () => {
    expect(
      countsIn(
        ['low', 'medium', 'high'],
        [
          { key: 'high', n: 2 },
          { key: 'low', n: 1 },
          { key: 'high', n: 3 },
          { key: 'unknown', n: 9 },
        ],
      ),
    ).toEqual([
      { key: 'low', n: 1 },
      { key: 'medium', n: 0 },
      { key: 'high', n: 5 },
    ]);
  });

  it('puts investigations into age buckets by whole days', () => {
    expect([0, 30, 31, 90, 91, 180, 181, 2000].map(ageBucket)).toEqual([
      '0-30',
      '0-30',
      '31-90',
      '31-90',
      '91-180',
      '91-180',
      '181+',
      '181+',
    ]);
  });
});
