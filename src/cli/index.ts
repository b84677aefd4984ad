#!/usr/bin/env node
// The dossier command: binds the real process to run() and turns its result into an exit code.
const { run } = await import('./run.js');

/** Tells people that the program, not they, went wrong, with what the maintainers need. */
function internalError(err: unknown): void {
  process.stderr.write(`dossier 内部错误（这是程序的问题，不是您的操作问题，请把下面的信息转给维护人员）：\n${err instanceof Error ? err.stack : String(err)}\n`);
}

const io = {
  cwd: process.cwd(),
  env: process.env,
  today: localDate(new Date()),
  columns: process.stdout.columns || 120,
  isTTY: Boolean(process.stderr.isTTY),
  out: (s: string) => void process.stdout.write(s),
  err: (s: string) => void process.stderr.write(s),
};
run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    internalError(err);
    process.exitCode = 3;
  },
);

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
