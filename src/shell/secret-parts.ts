import { parentPort, type Worker } from 'node:worker_threads';
import type { Finding } from '../core/finding.js';
import { judgeFiles, type JudgedHit } from '../core/secrets/scan-secrets.js';
import { SweptBlocks } from '../core/secrets/text-scan.js';
import type { AllowEntry } from '../core/secrets/secret-hit.js';
import { PositionsNeeded, type NodeLocator } from '../core/secrets/yaml-value-lines.js';
import type { SourceFile } from '../core/source.js';
import { runningWorkers } from './part-workers.js';
import { readSource, readSources } from './read-repo.js';
import type { SourceReader } from './read-ahead.js';

/**
 * The secret scan in parts: the listed files are cut into consecutive chunks that worker threads (and this
 * thread, while it waits) read and scan, each taking the next chunk when it is done, so a thread slowed by
 * other work on the machine takes fewer. Chunk results are merged in chunk order, which is the order one
 * in-process scan sees the files in, so the findings are the same (see judgeFiles).
 */

/** Below twice this many files the scan runs in process: starting threads costs more than it saves. */
export const SECRET_FILES_PER_WORKER = 400;
/** Chunks in flight per worker: one being scanned, one waiting, so a worker never idles for the next. */
const IN_FLIGHT = 2;

export interface SecretScanSetup {
  root: string;
  /** Every file of the scan, in path order (a file may read another: Kustomize env files, markers). */
  paths: string[];
  maxBytes: number;
  allow: readonly AllowEntry[];
  /** `scope: changed`: the lines judged per file. */
  changedLines?: [string, number[]][];
}

export interface ChunkReport {
  judged: JudgedHit[];
  /** Files that could not be read as text (binary, invalid UTF-8, too large). */
  findings: Finding[];
  /** Files read. */
  files: number;
}

/** Reads and scans chunks of the setup's files; the same code runs in process and inside a worker. */
class SecretWork {
  private scanned: Set<string> | undefined;
  private readonly others = new Map<string, SourceFile | undefined>();
  private readonly changed: Map<string, Set<number>> | undefined;
  private readonly blocks = new SweptBlocks();
  private positions: NodeLocator | undefined;

  constructor(private readonly setup: SecretScanSetup) {
    this.changed = setup.changedLines ? new Map(setup.changedLines.map(([p, lines]) => [p, new Set(lines)])) : undefined;
  }

  /** Another file of the scan (a Kustomize env file, a hit's own file), read from disk when first asked for. */
  private other(path: string): SourceFile | undefined {
    if (this.others.has(path)) return this.others.get(path);
    this.scanned ??= new Set(this.setup.paths);
    const file = this.scanned.has(path) ? readSources(this.setup.root, [path], this.setup.maxBytes).files[0] : undefined;
    this.others.set(path, file);
    return file;
  }

  /** Judges files of the setup; consecutive calls share what is learnt (repeated blocks, other files). */
  judge(files: Iterable<SourceFile>): JudgedHit[] {
    return judgeFiles(files, {
      lookup: (path) => this.other(path),
      ...(this.changed ? { changedLines: this.changed } : {}),
      allow: this.setup.allow,
      blocks: this.blocks,
      ...(this.positions ? { positions: this.positions } : {}),
    });
  }

  /**
   * `judging()`, run again with the YAML parser's positions when it needs them (PositionsNeeded): they are
   * loaded only then. Judging again gives what one pass with them would have given (see judgeFiles).
   */
  async withPositions<T>(judging: () => T): Promise<T> {
    try {
      return judging();
    } catch (err) {
      if (!(err instanceof PositionsNeeded) || this.positions) throw err;
      this.positions = new (await import('../core/position.js')).PositionIndex();
      return judging();
    }
  }

  chunk(from: number, to: number): ChunkReport {
    const findings: Finding[] = [];
    let files = 0;
    const { root, paths, maxBytes } = this.setup;
    // Each file is read right before it is scanned and dropped after, so the young generation never holds a
    // chunk's worth of texts (which every scavenge would copy).
    function* read(): Generator<SourceFile> {
      for (let i = from; i < to; i++) {
        const r = readSource(root, paths[i], maxBytes);
        if ('text' in r) {
          files++;
          yield r;
        } else findings.push(r);
      }
    }
    const judged = this.judge(read());
    return { judged, findings, files };
  }
}

type Request = { kind: 'setup'; setup: SecretScanSetup } | { kind: 'chunk'; index: number; from: number; to: number };
type Reply = { index: number; ok: true; report: ChunkReport } | { index: number; ok: false; message: string };

interface PartWorker {
  worker: Worker;
  /** Chunk indexes sent and not answered. */
  pending: Set<number>;
  alive: boolean;
}

/** Worker threads of the `secrets` role (see PartWorkers), given up together when the run is done or small. */
export interface SecretWorkers {
  readonly workers: readonly PartWorker[];
  close(): void;
}

export function secretWorkers(threads: readonly Worker[]): SecretWorkers {
  const workers: PartWorker[] = runningWorkers(threads).map((worker) => ({ worker, pending: new Set<number>(), alive: true }));
  let closed = false;
  return {
    workers,
    close: () => {
      if (closed) return;
      closed = true;
      for (const w of workers) void w.worker.terminate();
    },
  };
}

export interface PartsResult {
  /** Judged hits of all chunks, in file order. */
  judged: JudgedHit[];
  findings: Finding[];
  files: number;
  /** Threads that scanned at least one chunk (this one included). */
  threads: number;
}

/** Consecutive chunks of `n` files: a few per thread, so that the threads finish together. */
function chunkBounds(n: number, threads: number): [number, number][] {
  const size = Math.max(64, Math.ceil(n / (threads * 6)));
  const out: [number, number][] = [];
  for (let from = 0; from < n; from += size) out.push([from, Math.min(n, from + size)]);
  return out;
}

/** Files judged at a time by scanHere: enough to keep the reader ahead, few enough to hold little text. */
const HERE_BATCH = 64;

/**
 * The secret scan in this thread alone, with the files from `reader` (read ahead in another thread, or here),
 * judged HERE_BATCH at a time and dropped after.
 */
export async function scanHere(reader: SourceReader, setup: SecretScanSetup): Promise<PartsResult> {
  const work = new SecretWork(setup);
  const out: PartsResult = { judged: [], findings: [], files: 0, threads: 1 };
  try {
    for (let i = 0; i < setup.paths.length; ) {
      const batch: SourceFile[] = [];
      for (; i < setup.paths.length && batch.length < HERE_BATCH; i++) {
        let read = reader.next();
        if (read instanceof Promise) read = await read;
        if ('text' in read) batch.push(read);
        else out.findings.push(read);
      }
      out.files += batch.length;
      // Consecutive shares judged in order give what one pass gives (see judgeFiles).
      for (const j of await work.withPositions(() => work.judge(batch))) out.judged.push(j);
    }
  } finally {
    reader.close();
  }
  return out;
}

/** Reads and scans the setup's files in the workers and in this thread. */
export async function scanInParts(pool: SecretWorkers, setup: SecretScanSetup): Promise<PartsResult> {
  const chunks = chunkBounds(setup.paths.length, pool.workers.length + 1);
  const results: (ChunkReport | undefined)[] = new Array(chunks.length);
  const queue = chunks.map((_, i) => i);
  let done = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const feed = (w: PartWorker) => {
    while (w.alive && w.pending.size < IN_FLIGHT && queue.length) {
      const index = queue.shift()!;
      w.pending.add(index);
      const [from, to] = chunks[index];
      w.worker.postMessage({ kind: 'chunk', index, from, to } satisfies Request);
    }
  };
  const lose = (w: PartWorker) => {
    if (!w.alive) return;
    w.alive = false;
    // A worker that stops (crash, out of memory) hands its chunks back; this thread scans them.
    queue.unshift(...w.pending);
    w.pending.clear();
    signal();
  };
  const listeners: (() => void)[] = [];
  const scanned = new Set<PartWorker | 'local'>();
  for (const w of pool.workers) {
    const onMessage = (reply: Reply) => {
      if (!w.pending.delete(reply.index)) return;
      if (!reply.ok) failure ??= new Error(reply.message);
      else if (!results[reply.index]) {
        results[reply.index] = reply.report;
        scanned.add(w);
        done++;
      }
      feed(w);
      signal();
    };
    const onGone = () => lose(w);
    w.worker.on('message', onMessage);
    w.worker.on('error', onGone);
    w.worker.on('exit', onGone);
    listeners.push(() => {
      w.worker.off('message', onMessage);
      w.worker.off('error', onGone);
      w.worker.off('exit', onGone);
    });
    w.worker.postMessage({ kind: 'setup', setup } satisfies Request);
    // One that stopped before these listeners were there never says so: it gets no chunk.
    if (w.worker.threadId === -1) lose(w);
  }
  try {
    for (const w of pool.workers) feed(w);
    const local = new SecretWork(setup);
    while (done < chunks.length && !failure) {
      const index = queue.pop();
      if (index !== undefined) {
        // The last chunks of the queue: the workers take from its front.
        if (!results[index]) {
          results[index] = await local.withPositions(() => local.chunk(...chunks[index]));
          scanned.add('local');
          done++;
        }
        // Let the workers' replies in, so they get their next chunks.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    for (const off of listeners) off();
  }
  if (failure) throw failure;
  const out: PartsResult = { judged: [], findings: [], files: 0, threads: scanned.size };
  for (const r of results as ChunkReport[]) {
    for (const j of r.judged) out.judged.push(j);
    out.findings.push(...r.findings);
    out.files += r.files;
  }
  return out;
}

/** In a worker thread of the `secrets` role: serves chunk requests. */
export function serveSecretPart(): void {
  const port = parentPort;
  if (!port) throw new Error('serveSecretPart runs only in a worker thread');
  let work: SecretWork | undefined;
  port.on('message', (req: Request) => {
    if (req.kind === 'setup') {
      work = new SecretWork(req.setup);
      return;
    }
    const chunkWork = work;
    void (async () => {
      try {
        if (!chunkWork) throw new Error('secret scan chunk before setup');
        port.postMessage({ index: req.index, ok: true, report: await chunkWork.withPositions(() => chunkWork.chunk(req.from, req.to)) } satisfies Reply);
      } catch (err) {
        port.postMessage({ index: req.index, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies Reply);
      }
    })();
  });
}
