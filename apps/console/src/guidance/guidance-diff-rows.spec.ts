import { defaultPair, foldUnchanged, sideBySide, type DiffRow } from './guidance-diff-rows';

const show = (rows: DiffRow[]) =>
  rows.map(
    (r) =>
      `${r.kind} ${r.left ? `${r.left.number}:${r.left.text}` : '-'} | ${r.right ? `${r.right.number}:${r.right.text}` : '-'}`,
  );

describe('the side-by-side difference view', () => {
  it('faces equal lines and pairs a replaced line with its replacement', () => {
    const rows = sideBySide([
      { op: 'equal', lines: ['第1 目的', '第2 対象'] },
      { op: 'removed', lines: ['国外保存に注意する。'] },
      { op: 'added', lines: ['国外保存と適用法令を確認する。'] },
      { op: 'equal', lines: ['第3 連絡先'] },
    ]);
    expect(show(rows)).toEqual([
      'equal 1:第1 目的 | 1:第1 目的',
      'equal 2:第2 対象 | 2:第2 対象',
      'changed 3:国外保存に注意する。 | 3:国外保存と適用法令を確認する。',
      'equal 4:第3 連絡先 | 4:第3 連絡先',
    ]);
  });

  it('leaves the rest of an uneven replacement on one side, numbering each version on its own', () => {
    const rows = sideBySide([
      { op: 'removed', lines: ['a', 'b', 'c'] },
      { op: 'added', lines: ['A'] },
      { op: 'equal', lines: ['d'] },
      { op: 'added', lines: ['e', 'f'] },
    ]);
    expect(show(rows)).toEqual([
      'changed 1:a | 1:A',
      'removed 2:b | -',
      'removed 3:c | -',
      'equal 4:d | 2:d',
      'added - | 3:e',
      'added - | 4:f',
    ]);
  });

  it('does not pair an addition with a removal that follows it', () => {
    const rows = sideBySide([
      { op: 'added', lines: ['new'] },
      { op: 'removed', lines: ['old'] },
    ]);
    expect(rows.map((r) => r.kind)).toEqual(['added', 'removed']);
  });

  it('shows nothing for two empty texts', () => {
    expect(sideBySide([])).toEqual([]);
  });

  it('folds long unchanged runs to the context around each change', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const rows = sideBySide([
      { op: 'equal', lines: lines.slice(0, 10) },
      { op: 'removed', lines: ['x'] },
      { op: 'equal', lines: lines.slice(10) },
    ]);
    const folded = foldUnchanged(rows, 2);
    expect(folded[0]).toEqual({ folded: 8 });
    expect(folded.slice(1, 6).map((r) => ('kind' in r ? r.kind : 'fold'))).toEqual([
      'equal',
      'equal',
      'removed',
      'equal',
      'equal',
    ]);
    expect(folded[6]).toEqual({ folded: 8 });
    expect(folded).toHaveLength(7);
  });

  it('folds nothing when everything is near a change, and everything when nothing changed', () => {
    const rows = sideBySide([
      { op: 'added', lines: ['a'] },
      { op: 'equal', lines: ['b'] },
    ]);
    expect(foldUnchanged(rows)).toEqual(rows);
    expect(foldUnchanged(sideBySide([{ op: 'equal', lines: ['a', 'b'] }]))).toEqual([
      { folded: 2 },
    ]);
  });
});

describe('the versions compared by default', () => {
  const versions = [
    { id: 'v1', versionNumber: 1 },
    { id: 'v2', versionNumber: 2 },
    { id: 'v3', versionNumber: 3 },
  ];
  it('compares the version shown with the one it revises', () => {
    expect(defaultPair(versions, 'v3')).toEqual(['v2', 'v3']);
    expect(defaultPair(versions, 'v2')).toEqual(['v1', 'v2']);
  });
  it('compares the first version with its revision, and nothing when there is one version', () => {
    expect(defaultPair(versions, 'v1')).toEqual(['v1', 'v2']);
    expect(defaultPair([{ id: 'v1', versionNumber: 1 }], 'v1')).toBeNull();
  });
});
