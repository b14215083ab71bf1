import { createHash } from 'node:crypto';
import { chainLink, GENESIS_HASH, walkSeals, type SealRow } from './audit-chain';

const digest = (s: string) => createHash('sha256').update(s).digest();

function seal(events: string[]): SealRow[] {
  let prev: Buffer = GENESIS_HASH;
  return events.map((e, i) => {
    const d = digest(e);
    prev = chainLink(prev, d);
    return { position: i + 1, eventId: String(100 + i), hash: prev, digest: d };
  });
}

describe('walkSeals', () => {
  const start = { position: 0, hash: GENESIS_HASH };

  it('accepts an untouched chain and returns its last link', () => {
    const rows = seal(['a', 'b', 'c']);
    expect(walkSeals(rows, start)).toEqual({ ok: true, last: { position: 3, hash: rows[2].hash } });
  });

  it('names the event whose content changed', () => {
    const rows = seal(['a', 'b', 'c']);
    rows[1] = { ...rows[1], digest: digest('B') };
    expect(walkSeals(rows, start)).toMatchObject({ ok: false, position: 2, eventId: '101' });
  });

  it('names a deleted event and a removed seal', () => {
    const rows = seal(['a', 'b', 'c']);
    expect(walkSeals([rows[0], { ...rows[1], digest: null }], start)).toMatchObject({
      ok: false,
      eventId: '101',
      reason: 'event missing',
    });
    expect(walkSeals([rows[0], rows[2]], start)).toMatchObject({
      ok: false,
      position: 3,
      reason: 'gap in the chain',
    });
  });

  it('detects seals recomputed over a reordered history', () => {
    const rows = seal(['a', 'b']);
    const swapped = [
      { ...rows[1], position: 1 },
      { ...rows[0], position: 2 },
    ];
    expect(walkSeals(swapped, start)).toMatchObject({ ok: false, position: 1 });
  });
});
