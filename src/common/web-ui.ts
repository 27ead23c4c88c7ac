import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response, static as serveStatic } from 'express';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { AppConfig } from '../config/app-config';

/** The folder holding package.json: two levels above src/common, three above dist/src/common. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..', '..');
  }
}
const PROJECT_ROOT = projectRoot(__dirname);

/** Paths the UI never answers: the API, its documentation and the health checks keep JSON 404s. */
const SERVER_PATHS = /^\/(api|docs|health)(\/|$|-)/;

export function webDistDir(config: AppConfig): string {
  return isAbsolute(config.WEB_DIST_DIR)
    ? config.WEB_DIST_DIR
    : join(PROJECT_ROOT, config.WEB_DIST_DIR);
}

/**
 * Serves the built web application (WEB_DIST_DIR) at `/`, and its index.html for any other
 * GET that asks for HTML, so the app's own routes load on refresh. express.static rather than
 * @nestjs/serve-static: it is already here with Express, needs no new dependency, and runs as
 * plain middleware whose exclusions are this one regular expression, not route patterns.
 * Without a build the API still starts; the UI is simply absent.
 */
export function serveWebUi(app: NestExpressApplication, config: AppConfig): void {
  const logger = new Logger('WebUi');
  const dir = webDistDir(config);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`No web UI build at ${dir} (index.html missing): serving the API only`);
    return;
  }
  const files = serveStatic(dir, {
    index: 'index.html',
    fallthrough: true,
    setHeaders: (res, path) => {
      // Built assets carry a content hash in their name; index.html must always be fresh.
      res.setHeader(
        'Cache-Control',
        path.includes(`${join(dir, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (SERVER_PATHS.test(req.path)) return next();
    files(req, res, () => {
      const page = req.method === 'GET' || req.method === 'HEAD';
      if (!page || !req.headers.accept?.includes('text/html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
  logger.log(`Serving the web UI from ${dir}`);
}
