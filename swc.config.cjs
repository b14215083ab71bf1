// One SWC configuration for the build and for jest, with the path aliases read from
// tsconfig.base.json so that they are declared in exactly one place.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

function swcOptions({ rewritePaths, tsx = false }) {
  return {
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        ...(tsx ? { react: { runtime: 'automatic' } } : {}),
      },
      target: 'es2022',
      keepClassNames: true,
      ...(rewritePaths ? { baseUrl: path.resolve(__dirname), paths: compilerOptions.paths } : {}),
    },
    module: { type: 'commonjs' },
  };
}

function jestModuleNameMapper() {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
    const key = '^' + alias.replace('/*', '/(.*)') + '$';
    mapper[key] = '<rootDir>/' + target.replace('/*', '/$1');
  }
  return mapper;
}

module.exports = { swcOptions, jestModuleNameMapper };
