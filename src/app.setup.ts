import {
  BadRequestException,
  INestApplication,
  RequestMethod,
  ValidationPipe,
} from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { json, NextFunction, Request, Response, text } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AuditService } from './audit/audit.service';
import { Authenticator } from './auth/authenticator.service';
import { docsAccess } from './auth/docs-access';
import { SESSION_COOKIE } from './auth/sessions.service';
import { parseClientIp } from './common/client-ip';
import { errorBody } from './common/http-exception.filter';
import { refuseUnsafeJson } from './common/json-depth';
import { assignRequestId } from './common/logger';
import { requestContext } from './common/request-context';
import { validationMessages } from './common/validation-messages';
import { serveWebUi } from './common/web-ui';
import { AppConfig } from './config/app-config';

/** The OpenAPI document of the app's routes (served at /docs-json; the web client is generated from it). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('cybervet')
      .setDescription('Lawful, uniform and fair internet vetting of police job candidates')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
}

/** Everything about the HTTP surface that the real server and the tests must share. */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  // X-Forwarded-For counts only from the proxies TRUST_PROXY names (default: none).
  app.set('trust proxy', config.trustProxy);
  app.use(assignRequestId);
  // A worker process serves only its health checks (for the orchestrator); the API is the api's.
  if (!config.servesApi) {
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.path.startsWith('/health/')) return next();
      res
        .status(404)
        .json(errorBody(404, 'Not Found', 'This is a worker process: it serves only /health', req));
    });
  }
  // Helmet's defaults, less `upgrade-insecure-requests`: served over plain HTTP on a LAN address
  // (docker compose on :3000), it would make the browser fetch every script over https and fail.
  // TLS belongs to the proxy in front; HSTS is still sent.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  // Body parsing here (Nest's own is off) so a malformed or oversized body gets our error shape.
  app.use(json({ limit: config.BODY_LIMIT }));
  // The candidate import also takes a CSV body.
  app.use(text({ type: 'text/csv', limit: config.BODY_LIMIT }));
  app.use(
    (
      err: { type?: string; status?: number; message?: string },
      req: Request,
      res: Response,
      next: NextFunction,
    ) => {
      if (err.type === 'entity.too.large') {
        res
          .status(413)
          .json(
            errorBody(
              413,
              'Payload Too Large',
              `Request body exceeds the ${config.BODY_LIMIT} limit`,
              req,
            ),
          );
      } else if (err.type === 'entity.parse.failed') {
        res.status(400).json(errorBody(400, 'Bad Request', 'Malformed JSON in request body', req));
      } else if (err.status && err.status >= 400 && err.status < 500) {
        res
          .status(err.status)
          .json(errorBody(err.status, 'Bad Request', err.message ?? 'Bad request', req));
      } else {
        next(err);
      }
    },
  );
  // Before any guard or pipe: class-validator would overflow the stack on deeply nested JSON.
  app.use(refuseUnsafeJson);
  app.use((req: Request, _res: Response, next: NextFunction) => {
    // Only a parsed IP address reaches the audit log; anything else is stored as null.
    const clientIp = parseClientIp(req.ip) ?? undefined;
    requestContext.run({ requestId: req.id as string, clientIp }, next);
  });
  if (!config.docsPublic) app.use(docsAccess(app.get(Authenticator), app.get(AuditService)));
  serveWebUi(app, config);
  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new BadRequestException(validationMessages(errors).join('; ')),
    }),
  );
  app.enableShutdownHooks();

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
