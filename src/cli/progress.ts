import type { Io } from './io.js';

/** A one-line progress counter on stderr, drawn only on a terminal and only for long runs. */
export function progressReporter(io: Io, label: string, minTotal = 500): { tick: (done: number, total: number) => void; end: () => void } {
  let shown = false;
  let last = 0;
  return {
    tick(done, total) {
      if (!io.isTTY || total < minTotal) return;
      const now = Date.now();
      if (done !== total && now - last < 100) return;
      last = now;
      shown = true;
      io.err(`\r${label} ${done}/${total}`);
    },
    end() {
      if (shown) io.err('\r\x1b[K');
    },
  };
}

/** Shows one status line on stderr (a terminal only), replacing the previous one, or hands it to `io.status`; '' clears it. */
export function statusLine(io: Io): (message: string) => void {
  return (message) => {
    if (io.status) io.status(message);
    else if (io.isTTY) io.err(`\r${message}\x1b[K`);
  };
}
