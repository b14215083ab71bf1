import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ACT_PRINCIPLES,
  CLEARANCES,
  ENTITY_TYPES,
  MINISTRY_CODES,
  PERMISSIONS,
  PLAN_VERSION_MOVE_PERMISSIONS,
  PLAN_VERSION_STATUSES,
  ROLES,
} from '@tracker/contracts';
import englishMessages from 'ra-language-english';
import { EXPLAINED_ERROR_CODES } from '../core/api-errors';
import { en } from './en';
import { CATALOGUES, LOCALES } from './i18n-provider';
import { ja } from './ja';
import { raJapanese } from './ra-japanese';

type Tree = { [key: string]: string | Tree };

const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

/**
 * Polyglot joins nested keys with dots, and some keys hold dots themselves (permissions such as
 * `plan.read`), so look keys up in the flattened catalogue: a message, or a group of them.
 */
function flat(tree: Tree) {
  const messages = new Map<string, string>();
  const walk = (node: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') messages.set(`${prefix}${key}`, value);
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(tree, '');
  const groups = new Set<string>();
  for (const key of messages.keys()) {
    const parts = key.split('.');
    for (let i = 1; i < parts.length; i++) groups.add(parts.slice(0, i).join('.'));
  }
  return {
    message: (key: string) => messages.get(key),
    has: (key: string) => messages.has(key) || groups.has(key),
  };
}
const FLAT = Object.fromEntries(
  LOCALES.map((locale) => [locale, flat(CATALOGUES[locale] as Tree)]),
);

const SRC = join(__dirname, '..');
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('translations', () => {
  it('has the same keys in Japanese and English, none of them empty', () => {
    const jaKeys = keysOf(ja as unknown as Tree);
    expect(keysOf(en as unknown as Tree)).toEqual(jaKeys);
    for (const locale of LOCALES) {
      const empty = jaKeys.filter((key) => !FLAT[locale].message(key)?.trim());
      expect(`${locale}: ${empty.join(', ')}`).toBe(`${locale}: `);
    }
  });

  it("covers every message of react-admin's own English catalogue in Japanese", () => {
    const japanese = flat(raJapanese as unknown as Tree);
    const missing = keysOf(englishMessages as unknown as Tree).filter(
      (key) => japanese.message(key) === undefined,
    );
    expect(missing).toEqual([]);
  });

  it('names every status, role, permission and enumeration of @tracker/contracts in both languages', () => {
    const expected = [
      ...PLAN_VERSION_STATUSES.map((v) => `tracker.status.plan_version.${v}`),
      ...Object.keys(PLAN_VERSION_MOVE_PERMISSIONS).map(
        (v) => `tracker.move.plan_version.${v}.label`,
      ),
      ...ROLES.map((v) => `tracker.role.${v}`),
      ...PERMISSIONS.map((v) => `tracker.permission.${v}`),
      ...ACT_PRINCIPLES.map((v) => `tracker.principle.${v}`),
      ...CLEARANCES.map((v) => `tracker.clearance.${v}`),
      ...MINISTRY_CODES.map((v) => `tracker.ministry.${v}`),
      ...ENTITY_TYPES.map((v) => `tracker.entity.${v}`),
      ...EXPLAINED_ERROR_CODES.map((v) => `tracker.errors.${v}`),
    ];
    for (const locale of LOCALES) {
      const missing = expected.filter((key) => FLAT[locale].message(key) === undefined);
      expect(`${locale}: ${missing.join(', ')}`).toBe(`${locale}: `);
    }
  });

  it('has every key the console source names, in both languages', () => {
    const missing: string[] = [];
    for (const file of sourceFiles()) {
      const text = readFileSync(file, 'utf8');
      for (const [, key] of text.matchAll(/['"`]((?:tracker|resources|ra)\.[\w.-]+?)\.?['"`$]/g)) {
        for (const locale of LOCALES) {
          // A key followed by ${...} is a prefix: it must name a group of messages.
          if (!FLAT[locale].has(key)) {
            missing.push(`${relative(SRC, file)}: ${locale} ${key}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('labels every field a resource folder shows or edits, in both languages', () => {
    const missing: string[] = [];
    const resources = Object.keys(ja.resources);
    for (const file of sourceFiles()) {
      const folder = relative(SRC, file).split('/')[0];
      if (!resources.includes(folder)) continue;
      const text = readFileSync(file, 'utf8');
      // Fields of the folder's resource, or of a resource the file references.
      const candidates = [
        folder,
        ...[...text.matchAll(/(?:reference|resource)="([\w-]+)"/g)].map(([, name]) => name),
      ];
      for (const [, source] of text.matchAll(/\bsource="(\w+)"/g)) {
        for (const locale of LOCALES) {
          const labelled = candidates.some(
            (resource) =>
              FLAT[locale].message(`resources.${resource}.fields.${source}`) !== undefined,
          );
          if (!labelled) missing.push(`${relative(SRC, file)}: ${locale} ${source}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
