import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Page } from '@tracker/database';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';

/** Turns a Page into its items plus the Content-Range header react-admin's provider reads. */
@Injectable()
export class PageInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: unknown) => {
        if (!(result instanceof Page)) return result;
        const reply = context.switchToHttp().getResponse<FastifyReply>();
        const range = result.items.length
          ? `${result.start}-${result.start + result.items.length - 1}`
          : '*';
        void reply.header('Content-Range', `${result.resource} ${range}/${result.total}`);
        void reply.header('X-Total-Count', String(result.total));
        void reply.header('X-Total-Estimated', String(result.totalIsEstimate));
        void reply.header(
          'Access-Control-Expose-Headers',
          'Content-Range, X-Total-Count, X-Total-Estimated',
        );
        return result.items;
      }),
    );
  }
}
