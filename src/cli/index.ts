#!/usr/bin/env node
// The dossier command: binds the real process to run() and turns its result into an exit code.
import { setFlagsFromString } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * Commands that typeset documents run in a worker thread whose V8 is set for memory, not for peak
 * speed (figures from bench/package.mjs and bench/build.mjs, example workspace and 1 GB package):
 * - a small young generation: typesetting makes a great many short-lived objects, and V8's default
 *   (up to 2 × 16 MB, resident once used) cost these runs some 40 MB;
 * - no optimizing compiler (TurboFan): its compile zones took 40–100 MB at the peaks, and these
 *   runs are too short and too I/O-bound to gain from it (same time for the report; the
 *   byte-crunching loops run natively: zlib, crypto, CRC-32).
 */
const TYPESETTING = new Set(['all', 'build', 'package']);
const YOUNG_GENERATION_MB = 3;

/** What the worker needs to know about the terminal it cannot see. */
interface Shell {
  readonly args: string[];
  readonly columns: number;
  readonly isTTY: boolean;
}

/** Tells people that the program, not they, went wrong, with what the maintainers need. */
function internalError(err: unknown): void {
  process.stderr.write(`dossier 内部错误（这是程序的问题，不是您的操作问题，请把下面的信息转给维护人员）：\n${err instanceof Error ? err.stack : String(err)}\n`);
}

if (isMainThread && TYPESETTING.has(process.argv[2] ?? '')) {
  const shell: Shell = { args: process.argv.slice(2), columns: process.stdout.columns || 120, isTTY: Boolean(process.stderr.isTTY) };
  setFlagsFromString('--no-opt');
  const worker = new Worker(new URL(import.meta.url), { workerData: shell, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  worker.on('message', (code: number) => {
    process.exitCode = code;
  });
  worker.on('error', (err) => {
    internalError(err);
    process.exitCode = 3;
  });
} else {
  const shell = (isMainThread ? undefined : workerData) as Shell | undefined;
  const { run } = await import('./run.js');
  const io = {
    cwd: process.cwd(),
    env: process.env,
    today: localDate(new Date()),
    columns: shell?.columns ?? (process.stdout.columns || 120),
    isTTY: shell?.isTTY ?? Boolean(process.stderr.isTTY),
    out: (s: string) => void process.stdout.write(s),
    err: (s: string) => void process.stderr.write(s),
  };
  const done = (code: number) => {
    process.exitCode = code;
    parentPort?.postMessage(code);
  };
  run(shell?.args ?? process.argv.slice(2), io).then(done, (err: unknown) => {
    internalError(err);
    done(3);
  });
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
