#!/usr/bin/env node
// The dossier command: binds the real process to run() and turns its result into an exit code.

// The oldest Node it runs on (package.json "engines"; zlib.crc32 came in 20.15): said in words before anything fails later.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 15)) {
  process.stderr.write(`dossier 需要 Node.js 20.15 或更新的版本，这台电脑上是 ${process.version}。请先升级 Node.js 再运行。\n`);
  process.exit(2);
}
/** Tells people that the program, not they, went wrong, with what the maintainers need. */
function internalError(err: unknown): void {
  process.stderr.write(`dossier 内部错误（这是程序的问题，不是您的操作问题，请把下面的信息转给维护人员）：\n${err instanceof Error ? err.stack : String(err)}\n`);
}

// Output piped into a program that stops reading (`dossier catalog | head`): say so and stop, no stack trace.
let pipeClosed = false;
function closedPipe(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EPIPE') throw err;
  if (pipeClosed) return;
  pipeClosed = true;
  process.stderr.write('提示：输出被提前关闭了（例如接在 head 等命令后面），后面的内容没有输出。\n', () => process.exit(2));
  setTimeout(() => process.exit(2), 200).unref();
}
process.stdout.on('error', closedPipe);
process.stderr.on('error', closedPipe);

const io = {
  cwd: process.cwd(),
  env: process.env,
  today: localDate(new Date()),
  columns: process.stdout.columns || 120,
  isTTY: Boolean(process.stderr.isTTY),
  out: (s: string) => void process.stdout.write(printable(s)),
  err: (s: string) => void process.stderr.write(printable(s)),
};
// The commands are loaded after the check above (no top-level await: the bundle is CommonJS, see scripts/bundle.mjs).
import('./run.js')
  .then(({ run }) => run(process.argv.slice(2), io))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      internalError(err);
      process.exitCode = 3;
    },
  );

/**
 * Text as it may reach the terminal: control characters that came from files (escape sequences that
 * could recolour, move the cursor or retitle the window) are shown as visible symbols; line ends, tabs
 * and dossier's own progress line (carriage return, "erase to end of line") pass.
 */
function printable(s: string): string {
  return s.replace(/\x1b(?!\[K)|[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f\x80-\x9f]/g, (c) => (c === '\x1b' ? '␛' : '\ufffd'));
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
