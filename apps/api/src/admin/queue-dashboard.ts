import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuthService } from '@tracker/auth';
import type { ApiErrorBody } from '@tracker/contracts';
import { JobQueues } from '@tracker/queue';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where bull-board is served (outside /api/v1: it is a web page, not part of the API). */
export const DASHBOARD_PATH = '/api/admin/queues';
export const DASHBOARD_COOKIE = 'tracker_queues';

function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === DASHBOARD_COOKIE) return value.join('=');
  }
  return null;
}

function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: 401 | 403,
  message: string,
) {
  const body: ApiErrorBody = {
    statusCode,
    error: statusCode === 401 ? 'Unauthorized' : 'Forbidden',
    code: statusCode === 401 ? 'unauthorized' : 'missing_permission',
    message,
    requestId: request.id,
  };
  return reply.code(statusCode).send(body);
}

/**
 * Mounts the bull-board dashboard for administrators. It is a plain Fastify plugin, which the
 * API's AccessGuard (Nest routes only) never sees, so its own hook checks every request —
 * pages, assets and its JSON API alike: a valid access token (bearer header, or the cookie set
 * by POST /api/v1/admin/queues/session) of a user with `jobs.manage`.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const auth = app.get(AuthService);
  const board = new FastifyAdapter();
  board.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: app
      .get(JobQueues)
      .all()
      .map((queue) => new BullMQAdapter(queue)),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'PDCA tracker jobs' } },
  });
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = tokenOf(request);
      if (!token) return refuse(request, reply, 401, 'Sign in as an administrator first');
      const actor = await auth
        .authenticate(token, request.id)
        .then((result) => result.actor)
        .catch(() => null);
      if (!actor) return refuse(request, reply, 401, 'The access token is invalid or expired');
      if (!actor.permissions.includes('jobs.manage')) {
        return refuse(request, reply, 403, 'Requires permission: jobs.manage');
      }
    });
    await scope.register(board.registerPlugin(), { prefix: DASHBOARD_PATH });
  });
}
