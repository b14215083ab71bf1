/** Japan's fiscal year runs from 1 April to 31 March; FY2025 starts on 2025-04-01. */
export function fiscalYearOf(date: string): number {
  const [year, month] = date.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

export function fiscalYearBounds(fiscalYear: number): { startsOn: string; endsOn: string } {
  return { startsOn: `${fiscalYear}-04-01`, endsOn: `${fiscalYear + 1}-03-31` };
}
