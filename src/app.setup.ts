import {
  BadRequestException,
  INestApplication,
  RequestMethod,
  ValidationPipe,
} from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, NextFunction, Request, Response, text } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { SESSION_COOKIE } from './auth/sessions.service';
import { errorBody } from './common/http-exception.filter';
import { assignRequestId } from './common/logger';
import { requestContext } from './common/request-context';
import { validationMessages } from './common/validation-messages';
import { serveWebUi } from './common/web-ui';
import { AppConfig } from './config/app-config';

/** Everything about the HTTP surface that the real server and the tests must share. */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.use(assignRequestId);
  app.use(helmet());
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
  app.use((req: Request, _res: Response, next: NextFunction) => {
    requestContext.run({ requestId: req.id as string, clientIp: req.ip }, next);
  });
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

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('cybervet')
      .setDescription('Lawful, uniform and fair internet vetting of police job candidates')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
