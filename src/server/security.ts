/**
 * The server's safety rules, as data and small hooks: response headers (a Content-Security-Policy
 * with no inline script), the bearer token on every write, and the rule that a server reachable
 * from other machines must have a token.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.js';

/**
 * The Content-Security-Policy, one directive per row. The dashboard's scripts and styles are
 * files from this server; article text is inserted as text, so no inline script is ever needed.
 */
export const CSP: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],          // no 'unsafe-inline', no eval
  ['style-src', "'self'"],           // stylesheets from files; element.style set by scripts is allowed by CSP
  ['img-src', "'self' data: blob:"], // map markers and canvas snapshots
  ['connect-src', "'self'"],         // the dashboard calls this API only
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],     // no framing (clickjacking)
];

/** Headers on every response: [name, value, why]. */
export const SECURITY_HEADERS: readonly (readonly [string, string, string])[] = [
  ['content-security-policy', CSP.map(([k, v]) => `${k} ${v}`).join('; '), 'no inline or foreign script'],
  ['x-content-type-options', 'nosniff', 'a JSON or CSV answer is never run as script'],
  ['referrer-policy', 'no-referrer', 'article URLs are not leaked to other sites'],
  ['x-frame-options', 'DENY', 'older browsers\' frame-ancestors'],
  ['cross-origin-opener-policy', 'same-origin', 'no window handle across origins'],
  ['cross-origin-resource-policy', 'same-origin', 'other sites cannot embed the answers'],
];

/** Methods that never write. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * True when the Authorization header carries the token (compared in constant time, over equal
 * length digests, so timing tells nothing about the token).
 *
 * @example
 * tokenMatches('Bearer s3cret', 's3cret'); // true
 */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m !== null && timingSafeEqual(digest(m[1]), digest(token));
}

/** Add the security headers to every answer, and require the token on writes when one is set. */
export function installSecurity(app: FastifyInstance, token: string | undefined): void {
  app.addHook('onRequest', async (request, reply) => {
    for (const [name, value] of SECURITY_HEADERS) reply.header(name, value);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    if (token && !SAFE_METHODS.has(request.method) && !tokenMatches(request.headers.authorization, token)) {
      reply.header('www-authenticate', 'Bearer realm="civwatch"');
      throw new ApiError('UNAUTHORIZED', request.headers.authorization
        ? 'the bearer token is wrong: send "Authorization: Bearer <the token the server was started with>"'
        : 'writes need a token: send "Authorization: Bearer <token>" (the server was started with --token)');
    }
  });
}

/**
 * True for loopback host names and addresses (127.0.0.0/8, ::1, localhost).
 *
 * @example
 * isLoopback('127.0.0.1'); // true
 * isLoopback('0.0.0.0');   // false: every interface
 */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h.startsWith('::ffff:127.');
}

/**
 * Why a server may not start on this host without a token, or null when it may.
 *
 * @example
 * bindRefusal('0.0.0.0', undefined); // 'refusing to serve on 0.0.0.0 without a token: …'
 */
export function bindRefusal(host: string, token: string | undefined): string | null {
  if (token || isLoopback(host)) return null;
  return `refusing to serve on ${host} without a token: other machines could write to the database. `
    + 'Give --token SECRET (or CIVWATCH_TOKEN), or serve on 127.0.0.1';
}
