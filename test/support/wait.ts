/** Polls until `check` returns a truthy value (or throws after `ms`). */
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false>,
  ms = 15000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
