import { EntityManager } from 'typeorm';

/** Names for the ids the records views carry, so the console shows who and what, not uuids. */
export interface RecordsNames {
  user(id: string | null): string | null;
  process(id: string | null): string | null;
  candidate(id: string | null): string | null;
}

const uniq = (ids: (string | null | undefined)[]) => [
  ...new Set(ids.filter((i): i is string => typeof i === 'string')),
];

async function lookup(
  m: EntityManager,
  sql: string,
  ids: (string | null | undefined)[],
): Promise<Map<string, string>> {
  const list = uniq(ids);
  if (!list.length) return new Map();
  const rows = await m.query<{ id: string; name: string }[]>(sql, [list]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function recordsNames(
  m: EntityManager,
  ids: {
    users?: (string | null | undefined)[];
    processes?: (string | null | undefined)[];
    candidates?: (string | null | undefined)[];
  },
): Promise<RecordsNames> {
  // One after another: the queries share the caller's connection (a transaction's, often).
  const users = await lookup(
    m,
    `SELECT id, name FROM users WHERE id = ANY($1::uuid[])`,
    ids.users ?? [],
  );
  const processes = await lookup(
    m,
    `SELECT id, title AS name FROM hiring_processes WHERE id = ANY($1::uuid[])`,
    ids.processes ?? [],
  );
  const candidates = await lookup(
    m,
    `SELECT id, full_name AS name FROM candidates WHERE id = ANY($1::uuid[])`,
    ids.candidates ?? [],
  );
  const get = (map: Map<string, string>) => (id: string | null) =>
    id === null ? null : (map.get(id) ?? null);
  return { user: get(users), process: get(processes), candidate: get(candidates) };
}
