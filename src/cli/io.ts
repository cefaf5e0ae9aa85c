/** Where a command reads and writes: the process's streams, or strings in a test. */
export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  stdin: AsyncIterable<Uint8Array | string>;
  env: NodeJS.ProcessEnv;
  /** Set by commands that finish with some inputs failed (a batch with bad lines). */
  exitCode: number;
}

export interface OutStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * The process's own streams. A closed pipe on standard output (`civwatch … | head`) ends the
 * process quietly instead of throwing EPIPE.
 *
 * @example
 * const code = await main(process.argv, processIO());
 */
export function processIO(): CliIO {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, exitCode: 0 };
}

/** Write, waiting for the stream to drain when its buffer is full (long batches into a pipe). */
export async function writeOut(stream: OutStream, chunk: string): Promise<void> {
  if (!stream.write(chunk) && stream.once) await new Promise<void>((resolve) => stream.once?.('drain', resolve));
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(io: CliIO): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}
