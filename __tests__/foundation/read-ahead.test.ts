import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readAhead, readHere, type SourceReader } from '../../src/shell/read-ahead.js';
import { readSource } from '../../src/shell/read-repo.js';

/**
 * Files read ahead by a thread of the `read` role (the built worker bundle) come back exactly as readSource
 * gives them, in order — findings for unreadable files included — and a reader that stops early or never
 * starts leaves the rest to be read in this thread.
 */

const WORKER = join(process.cwd(), 'dist', 'worker', 'index.js');
let root: string;
const paths: string[] = [];

beforeAll(() => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build\` before these tests`);
  root = mkdtempSync(join(tmpdir(), 'ocg-read-ahead-'));
  for (let i = 0; i < 150; i++) {
    const path = `d${i % 7}/f${String(i).padStart(3, '0')}.yaml`;
    mkdirSync(join(root, `d${i % 7}`), { recursive: true });
    writeFileSync(join(root, path), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  k: "é ${'x'.repeat(i)}"\n`);
    paths.push(path);
  }
  writeFileSync(join(root, 'binary.yaml'), Buffer.from([0x61, 0x3a, 0x00, 0x62]));
  writeFileSync(join(root, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
  writeFileSync(join(root, 'big.yaml'), 'a: 1\n'.repeat(100));
  paths.splice(40, 0, 'binary.yaml');
  paths.splice(90, 0, 'latin1.yaml', 'big.yaml');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MAX_BYTES = 300;

async function all(reader: SourceReader, n: number) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await reader.next());
  reader.close();
  return out;
}

const expected = () => paths.map((p) => readSource(root, p, MAX_BYTES));

describe('reading ahead', () => {
  it('the read role of the worker bundle gives exactly what readSource gives, in order', async () => {
    const worker = new Worker(pathToFileURL(WORKER), { workerData: { role: 'read' } });
    const got = await all(readAhead(worker, root, paths, MAX_BYTES), paths.length);
    expect(got).toEqual(expected());
    expect(got.flatMap((r) => ('text' in r ? [] : [[r.file, r.ruleId]]))).toEqual([
      ['binary.yaml', 'file/binary'],
      ['latin1.yaml', 'file/encoding'],
      ['big.yaml', 'file/too-large'],
    ]);
  });

  it('a reader that stops after one batch leaves the rest to this thread', async () => {
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       const { readFileSync } = require('node:fs');
       const { join } = require('node:path');
       parentPort.on('message', ({ root, paths }) => {
         parentPort.postMessage(paths.slice(0, 10).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })));
         process.exit(3);
       });`,
      { eval: true },
    );
    expect(await all(readAhead(worker, root, paths, MAX_BYTES), paths.length)).toEqual(expected());
  });

  it('a reader that keeps this thread waiting too long is stopped, and the rest is read here', async () => {
    // It delivers ten files, then nothing for a quarter of a second (a reader that a busy machine keeps from
    // running), then files again: those come after this thread has read them itself, and must not be used.
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       const { readFileSync } = require('node:fs');
       const { join } = require('node:path');
       parentPort.on('message', ({ root, paths }) => {
         const file = (path) => ({ path, text: readFileSync(join(root, path), 'utf8') });
         parentPort.postMessage(paths.slice(0, 10).map(file));
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
         parentPort.postMessage(paths.slice(10, 20).map((path) => ({ path, text: 'stale' })));
       });`,
      { eval: true },
    );
    // Started before it is asked, as the CLI starts it, so that the first ten come at once.
    await new Promise((resolve) => worker.once('online', resolve));
    const started = Date.now();
    const got = await all(readAhead(worker, root, paths, MAX_BYTES), paths.length);
    expect(got).toEqual(expected());
    // It stopped waiting well before the reader would have gone on, and stopped the reader.
    expect(Date.now() - started).toBeLessThan(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(worker.threadId).toBe(-1);
  });

  it('a reader that never starts (its bundle missing) leaves everything to this thread', async () => {
    const worker = new Worker(pathToFileURL(join(root, 'no-such-worker.js')));
    worker.on('error', () => undefined);
    expect(await all(readAhead(worker, root, paths, MAX_BYTES), paths.length)).toEqual(expected());
  });

  it('files of every size, read into shared buffers a batch at a time, come back exactly', async () => {
    const sizes = [0, 1, 900, 20_000, 63_000, 65_535, 65_536, 65_537, 70_000, 200_000, 5, 40_000, 40_000, 40_000, 130_000, 3];
    const mixed = sizes.map((n, i) => {
      const path = `sizes/s${String(i).padStart(2, '0')}.yaml`;
      mkdirSync(join(root, 'sizes'), { recursive: true });
      writeFileSync(join(root, path), `${'k: ü\n'.repeat(Math.floor(n / 6))}${'x'.repeat(n % 6)}`);
      return path;
    });
    const worker = new Worker(pathToFileURL(WORKER), { workerData: { role: 'read' } });
    const got = await all(readAhead(worker, root, mixed, 1_000_000), mixed.length);
    expect(got).toEqual(mixed.map((p) => readSource(root, p, 1_000_000)));
    expect(got.every((r) => 'text' in r)).toBe(true);
  });

  it('reading here gives the same', async () => {
    expect(await all(readHere(root, paths, MAX_BYTES), paths.length)).toEqual(expected());
  });
});
