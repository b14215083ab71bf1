import { mayActForMinistry } from './ministry-scope';

describe('mayActForMinistry', () => {
  it('lets the lead ministry and the Cabinet Office act on a measure', () => {
    expect(mayActForMinistry(['measures.edit'], 'meti', 'meti')).toBe(true);
    expect(mayActForMinistry(['measures.edit'], 'cao', 'meti')).toBe(true);
  });

  it('refuses other ministries unless they hold measures.any_ministry', () => {
    expect(mayActForMinistry(['measures.edit'], 'mic', 'meti')).toBe(false);
    expect(mayActForMinistry(['measures.edit'], null, 'meti')).toBe(false);
    expect(mayActForMinistry(['measures.edit', 'measures.any_ministry'], 'mic', 'meti')).toBe(true);
  });
});
