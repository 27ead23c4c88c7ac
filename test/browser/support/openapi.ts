import { INestApplication, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiResponse, DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator';
import type * as SwaggerPlugin from '@nestjs/swagger/dist/plugin';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

// The package exports the plugin as '@nestjs/swagger/plugin' (types under dist/).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ReadonlyVisitor } = require('@nestjs/swagger/plugin') as typeof SwaggerPlugin;

const ROOT = resolve(__dirname, '../../..');
/** The committed, generated client types the web app is written against. */
export const SCHEMA_FILE = join(ROOT, 'web/src/lib/api/schema.d.ts');
/** Written on every run (gitignored, outside the linted folders), then removed. */
const METADATA_DIR = join(ROOT, `web/.cache/swagger-metadata-${process.pid}`);

/**
 * The Swagger CLI plugin (nest-cli.json) fills in DTO properties and response types at
 * `nest build`; ts-jest does not run it. So the same plugin's read-only visitor writes its
 * metadata for src/ (gitignored), and loading it gives the document the built server serves.
 */
async function loadSwaggerPluginMetadata(): Promise<void> {
  mkdirSync(METADATA_DIR, { recursive: true });
  new PluginMetadataGenerator().generate({
    visitors: [
      new ReadonlyVisitor({
        introspectComments: true,
        classValidatorShim: true,
        pathToSource: METADATA_DIR,
      }),
    ],
    outputDir: METADATA_DIR,
    filename: 'swagger-metadata.ts',
    watch: false,
    // Nest joins this to the working directory.
    tsconfigPath: relative(process.cwd(), join(ROOT, 'tsconfig.build.json')),
    printDiagnostics: false,
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generated = require(join(METADATA_DIR, 'swagger-metadata.ts')) as {
    default: () => Promise<PluginMetadata>;
  };
  try {
    await SwaggerModule.loadPluginMetadata(generated.default);
    await applyResponseTypes(await generated.default());
  } finally {
    rmSync(METADATA_DIR, { recursive: true, force: true });
  }
}

type MethodMetadata = Record<string, unknown> & { status?: number };
interface PluginMetadata {
  '@nestjs/swagger': {
    controllers: [
      Promise<Record<string, { prototype: object }>>,
      Record<string, Record<string, MethodMetadata>>,
    ][];
  };
}

/**
 * At `nest build` the plugin adds `@ApiResponse({status, type})` to each route from its return
 * type. The read-only loader skips a route that already declares any response (the error
 * responses), so do what the compiled decorator does.
 */
async function applyResponseTypes(metadata: PluginMetadata): Promise<void> {
  for (const [file, classes] of metadata['@nestjs/swagger'].controllers) {
    const exports = await file;
    for (const [className, methods] of Object.entries(classes)) {
      const proto = exports[className].prototype as Record<string, object>;
      for (const [method, meta] of Object.entries(methods)) {
        const response = Object.fromEntries(
          Object.entries(meta).filter(([k]) => !['summary', 'deprecated', 'tags'].includes(k)),
        ) as MethodMetadata;
        if (Object.keys(response).length === 0) continue;
        const handler = proto[method];
        const status =
          response.status ??
          (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
          (Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? 201 : 200);
        ApiResponse({ ...response, status }, { overrideExisting: true })(
          proto,
          method,
          Object.getOwnPropertyDescriptor(proto, method)!,
        );
      }
    }
  }
}

/** The booted app's OpenAPI document, built from the app itself (not fetched over HTTP). */
export async function openApiDocument(app: INestApplication): Promise<OpenAPIObject> {
  await loadSwaggerPluginMetadata();
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('cybervet').setVersion('1').addBearerAuth().build(),
  );
}

/** TypeScript for the document, exactly as `npm run generate:api` writes it (openapi-typescript). */
export function schemaSource(document: OpenAPIObject): string {
  const dir = mkdtempSync(join(tmpdir(), 'cybervet-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    return execFileSync(process.execPath, [join(ROOT, 'web/scripts/openapi-to-ts.mjs'), file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
