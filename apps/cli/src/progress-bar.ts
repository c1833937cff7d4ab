/** A one-line progress bar on stderr (silent when stderr is not a terminal, except for a final line). */
export function createProgressBar(label: string, options: { enabled: boolean }) {
  const tty = process.stderr.isTTY && options.enabled;
  let last = '';
  return {
    update(done: number, total: number, extra = '') {
      if (!options.enabled) return;
      const width = 30;
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(fraction * width);
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${extra}`.trimEnd();
      if (line === last) return;
      last = line;
      if (tty) process.stderr.write(`\r\x1b[2K${line}`);
    },
    done(message = '') {
      if (!options.enabled) return;
      if (tty) process.stderr.write('\r\x1b[2K');
      process.stderr.write(`${last}${message ? ` ${message}` : ''}\n`);
      last = '';
    },
  };
}
