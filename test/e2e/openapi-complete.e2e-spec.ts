import { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '../../src/app.setup';
import { ACCESS_TABLE } from '../../src/auth/access-table';
import { startTestApp, TestApp } from '../support/test-app';

type Json = Record<string, unknown>;
const ERROR_REF = '#/components/schemas/ErrorResponseDto';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Operation {
  key: string;
  op: Json;
}

/** "GET /api/users/:id" for the document's "/api/users/{id}" and "get". */
function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
}

function operations(doc: OpenAPIObject): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (op) out.push({ key: routeKey(method, path), op });
    }
  }
  return out;
}

function responses(op: Json): Record<string, Json> {
  return (op.responses ?? {}) as Record<string, Json>;
}

function hasSchemaOrType(res: Json): boolean {
  const content = res.content as Record<string, { schema?: Json }> | undefined;
  if (!content) return false;
  return Object.values(content).some((c) => c.schema && Object.keys(c.schema).length > 0);
}

/** Every schema a property, item or $ref can hold has a type, a $ref or a composition. */
function untypedProperties(name: string, schema: Json, at = name): string[] {
  const problems: string[] = [];
  const typed = (s: Json) =>
    s.type !== undefined ||
    s.$ref !== undefined ||
    s.allOf !== undefined ||
    s.oneOf !== undefined ||
    s.anyOf !== undefined ||
    s.enum !== undefined;
  if (!typed(schema)) problems.push(at);
  if (schema.type === 'array') {
    if (!schema.items) problems.push(`${at}[] has no items`);
    else problems.push(...untypedProperties(name, schema.items as Json, `${at}[]`));
  }
  for (const [prop, sub] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    problems.push(...untypedProperties(name, sub, `${at}.${prop}`));
  }
  return problems;
}

describe('the OpenAPI document the web client is generated from', () => {
  let t: TestApp;
  let doc: OpenAPIObject;
  let ops: Operation[];

  beforeAll(async () => {
    t = await startTestApp();
    doc = buildOpenApiDocument(t.app);
    ops = operations(doc);
  });
  afterAll(() => t.close());

  it('documents every route of the access table, and only those', () => {
    const documented = ops.map((o) => o.key).sort();
    expect(documented).toEqual(Object.keys(ACCESS_TABLE).sort());
  });

  it('gives every operation a summary', () => {
    const missing = ops.filter((o) => !(o.op.summary as string | undefined)?.trim());
    expect(missing.map((o) => o.key)).toEqual([]);
  });

  it('gives every operation a 2xx response with its schema or content type (204: no body)', () => {
    // A browser redirect (single sign-on's start and callback) documents its 302 and Location.
    const redirects = (op: Json) =>
      Object.entries(responses(op)).some(
        ([status, res]) => status === '302' && (res.headers as Json | undefined)?.Location,
      );
    const missing = ops.filter(({ op }) => {
      const ok = Object.entries(responses(op)).filter(([s]) => /^2\d\d$/.test(s));
      return (
        !ok.some(([status, res]) => status === '204' || hasSchemaOrType(res)) && !redirects(op)
      );
    });
    expect(missing.map((o) => o.key)).toEqual([]);
  });

  it('documents every error response with the one error schema', () => {
    const wrong: string[] = [];
    for (const { key, op } of ops) {
      for (const [status, res] of Object.entries(responses(op))) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const content = res.content as Record<string, { schema?: Json }> | undefined;
        if (content?.['application/json']?.schema?.$ref !== ERROR_REF) {
          wrong.push(`${key} ${status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents 401, 403 and the bearer token on every non-public route, no token on public ones', () => {
    const wrong: string[] = [];
    for (const { key, op } of ops) {
      const res = responses(op);
      if (ACCESS_TABLE[key] === 'PUBLIC') {
        if (res['403']) wrong.push(`${key} documents 403`);
        if ((op.security as unknown[] | undefined)?.length) wrong.push(`${key} asks for a token`);
      } else {
        if (!res['401']) wrong.push(`${key} lacks 401`);
        if (!res['403']) wrong.push(`${key} lacks 403`);
        if (!(op.security as unknown[] | undefined)?.length) wrong.push(`${key} lacks security`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('types every id path parameter as a UUID, and documents 400 and 404 where there is one', () => {
    const wrong: string[] = [];
    for (const { key, op } of ops) {
      const params = (op.parameters ?? []) as { name: string; in: string; schema?: Json }[];
      const ids = params.filter((p) => p.in === 'path' && /id$/i.test(p.name));
      for (const p of ids) {
        if (p.schema?.format !== 'uuid') wrong.push(`${key} :${p.name} is not format uuid`);
      }
      if (ids.length && !responses(op)['400']) wrong.push(`${key} lacks 400`);
      if (ids.length && !responses(op)['404']) wrong.push(`${key} lacks 404`);
    }
    expect(wrong).toEqual([]);
  });

  it('documents 400 on every operation that takes a body or a query', () => {
    const wrong = ops.filter(({ op }) => {
      const params = (op.parameters ?? []) as { in: string }[];
      const input = op.requestBody !== undefined || params.some((p) => p.in === 'query');
      return input && !responses(op)['400'];
    });
    expect(wrong.map((o) => o.key)).toEqual([]);
  });

  it('names the non-JSON bodies with their content types', () => {
    const uniformity = doc.paths['/api/processes/{id}/uniformity'].get!;
    const download = doc.paths['/api/exports/{id}/download'].get!;
    const upload = doc.paths['/api/findings/{id}/evidence'].post!;
    const content = (r: unknown) => (r as { content: Record<string, { schema: Json }> }).content;
    expect(content(uniformity.responses['200'])['text/csv'].schema).toMatchObject({
      type: 'string',
    });
    expect(content(uniformity.responses['200'])['application/json'].schema.$ref).toBe(
      '#/components/schemas/UniformityReport',
    );
    expect(content(download.responses['200'])['application/zip'].schema).toEqual({
      type: 'string',
      format: 'binary',
    });
    const form = content(upload.requestBody)['multipart/form-data'].schema;
    expect(form).toMatchObject({
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    });
    expect(upload.responses['413']).toBeDefined();
    expect(upload.responses['415']).toBeDefined();
    expect(doc.paths['/api/auth/login'].post!.responses['429']).toBeDefined();
  });

  it('keeps schemas of the same class name apart (the uniformity release is not the report release)', () => {
    const schemas = doc.components!.schemas as Record<string, Json>;
    const row = schemas.UniformityCandidateRow.properties as Record<string, Json>;
    const ref = String(row.release.$ref ?? (row.release.allOf as Json[] | undefined)?.[0]?.$ref);
    const release = schemas[ref.split('/').pop()!].properties as Record<string, Json>;
    expect(release.status.enum).toEqual(['NOT_RELEASED', 'RELEASED']);
    const report = schemas.ReleaseStatusView.properties as Record<string, Json>;
    expect(report.status.enum).toEqual(['PENDING', 'DONE', 'FAILED']);
  });

  it('keeps inline object properties required where the route always returns them', () => {
    const schemas = doc.components!.schemas as Record<string, Json>;
    expect(schemas.VettingSummaryView.required).toContain('candidate');
    expect(schemas.ItemView.required).toContain('result');
    expect(schemas.PanelReportDto.required).toEqual(
      expect.arrayContaining(['candidate', 'process', 'checklist']),
    );
    expect(schemas.RetentionPreview.required).toContain('retention');
  });

  it('describes every schema it references, with a type on every property', () => {
    const schemas = (doc.components?.schemas ?? {}) as Record<string, Json>;
    const text = JSON.stringify(doc.paths) + JSON.stringify(schemas);
    const refs = new Set([...text.matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]));
    expect([...refs].filter((r) => !schemas[r])).toEqual([]);
    const empty = Object.entries(schemas).filter(
      ([, s]) => s.type === 'object' && !Object.keys((s.properties ?? {}) as Json).length,
    );
    expect(empty.map(([n]) => n)).toEqual([]);
    expect(Object.entries(schemas).flatMap(([n, s]) => untypedProperties(n, s))).toEqual([]);
  });

  it('documents every request body property that the validation pipe accepts', () => {
    // Under ts-jest the swagger CLI plugin does not run: only explicit @ApiProperty shows.
    const login = (doc.components!.schemas!.LoginDto as Json).properties as Json;
    expect(Object.keys(login).sort()).toEqual(['code', 'email', 'password', 'recoveryCode']);
    const candidate = (doc.components!.schemas!.CreateCandidateDto as Json).properties as Json;
    expect(Object.keys(candidate)).toEqual(
      expect.arrayContaining(['fullName', 'consentRecordedAt', 'providedHandles']),
    );
  });
});
