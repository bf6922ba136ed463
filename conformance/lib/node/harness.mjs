/**
 * The object a Node scenario's run(h) receives: the twin of lib/py/harness.py.
 * Steps carry the same labels on both sides; `both()` records the Sync form
 * under the label and the async form under `label ~async`, and the runner
 * compares each with CPython's one result.
 */
import { closeSync, fstatSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { value } from './normalise.mjs';

export const ASYNC_SUFFIX = ' ~async';

export class Skip extends Error {}

export class Harness {
  steps = [];
  #labels = new Set();
  #sockets = [];
  #fds = [];
  #dirs = [];

  constructor(role = null, peer = null) {
    this.role = role;
    this.peer = peer;
  }

  #record(label, result) {
    if (this.#labels.has(label)) throw new Error(`duplicate step label ${JSON.stringify(label)}`);
    this.#labels.add(label);
    this.steps.push([label, result]);
  }

  /** Runs fn (sync or async); records its normalised value or error. Returns the value (undefined on error). */
  async step(label, fn) {
    let v;
    process.stdout.write(`@@AT@@ ${label}\n`);
    try {
      v = await fn();
    } catch (e) {
      if (e instanceof Skip) throw e;
      this.#record(label, value(e));
      return undefined;
    }
    this.#record(label, value(v));
    return v;
  }

  /** A step run once through the Sync form and once through the async form. */
  async both(label, syncFn, asyncFn) {
    const r = await this.step(label, syncFn);
    const a = await this.step(label + ASYNC_SUFFIX, asyncFn);
    return r ?? a;
  }

  check(label, v) {
    this.#record(label, value(v));
    return v;
  }

  skip(reason) {
    throw new Skip(reason);
  }

  track(obj) {
    if (Array.isArray(obj)) obj.forEach((o) => this.track(o));
    else if (obj && typeof obj.close === 'function') this.#sockets.push(obj);
    return obj;
  }

  trackFd(fd) {
    this.#fds.push(fd);
    return fd;
  }

  tmpdir() {
    const d = mkdtempSync(path.join(tmpdir(), 'sockconf-'));
    this.#dirs.push(d);
    return d;
  }

  fdOpen(fd) {
    try {
      fstatSync(fd);
      return true;
    } catch {
      return false;
    }
  }

  /** What fd points at ('socket:[123]'), or null when closed: survives fd-number reuse. */
  fdTarget(fd) {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      return null;
    }
  }

  ready(info) {
    process.stdout.write(`@@READY@@ ${JSON.stringify(info)}\n`);
  }

  cleanup() {
    for (const s of this.#sockets) {
      try {
        s.close();
      } catch {
        // already closed
      }
    }
    for (const fd of this.#fds) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    for (const d of this.#dirs) rmSync(d, { recursive: true, force: true });
  }
}
