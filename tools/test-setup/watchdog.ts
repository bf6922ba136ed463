/**
 * A bound for tests that block the thread. vitest's timeouts run on the event
 * loop, so a Sync call stuck in poll(-1) (or a loop that never yields) hangs
 * the run instead of failing it. This setup file starts one watchdog thread
 * per test file; the main thread bumps a shared heartbeat from a timer, and
 * when the heartbeat stops for SOCK_TEST_BLOCKED_MS (default 60 s) the
 * watchdog prints which test (and, when one was noted, which call) blocked
 * and ends the test process, so the file fails at once.
 *
 * Code that may block notes what it is about to do through
 * `globalThis.__sockWatchdogNote(text)` (the fuzz suite notes each call).
 */
import { Worker } from 'node:worker_threads';
import { beforeEach, expect } from 'vitest';

const limitMs = Number(process.env.SOCK_TEST_BLOCKED_MS ?? 60_000);
const NOTE_BYTES = 1024;
/** [0]: heartbeat counter; [1]: length of the note in `note`. */
const state = new Int32Array(new SharedArrayBuffer(8));
const note = new Uint8Array(new SharedArrayBuffer(NOTE_BYTES));

function setNote(text: string): void {
  const { written } = new TextEncoder().encodeInto(text.slice(0, NOTE_BYTES / 4), note);
  Atomics.store(state, 1, written);
}

const code = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { state, note, limitMs } = workerData;
let last = Atomics.load(state, 0);
let since = Date.now();
for (;;) {
  Atomics.wait(state, 0, last, 500);
  const now = Atomics.load(state, 0);
  if (now !== last) { last = now; since = Date.now(); continue; }
  if (Date.now() - since < limitMs) continue;
  const text = Buffer.from(note.subarray(0, Atomics.load(state, 1))).toString();
  writeSync(2, '\\n[watchdog] the test thread has been blocked for ' + (Date.now() - since) + ' ms (limit ' + limitMs + ' ms, SOCK_TEST_BLOCKED_MS) in: ' + text + '\\n[watchdog] ending the test process so that the run fails instead of hanging\\n');
  process.kill(process.pid, 'SIGKILL');
}
`;

if (Number.isFinite(limitMs) && limitMs > 0) {
  const worker = new Worker(code, { eval: true, workerData: { state, note, limitMs } });
  worker.unref();
  setInterval(() => {
    Atomics.add(state, 0, 1);
    Atomics.notify(state, 0);
  }, 200).unref();
  (globalThis as { __sockWatchdogNote?: (text: string) => void }).__sockWatchdogNote = (text) => {
    setNote(`${expect.getState().currentTestName ?? '(outside a test)'} :: ${text}`);
  };
  beforeEach(() => {
    setNote(expect.getState().currentTestName ?? '(unnamed test)');
  });
}
