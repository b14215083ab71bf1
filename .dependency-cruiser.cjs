/**
 * Architecture rules, checked on every `npm run check`. They keep the layering the code relies
 * on: libraries never reach into apps, the PDCA status modules stay pure rules, and the shared
 * contracts stay importable by the browser console.
 */
module.exports = {
  forbidden: [
    {
      name: 'libs-not-to-apps',
      comment:
        'Libraries are shared by the API, the worker and the console; they never import an app.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'status-modules-are-pure',
      comment:
        'A <record>.status.ts holds the transition table and rules only: no Nest, TypeORM, HTTP or database.',
      severity: 'error',
      from: { path: '\\.status\\.ts$' },
      to: {
        path: '(node_modules/(@nestjs|typeorm|fastify|pg|class-validator|bullmq|ioredis))|libs/(database|audit|auth)/',
      },
    },
    {
      name: 'contracts-are-leaves',
      comment:
        'Contracts are plain data and types shared with the console: they import nothing of ours or of Node.',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: { path: '^(libs/(?!contracts/)|apps/|node_modules/)' },
    },
    {
      name: 'core-without-frameworks',
      comment:
        'libs/core (errors, state machines, actor, config) stays free of Nest, TypeORM and HTTP.',
      severity: 'error',
      from: { path: '^libs/core/' },
      to: { path: 'node_modules/(@nestjs|typeorm|fastify|pg)' },
    },
    {
      name: 'apps-are-independent',
      comment: 'The API, the worker and the console do not import each other; they share libs.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'job-registry-is-data',
      comment:
        'The job registry names queues, jobs and payload types; the unit of work imports it, so it stays free of BullMQ and Nest.',
      severity: 'error',
      from: { path: '^libs/queue/src/job\\.registry\\.ts$' },
      to: { path: '^(?!libs/contracts/)' },
    },
    {
      name: 'audit-knows-only-the-job-registry',
      comment:
        'Writers emit outbox events by job name; the queues themselves are the worker’s business.',
      severity: 'error',
      from: { path: '^libs/audit/' },
      to: { path: '^(libs/queue/src/(?!job\\.registry\\.ts$)|node_modules/(bullmq|ioredis))' },
    },
    {
      name: 'console-imports-only-contracts',
      comment:
        'The console is browser code: of our libraries it may import only @tracker/contracts (enums, statuses, roles, permissions); everything else it gets from the API.',
      severity: 'error',
      from: { path: '^apps/console/' },
      to: { path: '^libs/(?!contracts/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.spec\\.ts$|\\.int-spec\\.ts$|\\.browser-spec\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
