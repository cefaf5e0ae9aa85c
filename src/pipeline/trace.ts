/**
 * A buffered trace for tests: collect stage trace lines, print them only when the test fails.
 *
 * @example
 * const t = bufferedTrace();
 * const pipeline = buildPipeline(defaultStages(), { trace: t.log });
 * await t.printOnFailure(async () => { ... assertions ... });
 */
export function bufferedTrace() {
  const lines: string[] = [];
  return {
    lines,
    log: (line: string) => { lines.push(line); },
    async printOnFailure<T>(fn: () => T | Promise<T>): Promise<T> {
      try {
        return await fn();
      } catch (err) {
        process.stderr.write(`--- pipeline trace ---\n${lines.join('\n')}\n----------------------\n`);
        throw err;
      }
    },
  };
}
