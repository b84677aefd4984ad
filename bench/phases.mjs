// Runs a command on a pseudo-terminal (util-linux `script`), so that dossier draws its status lines
// (it draws them on a terminal only), and prints as JSON when each status line appeared, in seconds
// after the start, and when the command ended. Used by bench/run.mjs to time the merge step inside
// `dossier package` (from 正在合并… to the next line). Usage: node bench/phases.mjs CMD [ARGS…]
import { spawn } from 'node:child_process';

const argv = process.argv.slice(2);
const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
const t0 = performance.now();
const child = spawn('script', ['-qefc', quoted, '/dev/null'], { stdio: ['ignore', 'pipe', 'inherit'] });
const marks = [];
// Decoded across chunks: a Chinese character split between two chunks stays whole.
child.stdout.setEncoding('utf8');
child.stdout.on('data', (data) => {
  const at = (performance.now() - t0) / 1000;
  // A status line is `\r<text>\x1b[K`: each piece between carriage returns and line ends is one line as it arrived.
  for (const piece of data.split(/[\r\n]+/)) {
    const text = piece.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').trim();
    if (text) marks.push({ at, text });
  }
});
child.on('close', (status) => {
  console.log(JSON.stringify({ status, seconds: (performance.now() - t0) / 1000, marks }));
});
