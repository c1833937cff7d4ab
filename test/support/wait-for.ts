/** Polls `read` until `done` holds for its value, or fails after `timeoutMs` with the last value. */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${options.what ?? 'a condition'}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
    value = await read();
  }
  return value;
}
