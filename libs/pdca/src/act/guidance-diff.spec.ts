import { diffBody, diffVersions } from './guidance-diff';

describe('guidance differences', () => {
  it('shapes a line diff into runs of equal, removed and added lines with counts', () => {
    const body = diffBody(
      'bodyJa',
      '第1項 入力データの保存先を明示すること。\n第2項 利用者に説明すること。\n第3項 報告すること。\n',
      '第1項 入力データの保存先を明示すること。\n第2項 利用者に事前に説明し、同意を得ること。\n第3項 報告すること。\n第4項 記録を保存すること。\n',
    );
    expect(body).toEqual({
      field: 'bodyJa',
      changed: true,
      added: 2,
      removed: 1,
      chunks: [
        { op: 'equal', lines: ['第1項 入力データの保存先を明示すること。'] },
        { op: 'removed', lines: ['第2項 利用者に説明すること。'] },
        { op: 'added', lines: ['第2項 利用者に事前に説明し、同意を得ること。'] },
        { op: 'equal', lines: ['第3項 報告すること。'] },
        { op: 'added', lines: ['第4項 記録を保存すること。'] },
      ],
    });
  });

  it('reports an unchanged body as one equal run', () => {
    expect(diffBody('bodyEn', 'a\nb', 'a\nb')).toMatchObject({
      changed: false,
      added: 0,
      removed: 0,
      chunks: [{ op: 'equal', lines: ['a', 'b'] }],
    });
  });

  it('lists only the fields that differ, treating missing and null alike', () => {
    const from = { titleEn: 'Advice', public: false, findingIds: ['a'], legalBasis: null };
    const to = { titleEn: 'Advice (revised)', public: false, findingIds: ['a', 'b'] };
    const result = diffVersions(
      from,
      to as typeof from,
      ['titleEn', 'public', 'findingIds', 'legalBasis'],
      [],
    );
    expect(result.fields).toEqual([
      { field: 'titleEn', from: 'Advice', to: 'Advice (revised)' },
      { field: 'findingIds', from: ['a'], to: ['a', 'b'] },
    ]);
  });
});
