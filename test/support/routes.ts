import { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_METADATA, AccessRule } from '../../src/auth/access.decorators';

/** Routes as Express actually registered them, "METHOD /path", without the Swagger UI's own. */
export function registeredRoutes(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const routes = new Set<string>();
  for (const layer of express.router.stack) {
    // Middleware bound with forRoutes('*') shows up as a route for every HTTP verb: skip it.
    if (!layer.route || Object.keys(layer.route.methods).length > 2) continue;
    for (const method of Object.keys(layer.route.methods)) {
      if (method === '_all') continue;
      routes.add(`${method.toUpperCase()} ${layer.route.path}`);
    }
  }
  return [...routes].filter((r) => !/ \/docs/.test(r)).sort();
}

/** Each Nest handler's route key and its @Public/@Roles declaration. */
export function declaredAccess(app: INestApplication): Map<string, AccessRule | undefined> {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const out = new Map<string, AccessRule | undefined>();
  const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = instance[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = methods[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const prefix = base.startsWith('health') ? '' : '/api';
      const full = `${prefix}/${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, '');
      out.set(
        `${method} ${full}`,
        reflector.getAllAndOverride<AccessRule>(ACCESS_METADATA, [
          handler as () => void,
          wrapper.metatype,
        ]),
      );
    }
  }
  return out;
}
