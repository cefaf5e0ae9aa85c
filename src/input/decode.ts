import { InputError } from './input-error.js';
import { formatBytes } from './document.js';

export interface DecodeOptions {
  /** Names the input in error messages: a path, a URL, `standard input`. */
  source: string;
  maxBytes: number;
  /** Character set announced by the server; UTF-8 when absent. */
  charset?: string | null;
}

/**
 * Decode an input's bytes as text, refusing what is not text: over the size limit, binary (a NUL
 * byte), invalid UTF-8, or nothing but whitespace. Windows line ends become `\n`, so the offsets
 * of the analysis index the text as decoded here.
 *
 * @example
 * decodeText(new TextEncoder().encode('Three civilians were killed.'), { source: 'a.txt', maxBytes: 5e6 });
 */
export function decodeText(bytes: Uint8Array, opts: DecodeOptions): string {
  const { source, maxBytes } = opts;
  if (bytes.length > maxBytes) {
    throw new InputError('too-large', `${source}: ${formatBytes(bytes.length)} is over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError('binary', `${source}: looks like a binary file (NUL byte at offset ${nul}), not text`);
  }
  const text = decodeCharset(bytes, opts);
  if (!/\S/.test(text)) throw new InputError('empty', `${source}: the input is empty`);
  return text.replace(/\r\n?/g, '\n');
}

function decodeCharset(bytes: Uint8Array, { source, charset }: DecodeOptions): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  const utf8 = label === 'utf-8' || label === 'utf8' || label === 'us-ascii' || label === 'ascii';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(utf8 ? 'utf-8' : label, { fatal: true });
  } catch {
    throw new InputError('encoding', `${source}: unsupported character set "${charset}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const what = utf8 ? 'UTF-8' : label;
    throw new InputError('encoding', `${source}: not valid ${what} text (convert it to UTF-8 first, e.g. with iconv)`);
  }
}

/**
 * The character set an HTML page declares in its first 1024 bytes (`<meta charset="windows-1256">`
 * or the `http-equiv` form), as browsers prescan for it; null when it declares none.
 *
 * @example
 * sniffHtmlCharset(Buffer.from('<html><head><meta charset="iso-8859-1">')); // 'iso-8859-1'
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (!/^\s*</.test(head)) return null;
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}
