import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The console: built into dist/console, which the API serves at `/` in production. In
 * development `vite` serves it and passes `/api` on to the API (`npm start` or `npm run
 * start:api`, port 3000 unless API_URL says otherwise).
 */
export default defineConfig({
  root: here('.'),
  publicDir: here('public'),
  resolve: {
    // The console shares enums, statuses, roles and permissions with the API, never copies them.
    alias: { '@tracker/contracts': here('../../libs/contracts/src/index.ts') },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: here('../../dist/console'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // MUI marks its modules 'use client' for React Server Components; a SPA has none.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000' } },
  },
});
