import { applyDecorators, Query, type PipeTransform, type Type } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import { BadRequestError } from '@tracker/core';
import { parseListRequest, type ListRequest, type ListSpec } from '@tracker/database';

const LIST_PARAMS = new Set(['filter', 'sort', 'range']);

class ListQueryPipe implements PipeTransform<Record<string, unknown>, ListRequest> {
  constructor(private readonly spec: ListSpec) {}

  transform(query: Record<string, unknown>): ListRequest {
    const unknown = Object.keys(query ?? {}).filter((k) => !LIST_PARAMS.has(k));
    if (unknown.length) {
      throw new BadRequestError(
        'Invalid list parameters',
        unknown.map((k) => ({
          field: k,
          message: `${k} is not a list parameter (filter, sort, range)`,
        })),
      );
    }
    return parseListRequest(this.spec, query ?? {});
  }
}

/** The parsed `filter` / `sort` / `range` of a list request, validated against its spec. */
export const ListQuery = (spec: ListSpec) => Query(new ListQueryPipe(spec));

/** OpenAPI description of a react-admin style list endpoint. */
export function ListEndpoint(spec: ListSpec, item: Type<unknown>) {
  const filters = Object.entries(spec.filters)
    .map(
      ([name, def]) =>
        `\`${name}\` (${def.kind}${'values' in def ? `: ${def.values.join(' | ')}` : ''})`,
    )
    .join(', ');
  return applyDecorators(
    ApiQuery({
      name: 'filter',
      required: false,
      description: `JSON object. Filters: ${filters}. An array value means "any of".`,
      example: '{}',
    }),
    ApiQuery({
      name: 'sort',
      required: false,
      description: `JSON ["field","ASC"|"DESC"]. Sortable: ${Object.keys(spec.sorts).join(', ')}. Default: ${JSON.stringify(spec.defaultSort)}.`,
      example: JSON.stringify(spec.defaultSort),
    }),
    ApiQuery({
      name: 'range',
      required: false,
      description: 'JSON [start, end], inclusive, zero-based; at most 500 records. Default [0,24].',
      example: '[0,24]',
    }),
    ApiOkResponse({
      type: item,
      isArray: true,
      headers: {
        'Content-Range': {
          description: `\`${spec.resource} start-end/total\`; the total is an estimate when X-Total-Estimated is true`,
          schema: { type: 'string' },
        },
        'X-Total-Estimated': {
          description: 'true when the total is the planner’s estimate (large results)',
          schema: { type: 'string' },
        },
      },
    }),
    ApiBadRequestResponse({ description: 'Unknown filter, sort field or malformed range' }),
  );
}
