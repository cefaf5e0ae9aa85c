import { InputError } from './input-error.js';
import { formatBytes } from './document.js';
import { cleanText } from './clean-text.js';

/** How much of an input is looked at for NUL bytes, and how many per 32 bytes make it binary (UTF-16 text has one in two). */
const BINARY_SAMPLE = 8192;
const BINARY_NULS_PER_32 = 1;

export interface DecodeOptions {
  /** Names the input in error messages: a path, a URL, `standard input`. */
  source: string;
  maxBytes: number;
  /** Character set announced by the server; UTF-8 when absent. */
  charset?: string | null;
}

/**
 * Decode an input's bytes as text, refusing what is not text: over the size limit, binary (frequent NUL
 * bytes: {@link looksBinary}), invalid UTF-8, or nothing but whitespace. The text is cleaned by
 * {@link cleanText} (Windows line ends become `\n`, stray control characters go), so the offsets
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
  if (looksBinary(bytes)) {
    throw new InputError('binary', `${source}: looks like a binary file (NUL byte at offset ${bytes.indexOf(0)}), not text`);
  }
  const text = cleanText(decodeCharset(bytes, opts));
  if (!/\S/.test(text)) throw new InputError('empty', `${source}: the input is empty`);
  return text;
}

/**
 * True when NUL bytes are frequent in the first 8 KB (one per 32 bytes or more): UTF-16 text,
 * images, archives. A stray NUL in real text is not binary: {@link cleanText} removes it.
 *
 * @example
 * looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])); // true (a zip header)
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  let nuls = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nuls++;
  return nuls > 0 && nuls * 32 >= n * BINARY_NULS_PER_32;
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
