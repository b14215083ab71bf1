import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@tracker/core';
import { Logger } from 'nestjs-pino';
import { mountQueueDashboard } from './admin/queue-dashboard';
import { AppModule } from './app.module';
import {
  BODY_LIMIT_BYTES,
  clientErrorHandler,
  configureHttpEdge,
  frameworkErrors,
} from './common/http-edge';
import { requestIdOf } from './common/request-id';
import { serveConsole } from './console/serve-console';

export const API_PREFIX = 'api/v1';

/** Builds the HTTP application; main.ts listens on it, tests listen on a random port. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    genReqId: requestIdOf,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    // Bodies are parsed by our own depth-limited JSON parser (configureHttpEdge).
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();
  configureHttpEdge(app.getHttpAdapter().getInstance());
  await mountQueueDashboard(app);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('AI Promotion Act PDCA tracker')
      .setDescription(
        "API of the tracker that runs Japan's AI Promotion Act as a Plan-Do-Check-Act cycle. " +
          'Lists follow react-admin conventions: `filter`, `sort` and `range` query parameters and a ' +
          '`Content-Range` header. Every error has the same JSON shape.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    useGlobalPrefix: false,
  });
  await serveConsole(app, config.consoleDir);
  return app;
}
