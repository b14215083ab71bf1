/** The operations of the running API, read from its own OpenAPI document. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  $ref?: string;
  allOf?: Schema[];
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below /api/v1 with {param} placeholders. */
  path: string;
  pathParams: string[];
  queryParams: { name: string; schema: Schema }[];
  body?: Schema;
  secured: boolean;
}

interface Document {
  paths: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, Schema> };
}

export function resolve(schema: Schema | undefined, doc: Document, depth = 0): Schema | undefined {
  if (!schema || depth > 8) return schema;
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() as string;
    return resolve(doc.components?.schemas?.[name], doc, depth + 1);
  }
  if (schema.allOf) {
    const parts = schema.allOf.map((s) => resolve(s, doc, depth + 1) ?? {});
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  if (schema.properties) {
    const properties: Record<string, Schema> = {};
    for (const [k, v] of Object.entries(schema.properties))
      properties[k] = resolve(v, doc, depth + 1) ?? {};
    return { ...schema, properties };
  }
  if (schema.items) return { ...schema, items: resolve(schema.items, doc, depth + 1) };
  return schema;
}

export function operationsOf(doc: Document): Operation[] {
  const operations: Operation[] = [];
  for (const [fullPath, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params: any[] = op.parameters ?? [];
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path: fullPath.replace(/^\/api\/v1/, ''),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: resolve(p.schema, doc) ?? {} })),
        body: resolve(op.requestBody?.content?.['application/json']?.schema, doc),
        secured: Array.isArray(op.security) && op.security.length > 0,
      });
    }
  }
  return operations;
}
