// Compiles apps/api and libs with SWC into dist/, rewriting the @tracker/* path aliases to
// relative imports. Type-checking is separate (npm run typecheck); this only emits JavaScript.
import { transformFile } from '@swc/core';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { swcOptions } = createRequire(import.meta.url)(join(root, 'swc.config.cjs'));
const SOURCES = ['apps/api/src', 'libs', 'bench', 'test/support'];
// Tests and their fixtures (the access matrices) are not part of the product.
const skip = (file) => /\.(int-spec|spec|access)\.ts$/.test(file) || file.endsWith('.d.ts');

async function* tsFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (entry.name.endsWith('.ts') && !skip(entry.name)) yield path;
  }
}

const started = Date.now();
await rm(join(root, 'dist/apps/api'), { recursive: true, force: true });
await rm(join(root, 'dist/libs'), { recursive: true, force: true });
let count = 0;
const jobs = [];
for (const source of SOURCES) {
  for await (const file of tsFiles(join(root, source))) {
    const out = join(root, 'dist', relative(root, file)).replace(/\.ts$/, '.js');
    jobs.push(
      transformFile(file, { ...swcOptions({ rewritePaths: true }), filename: file }).then(
        async ({ code, map }) => {
          await mkdir(dirname(out), { recursive: true });
          await writeFile(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
          if (map) await writeFile(`${out}.map`, map);
          count += 1;
        },
      ),
    );
  }
}
await Promise.all(jobs);
console.log(`built ${count} files in ${Date.now() - started} ms`);
