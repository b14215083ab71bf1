/** Characters XML 1.0 does not allow at all (controls other than tab, newline, return). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  author: string;
  category: string;
  content: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  self: string;
  updated: string;
  entries: AtomEntry[];
}

/** An Atom 1.0 document (RFC 4287), every text escaped. */
export function atomFeed(feed: AtomFeed): string {
  const entry = (e: AtomEntry) => `  <entry>
    <id>${xmlText(e.id)}</id>
    <title>${xmlText(e.title)}</title>
    <updated>${xmlText(e.updated)}</updated>
    <published>${xmlText(e.updated)}</published>
    <link rel="alternate" type="application/json" href="${xmlText(e.link)}"/>
    <author><name>${xmlText(e.author)}</name></author>
    <category term="${xmlText(e.category)}"/>
    <content type="text">${xmlText(e.content)}</content>
  </entry>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
  <id>${xmlText(feed.id)}</id>
  <title>${xmlText(feed.title)}</title>
  <updated>${xmlText(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>
${feed.entries.map(entry).join('\n')}
</feed>
`;
}
