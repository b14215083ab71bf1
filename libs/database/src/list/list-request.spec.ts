import { BadRequestError } from '@tracker/core';
import { parseListRequest } from './list-request';
import { defineListSpec } from './list-spec';

const spec = defineListSpec({
  resource: 'things',
  alias: 't',
  filters: {
    q: { kind: 'text', columns: ['t.title'] },
    id: { kind: 'uuid', column: 't.id' },
    status: { kind: 'enum', column: 't.status', values: ['draft', 'done'] },
    dueFrom: { kind: 'dateFrom', column: 't.due' },
    late: { kind: 'condition', whenTrue: 't.late', whenFalse: 'NOT t.late' },
    ownerId: { kind: 'uuidArray', column: 't.owner_ids' },
    tagId: { kind: 'uuidArray', column: 't.tag_ids' },
  },
  sorts: { title: 't.title', due: 't.due' },
  defaultSort: ['due', 'DESC'],
  tieBreaker: 't.id',
});

function details(query: Record<string, string>) {
  try {
    parseListRequest(spec, query);
  } catch (e) {
    expect(e).toBeInstanceOf(BadRequestError);
    return (e as BadRequestError).details;
  }
  throw new Error('expected a BadRequestError');
}

describe('parseListRequest', () => {
  it('applies defaults when nothing is given', () => {
    expect(parseListRequest(spec, {})).toEqual({
      filters: {},
      sort: { field: 'due', order: 'DESC' },
      range: { start: 0, end: 24 },
    });
  });

  it('accepts react-admin parameters, including many-by-id and empty values', () => {
    const id = '0b6f3c1e-7d0a-4a57-9a55-3b8b1c2d4e5f';
    const parsed = parseListRequest(spec, {
      filter: JSON.stringify({
        id: [id],
        status: 'draft',
        q: '生成AI',
        late: true,
        dueFrom: '',
        tagId: id,
      }),
      sort: '["title","asc"]',
      range: '[50,74]',
    });
    expect(parsed).toEqual({
      filters: { id: [id], status: 'draft', q: '生成AI', late: true, tagId: id },
      sort: { field: 'title', order: 'ASC' },
      range: { start: 50, end: 74 },
    });
  });

  it('names every bad field at once', () => {
    expect(
      details({
        filter: '{"status":"nope","colour":"red","id":"x","dueFrom":"2025-13-45","tagId":["x"]}',
        sort: '["secret","DESC"]',
        range: '[10,2]',
      }).map((d) => d.field),
    ).toEqual([
      'filter.status',
      'filter.colour',
      'filter.id',
      'filter.dueFrom',
      'filter.tagId',
      'sort',
      'range',
    ]);
  });

  it('takes one id or several for an array-of-ids filter, and refuses non-ids', () => {
    const id = '0b6f3c1e-7d0a-4a57-9a55-3b8b1c2d4e5f';
    expect(parseListRequest(spec, { filter: JSON.stringify({ ownerId: id }) }).filters).toEqual({
      ownerId: id,
    });
    expect(
      parseListRequest(spec, { filter: JSON.stringify({ ownerId: [id, id] }) }).filters,
    ).toEqual({ ownerId: [id, id] });
    expect(details({ filter: '{"ownerId":["x"]}' })).toEqual([
      { field: 'filter.ownerId', message: 'filter.ownerId must be a UUID' },
    ]);
  });

  it('refuses malformed JSON, non-object filters and oversized pages', () => {
    expect(details({ filter: '{oops' })).toEqual([
      { field: 'filter', message: 'filter is not valid JSON' },
    ]);
    expect(details({ filter: '[1]' })[0].field).toBe('filter');
    expect(details({ range: '[0,1000]' })[0].message).toContain('at most 500');
    expect(details({ filter: '{"late":"yes"}' })[0].message).toBe(
      'filter.late must be true or false',
    );
  });
});
