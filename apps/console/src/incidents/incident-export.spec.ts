import { incidentExportUrl } from './incident-export';

describe('incidentExportUrl', () => {
  it('asks the API for the list as filtered and sorted on screen', () => {
    const url = new URL(
      incidentExportUrl(
        { q: '深層偽造', status: ['reported'] },
        { field: 'severity', order: 'DESC' },
      ),
      'http://api',
    );
    expect(url.pathname).toBe('/incidents/export.csv');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({
      q: '深層偽造',
      status: ['reported'],
    });
    expect(JSON.parse(url.searchParams.get('sort')!)).toEqual(['severity', 'DESC']);
  });
});
