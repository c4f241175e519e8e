import { readlinkSync } from 'node:fs';
import { availableParallelism, loadavg, setPriority } from 'node:os';
import { parentPort, type Worker } from 'node:worker_threads';
import type { Finding } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import { readSource, readSourceBytes, SMALL_FILE, sourceText, type ReadPool, type SourceBytes } from './read-repo.js';

/**
 * Reading files ahead in a worker thread of the `read` role: when the files are judged in this thread only
 * (no judging workers, e.g. on two CPUs), another thread opens and reads them — system calls that cost this
 * thread a tenth of a run on a large repository — while this one parses and judges. Results are exactly
 * readSource's, in listing order; a reader that stops leaves the rest to be read here.
 *
 * The reader only helps, so it runs at the lowest scheduling priority where a thread can have its own (Linux).
 * On two CPUs the judging thread shares the machine with the reader and with V8's compiler and garbage
 * collector threads; the compiler's optimized code then comes sooner, and the secret scan of the bench
 * repository took 20–60 ms (3–8%) less, median of 80–100 alternating runs. The reader gets its turn while the
 * judging thread waits for it (15–90 ms in all, on that repository). When other work keeps it from running, so
 * that the waits grow long, the judging thread stops waiting and reads the rest itself.
 */

/**
 * Files per message: large enough to keep messages few. The first messages are smaller (2, 4, 8, …), so that
 * the judging thread gets its first files at once instead of waiting for a whole batch.
 */
const BATCH = 32;
const FIRST_BATCH = 2;
/** Bytes of the buffer a batch's small files are read into: room for a full batch of typical manifests. */
const POOL_BYTES = 512 * 1024;
/** Nice value of the reader: the lowest priority, so that it takes only CPU time no other thread wants. */
const READER_NICE = 19;
/**
 * Waits for the reader after which the judging thread reads the rest itself: one wait this long, or more than
 * this much waiting in all when that is also over a quarter of the time spent. On the bench repository the
 * longest wait is under 20 ms, and all of them add up to 15–90 ms of a scan of about 500 ms.
 */
const LONGEST_WAIT_MS = 30;
const MOST_WAITING_MS = 120;

/**
 * Lowers this thread's scheduling priority where a thread has its own: on Linux, by its thread id, which
 * /proc/thread-self gives as `<pid>/task/<tid>`. Elsewhere (or when /proc is not this process's) nothing changes,
 * and neither does it on a machine already busy with other work (a load average of twice the CPUs), where
 * the reader would hardly run.
 */
function lowerThisThreadsPriority(): void {
  if (loadavg()[0] >= 2 * availableParallelism()) return;
  try {
    const [pid, task, tid] = readlinkSync('/proc/thread-self').split('/');
    if (Number(pid) === process.pid && task === 'task' && /^\d+$/.test(tid) && Number(tid) !== process.pid) setPriority(Number(tid), READER_NICE);
  } catch {
    // No /proc/thread-self (not Linux), or not allowed: the reader keeps the usual priority.
  }
}

type ReadRequest = { root: string; paths: readonly string[]; maxBytes: number };
/** Files as bytes, their buffers moved (not copied) to the judging thread, which decodes each when it comes to it. */
type ReadBatch = (SourceBytes | Finding)[];

/** In a worker thread of the `read` role: reads the files asked for, in order, posting them in batches. */
export function serveReadAhead(): void {
  const port = parentPort;
  if (!port) throw new Error('serveReadAhead runs only in a worker thread');
  lowerThisThreadsPriority();
  port.on('message', ({ root, paths, maxBytes }: ReadRequest) => {
    let batch: ReadBatch = [];
    // Small files are read into one buffer per batch, moved with the batch; larger ones have buffers of their own.
    let pool: ReadPool = { buffer: Buffer.allocUnsafeSlow(POOL_BYTES), at: 0 };
    let moved: ArrayBuffer[] = [];
    let size = FIRST_BATCH;
    const send = () => {
      if (pool.at > 0) moved.push(pool.buffer.buffer as ArrayBuffer);
      port.postMessage(batch, moved);
      batch = [];
      moved = [];
      if (pool.at > 0) pool = { buffer: Buffer.allocUnsafeSlow(POOL_BYTES), at: 0 };
      size = Math.min(BATCH, size * 2);
    };
    for (const path of paths) {
      // Every file gets at least SMALL_FILE bytes of room for its first read, as readSourceBytes alone gives it.
      if (pool.buffer.length - pool.at < SMALL_FILE) send();
      let read: SourceBytes | Finding;
      try {
        read = readSourceBytes(root, path, maxBytes, true, pool);
      } catch {
        // This thread cannot say why (the file vanished, say): stop, and the files left are read by the caller.
        break;
      }
      batch.push(read);
      if ('bytes' in read && read.bytes.buffer !== pool.buffer.buffer) moved.push(read.bytes.buffer as ArrayBuffer);
      if (batch.length === size) send();
    }
    send();
    // The end (possibly early): what was not sent is read by the caller.
    port.postMessage(null);
  });
}

/** The files of `paths`, in order, as readSource gives them. */
export interface SourceReader {
  next(): SourceFile | Finding | Promise<SourceFile | Finding>;
  close(): void;
}

/** Reads each file when asked, in this thread. */
export function readHere(root: string, paths: readonly string[], maxBytes: number): SourceReader {
  let i = 0;
  return { next: () => readSource(root, paths[i++], maxBytes), close: () => undefined };
}

/**
 * Reads `paths` ahead in `worker` (a thread of the `read` role). `next` gives the files in order; whatever the
 * reader has not delivered when it stops (or fails to start), or when it keeps this thread waiting too long
 * (see LONGEST_WAIT_MS), is read in this thread.
 */
export function readAhead(worker: Worker, root: string, paths: readonly string[], maxBytes: number): SourceReader {
  let ready: ReadBatch = [];
  let head = 0;
  let taken = 0;
  /** No more batches will come: the reader is done, stopped, or never started. */
  let ended = worker.threadId === -1;
  let wake: (() => void) | undefined;
  let waited = 0;
  const began = performance.now();
  const onMessage = (batch: ReadBatch | null) => {
    if (batch === null) ended = true;
    else ready.push(...batch);
    wake?.();
  };
  const onStop = () => {
    ended = true;
    wake?.();
  };
  worker.on('message', onMessage);
  worker.on('error', onStop);
  worker.on('exit', onStop);
  if (!ended) worker.postMessage({ root, paths, maxBytes } satisfies ReadRequest);
  const detach = () => {
    worker.off('message', onMessage);
    worker.off('error', onStop);
    worker.off('exit', onStop);
  };
  const next = (): SourceFile | Finding | Promise<SourceFile | Finding> => {
    if (head < ready.length) {
      const read = ready[head++];
      taken++;
      if (head === ready.length) {
        ready = [];
        head = 0;
      }
      return 'bytes' in read ? sourceText(read) : read;
    }
    if (ended) {
      // Nothing more will arrive (a batch that still did would be out of step): read the rest here.
      detach();
      return readSource(root, paths[taken++], maxBytes);
    }
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    return new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, LONGEST_WAIT_MS);
    }).then(() => {
      clearTimeout(timer);
      wake = undefined;
      waited += performance.now() - start;
      const late = head === ready.length && !ended;
      if (late || (waited > MOST_WAITING_MS && waited > (performance.now() - began) / 4)) {
        // The reader hardly runs (the machine is busy): stop it, and read the rest here.
        ended = true;
        void worker.terminate();
      }
      return next();
    });
  };
  return {
    next,
    close: () => {
      detach();
      void worker.terminate();
    },
  };
}
