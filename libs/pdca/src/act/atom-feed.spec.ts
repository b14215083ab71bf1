import { atomFeed, xmlText } from './atom-feed';

describe('Atom feed', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText(`<script>"a" & 'b'</script>\u0001\u0007ok\uD800`)).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;ok',
    );
    expect(xmlText('深層偽造 𠮷')).toBe('深層偽造 𠮷');
  });

  it('writes a feed whose every text is escaped', () => {
    const xml = atomFeed({
      id: 'urn:x',
      title: 'AI & guidance',
      self: '/feed.atom',
      updated: '2026-07-01T00:00:00+09:00',
      entries: [
        {
          id: 'urn:uuid:1',
          title: '<b>AIG-2026-0001</b>',
          updated: '2026-07-01T00:00:00+09:00',
          link: '/g/1?a=1&b=2',
          author: '経済産業省',
          category: 'advice',
          content: 'x]]>y',
        },
      ],
    });
    expect(xml).toContain('<title>AI &amp; guidance</title>');
    expect(xml).toContain('<title>&lt;b&gt;AIG-2026-0001&lt;/b&gt;</title>');
    expect(xml).toContain('href="/g/1?a=1&amp;b=2"');
    expect(xml).toContain('<content type="text">x]]&gt;y</content>');
    expect(xml).not.toMatch(/<b>/);
  });
});
