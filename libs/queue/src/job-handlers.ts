import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JOB_HANDLER, type JobHandlerFn } from './job-handler.decorator';
import { JOB_NAMES, isJobName, type JobName } from './job.registry';

export interface FoundHandler {
  name: string;
  /** `Class.method`, for the error message. */
  where: string;
}

/**
 * What is wrong with a set of handlers against the registry: a job with no handler, a job with
 * two, a handler for a job that is not registered. Empty when every job has exactly one.
 */
export function jobHandlerProblems(
  registered: readonly string[],
  found: readonly FoundHandler[],
): string[] {
  const problems: string[] = [];
  for (const name of registered) {
    const handlers = found
      .filter((h) => h.name === name)
      .sort((a, b) => a.where.localeCompare(b.where));
    if (!handlers.length) problems.push(`job ${name} has no handler`);
    if (handlers.length > 1) {
      problems.push(
        `job ${name} has ${handlers.length} handlers: ${handlers.map((h) => h.where).join(', ')}`,
      );
    }
  }
  for (const handler of found) {
    if (!registered.includes(handler.name)) {
      problems.push(`${handler.where} handles ${handler.name}, which is not in the job registry`);
    }
  }
  return problems;
}

export class JobRegistryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The job registry does not match the handlers: ${problems.join('; ')}`);
  }
}

/** Finds every `@JobHandler` method among the providers and checks them against the registry. */
@Injectable()
export class JobHandlers {
  private handlers?: Map<JobName, JobHandlerFn>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  /** The handler of each job; throws JobRegistryError unless each job has exactly one. */
  resolve(): Map<JobName, JobHandlerFn> {
    if (this.handlers) return this.handlers;
    const found: (FoundHandler & { fn: JobHandlerFn })[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = this.reflector.get<string | undefined>(JOB_HANDLER, prototype[method]);
        if (!name) continue;
        const fn = (prototype[method] as JobHandlerFn).bind(instance);
        found.push({ name, where: `${instance.constructor.name}.${method}`, fn });
      }
    }
    const problems = jobHandlerProblems(JOB_NAMES, found);
    if (problems.length) throw new JobRegistryError(problems);
    this.handlers = new Map(
      found.filter((h) => isJobName(h.name)).map((h) => [h.name as JobName, h.fn]),
    );
    return this.handlers;
  }
}
