import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';

/**
 * The console's own page may load only what the build emitted; MUI's emotion writes <style>
 * elements at run time, hence 'unsafe-inline' for styles (and only for styles).
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const API_PATH = /^\/api(\/|$)/;
/** A missing file (an asset of another build) is a 404, not the page: console routes have no extension. */
const FILE_PATH = /\.[A-Za-z0-9]+$/;

function pageHeaders(reply: FastifyReply) {
  void reply.header('cache-control', 'no-cache');
  void reply.header('content-security-policy', CONSOLE_CSP);
  void reply.header('x-content-type-options', 'nosniff');
  void reply.header('referrer-policy', 'same-origin');
}

/**
 * Serves the built console at `/` so the product is one address. Files the build emitted get
 * their own routes (hashed assets are cached for a year); any other GET outside `/api` is a
 * console route and answers index.html (the SPA fallback). Paths under `/api` are never
 * shadowed (an unknown one still reaches the API's JSON 404), and neither are missing files.
 */
export async function serveConsole(app: NestFastifyApplication, dir: string | null) {
  const root = dir ? resolve(dir) : null;
  if (!root || !existsSync(join(root, 'index.html'))) return false;
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    cacheControl: false,
    dotfiles: 'ignore',
    setHeaders: (reply, path) => {
      if (path.endsWith('.html')) pageHeaders(reply);
      else if (path.includes('/assets/')) {
        void reply.header('cache-control', 'public, max-age=31536000, immutable');
      } else void reply.header('cache-control', 'public, max-age=3600');
    },
  });
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?', 1)[0];
    if (API_PATH.test(path) || FILE_PATH.test(path)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
  return true;
}
