import { evidenceToText, textToEvidence } from './evidence';

describe('evidence lines', () => {
  it('edits the references one per line and drops blank lines', () => {
    expect(
      textToEvidence('情報提供の求め IR-1 への回答\n\n  https://example.go.jp/a  \r\n'),
    ).toEqual(['情報提供の求め IR-1 への回答', 'https://example.go.jp/a']);
    expect(textToEvidence(null)).toEqual([]);
  });

  it('shows a stored list back as lines', () => {
    expect(evidenceToText(['a', 'b'])).toBe('a\nb');
    expect(evidenceToText(null)).toBe('');
  });
});
