import { createHash } from 'node:crypto';
import { chainLink, GENESIS_HASH } from './audit-chain';

const digest = (s: string) => createHash('sha256').update(s).digest();

describe('chainLink', () => {
  it('hashes the previous link followed by the digest', () => {
    const expected = createHash('sha256')
      .update(Buffer.concat([GENESIS_HASH, digest('a')]))
      .digest();
    expect(chainLink(GENESIS_HASH, digest('a'))).toEqual(expected);
  });

  it('depends on order: a reordered history gives another head', () => {
    const ab = chainLink(chainLink(GENESIS_HASH, digest('a')), digest('b'));
    const ba = chainLink(chainLink(GENESIS_HASH, digest('b')), digest('a'));
    expect(ab.equals(ba)).toBe(false);
  });
});
