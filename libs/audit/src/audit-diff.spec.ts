import { diffSnapshots, toSnapshot } from './audit-diff';

describe('audit snapshots', () => {
  it('keeps column values JSON-safe and drops secrets and bookkeeping', () => {
    const snap = toSnapshot({
      title: '計画',
      approvedOn: new Date('2025-12-23T00:00:00Z'),
      tags: ['a'],
      passwordHash: 'x',
      version: 3,
      updatedAt: new Date(),
      note: undefined,
    });
    expect(snap).toEqual({ title: '計画', approvedOn: '2025-12-23T00:00:00.000Z', tags: ['a'] });
  });

  it('reports only the fields that changed, treating undefined as null', () => {
    const diff = diffSnapshots(
      { status: 'draft', title: 'A', tags: ['x'], note: null },
      { status: 'proposed', title: 'A', tags: ['x', 'y'] },
    );
    expect(diff).toEqual({
      before: { status: 'draft', tags: ['x'] },
      after: { status: 'proposed', tags: ['x', 'y'] },
      changed: true,
    });
    expect(diffSnapshots({ a: 1 }, { a: 1 }).changed).toBe(false);
  });
});
