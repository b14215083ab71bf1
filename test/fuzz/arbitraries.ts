import fc from 'fast-check';
import type { Operation, Schema } from './openapi';

/** Strings that have broken APIs before: injection, markup, control and odd Unicode. */
export const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE app_user; --",
  '1; SELECT pg_sleep(10)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '%s%s%s%n',
  '../../../../etc/passwd',
  '\u0000',
  'a\u0000b',
  '\r\nX-Injected: 1',
  '\n{"level":60,"msg":"forged"}',
  '\u202Egnp.exe',
  '\uFEFF\u200B\u200D',
  '\uD800',
  '𠮷野家🍣👨‍👩‍👧',
  'Ａ𝔸ℵ١٢٣',
  '深層偽造 生成AI',
  '',
  ' ',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x7fffffff',
  '2025-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '+275760-09-13',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

const HUGE = ['x'.repeat(200_000), 'あ'.repeat(70_000)];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...HUGE),
  fc.constantFrom(0, -1, 1.5, -1e308, 1e308, 2 ** 53 + 2, -(2 ** 63), 2 ** 31),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.constant(Array.from({ length: 20_000 }, () => 1)),
  fc.constant({ $ne: null, __proto__: { admin: true } }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A value that roughly fits the schema, so requests reach deeper than the first check. */
export function plausible(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.jsonValue({ maxDepth: 1 });
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date-time')
        return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.format === 'email') return fc.emailAddress();
      return fc.oneof(
        fc.string({
          minLength: schema.minLength ?? 0,
          maxLength: Math.min(schema.maxLength ?? 30, 30),
        }),
        fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      );
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(plausible(schema.items, depth + 1), { maxLength: 3 });
    case 'object':
    default: {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, prop] of Object.entries(properties))
        record[name] = plausible(prop, depth + 1);
      const optional = Object.keys(properties).filter((k) => !required.has(k));
      return fc
        .record(record, {
          requiredKeys: [...required].filter((k) => k in record),
          noNullPrototype: true,
        })
        .chain((value) =>
          fc.subarray(optional).map((keep) => {
            const out: Record<string, unknown> = {};
            for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
              if (required.has(k) || keep.includes(k)) out[k] = v;
            }
            return out;
          }),
        );
    }
  }
}

/** One request's body: raw text or bytes, or a value to send as JSON. */
export type FuzzBody = { json: unknown } | { raw: string | Buffer } | undefined;

const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

export function bodyFor(operation: Operation): fc.Arbitrary<FuzzBody> {
  if (operation.method === 'GET' || operation.method === 'DELETE') return fc.constant(undefined);
  const schema = operation.body;
  const base = plausible(schema);
  const fields = Object.keys(schema?.properties ?? {});
  const mutated = fields.length
    ? fc.tuple(base, fc.constantFrom(...fields), hostileValue).map(([value, field, bad]) => ({
        ...(value as object),
        [field]: bad,
      }))
    : hostileValue;
  const missing = fields.length
    ? fc.tuple(base, fc.constantFrom(...fields)).map(([value, field]) => {
        const copy = { ...(value as Record<string, unknown>) };
        delete copy[field];
        return copy;
      })
    : base;
  return fc.oneof(
    { weight: 2, arbitrary: base.map((json) => ({ json })) },
    { weight: 5, arbitrary: mutated.map((json) => ({ json })) },
    { weight: 1, arbitrary: missing.map((json) => ({ json })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(base, fc.string({ maxLength: 12 }), hostileValue)
        .map(([v, k, bad]) => ({ json: { ...(v as object), [`x_${k}`]: bad } })),
    },
    { weight: 2, arbitrary: hostileValue.map((json) => ({ json })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<FuzzBody>(
        { raw: deepJson(5000) },
        { raw: deepObject(5000) },
        {
          raw: Buffer.from([
            0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d,
          ]),
        },
        { raw: '{"a":1,"a":2}' },
        { raw: '{"__proto__":{"isAdmin":true}}' },
        { raw: '{"constructor":{"prototype":{"x":1}}}' },
        { raw: '' },
        { raw: 'null' },
        { raw: '"string"' },
        { raw: '1e999999' },
        { raw: '{"titleJa": "\\ud800"}' },
        { raw: '\uFEFF{}' },
      ),
    },
  );
}

const pathValue: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constantFrom(...HOSTILE_STRINGS.filter(Boolean)),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.nat().map(String),
  fc.constant('x'.repeat(500)),
);

const listParam: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .dictionary(fc.string({ maxLength: 10 }), hostileValue, { maxKeys: 3 })
    .map((v) => JSON.stringify(v)),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.tuple(fc.integer(), fc.integer()).map((v) => JSON.stringify(v)),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('ASC', 'DESC', 'asc', 'sideways'))
    .map((v) => JSON.stringify(v)),
);

export function urlFor(operation: Operation): fc.Arbitrary<string> {
  const params = fc.tuple(...operation.pathParams.map(() => pathValue));
  const query = fc.tuple(
    ...operation.queryParams.map((p) =>
      fc.option(fc.oneof(listParam, plausible(p.schema).map(String)), { nil: undefined }),
    ),
  );
  const extra = fc.option(
    fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.constantFrom(...HOSTILE_STRINGS)),
    { nil: undefined },
  );
  return fc.tuple(params, query, extra).map(([values, queryValues, extraParam]) => {
    let path = operation.path;
    operation.pathParams.forEach((name, i) => {
      path = path.replace(`{${name}}`, encodeURIComponent(values[i]));
    });
    const search = new URLSearchParams();
    operation.queryParams.forEach((p, i) => {
      if (queryValues[i] !== undefined) search.set(p.name, String(queryValues[i]));
    });
    if (extraParam) search.set(extraParam[0], extraParam[1]);
    const qs = search.toString();
    return qs ? `${path}?${qs}` : path;
  });
}
