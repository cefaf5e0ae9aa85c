import { accessSync, constants } from 'node:fs';
import { connect } from 'node:net';
import pg from 'pg';

/** Where tests find PostgreSQL: `$CIVWATCH_TEST_PG`, else the local trust-auth database `test`. */
export function testPostgresUrl(): string {
  return process.env.CIVWATCH_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
}

/** Where tests find Redis: `$CIVWATCH_TEST_REDIS`, else the local default port. */
export function testRedisUrl(): string {
  return process.env.CIVWATCH_TEST_REDIS ?? 'redis://127.0.0.1:6379';
}

type Skippable = { skip(message?: string): void };

/** Skips (or, under CI=true, fails) because a service is unreachable. */
function missing(t: Skippable, service: string, url: string, why: string): null {
  const where = `${service} at ${redact(url)}`;
  if (process.env.CI === 'true') throw new Error(`${where} is unreachable (${why}), and CI=true: the service must run`);
  t.skip(`${where} unreachable (${why}): skipped`);
  return null;
}

/** The URL with any password replaced, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/** Resolves to null when PostgreSQL answers `select 1`, else to the reason it did not. */
export async function probePostgres(url: string, timeoutMs = 2000): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Resolves to null when Redis answers PING (after AUTH when the URL has a password), else to the reason. */
export function probeRedis(url: string, timeoutMs = 2000): Promise<string | null> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return Promise.resolve(`not a URL: ${url}`);
  }
  const auth = u.password ? `AUTH ${u.username ? decodeURIComponent(u.username) + ' ' : ''}${decodeURIComponent(u.password)}\r\n` : '';
  return new Promise((resolve) => {
    const socket = connect({ host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) });
    let reply = '';
    const done = (why: string | null): void => {
      socket.destroy();
      resolve(why);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer within ${timeoutMs} ms`));
    socket.on('error', (err) => done(err.message));
    socket.on('connect', () => socket.write(`${auth}PING\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('+PONG')) done(null);
      else if (reply.startsWith('-')) done(reply.trim());
    });
  });
}

/**
 * For tests that need PostgreSQL: resolves to a connection URL (`$CIVWATCH_TEST_PG` or
 * `postgres://postgres@127.0.0.1:5432/test`), or skips the test with a visible message when the
 * server does not answer — except under CI (`CI=true`), where that is a failure.
 *
 * @example
 * test('pg', async (t) => { const url = await needPostgres(t); if (!url) return; … });
 */
export async function needPostgres(t: Skippable): Promise<string | null> {
  const url = testPostgresUrl();
  const why = await probePostgres(url);
  return why === null ? url : missing(t, 'PostgreSQL', url, why);
}

/**
 * For tests that need Redis: resolves to a connection URL (`$CIVWATCH_TEST_REDIS` or
 * `redis://127.0.0.1:6379`), or skips visibly when it does not answer PING — except under
 * `CI=true`, where that is a failure.
 *
 * @example
 * test('queue', async (t) => { const url = await needRedis(t); if (!url) return; … });
 */
export async function needRedis(t: Skippable): Promise<string | null> {
  const url = testRedisUrl();
  const why = await probeRedis(url);
  return why === null ? url : missing(t, 'Redis', url, why);
}

/** Where tests find Chromium: `$CIVWATCH_CHROMIUM`, else Debian's `/usr/bin/chromium`. */
export function testChromiumPath(): string {
  return process.env.CIVWATCH_CHROMIUM ?? '/usr/bin/chromium';
}

/** Launch arguments for headless Chromium in tests and benchmarks (no network side traffic). */
export const CHROMIUM_ARGS: readonly string[] = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * For browser tests: the Chromium executable (`$CIVWATCH_CHROMIUM` or `/usr/bin/chromium`), or
 * a visible skip when it is not there — except under `CI=true`, where that is a failure.
 *
 * @example
 * test('dashboard', async (t) => { const exe = needChromium(t); if (!exe) return; … chromium.launch({ executablePath: exe, args: [...CHROMIUM_ARGS] }) });
 */
export function needChromium(t: Skippable): string | null {
  const path = testChromiumPath();
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch (err) {
    return missing(t, 'Chromium', path, (err as NodeJS.ErrnoException).code ?? 'not executable');
  }
}
