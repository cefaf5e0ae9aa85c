import { open } from 'node:fs/promises';
import { InputError } from './input-error.js';
import { formatBytes } from './document.js';

/**
 * Read a file's bytes, refusing files over `maxBytes` before reading them, and turning the file
 * system's errors into one-line {@link InputError}s.
 *
 * @example
 * const bytes = await readFileLimited('examples/reports/mosul-bakery.txt', 5_000_000);
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw fileError(path, e);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('unreadable', `${path}: is a directory, not a file`);
    if (info.isFile() && info.size > maxBytes) {
      throw new InputError('too-large', `${path}: ${formatBytes(info.size)} is over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
    }
    // Not a regular file (a FIFO, /dev/stdin): stat has no size, so read with the limit.
    return info.isFile() ? await handle.readFile() : await readStreamLimited(handle.createReadStream(), path, maxBytes);
  } catch (e) {
    throw e instanceof InputError ? e : fileError(path, e);
  } finally {
    await handle.close().catch(() => {});
  }
}

/**
 * Read a byte stream (standard input) to its end, stopping with an error once it passes `maxBytes`.
 *
 * @example
 * const bytes = await readStreamLimited(process.stdin, 'standard input', 5_000_000);
 */
export async function readStreamLimited(stream: AsyncIterable<Uint8Array | string>, source: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buf.length;
    if (total > maxBytes) {
      throw new InputError('too-large', `${source}: over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * A file system error as a one-line {@link InputError} naming the file.
 *
 * @example
 * fileError('a.txt', { code: 'ENOENT' }).message; // 'a.txt: no such file'
 */
export function fileError(path: string, e: unknown): InputError {
  const code = (e as { code?: string })?.code;
  if (code === 'ENOENT') return new InputError('not-found', `${path}: no such file`, { cause: e });
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', `${path}: permission denied`, { cause: e });
  if (code === 'EISDIR') return new InputError('unreadable', `${path}: is a directory, not a file`, { cause: e });
  return new InputError('unreadable', `${path}: cannot read (${(e as Error)?.message ?? String(e)})`, { cause: e });
}
