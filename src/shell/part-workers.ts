import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * Worker threads for the heavy parts of a run (reading and judging files). They run a bundle of their own,
 * dist/worker/index.js, that holds only that work, and an entry may start them before it loads its own code,
 * so that they are ready by the time the files are listed. This module is the only one an entry needs for
 * that: keep its imports to Node's own.
 */

/** What a worker thread serves: the validation stages, the secret scan, or reading files ahead (see read-ahead.ts). */
export type PartRole = 'validate' | 'secrets' | 'read';

/** Threads beyond this one by default; each part of the work also runs in this thread. */
const MAX_WORKERS = 3;

/**
 * Worker threads to start when not told: one per CPU beyond the first, up to MAX_WORKERS, but none on two
 * CPUs — measured there (`npm run bench`), a second judging thread made validation and the secret scan no
 * faster and cost 100 MB more memory, while a thread that only reads files ahead (see prestart) does pay.
 */
export const defaultWorkerCount = (cpus = availableParallelism()): number => (cpus <= 2 ? 0 : Math.min(cpus - 1, MAX_WORKERS));

/** The worker bundle that sits beside an entry bundle (dist/<job>/index.js → dist/worker/index.js). */
export function workerScriptBeside(entryUrl: string): URL {
  return new URL('../worker/index.js', entryUrl);
}

/** Hands out worker threads for one role, started early by the entry or on demand. */
export class PartWorkers {
  private early: { role: PartRole; workers: Worker[] } | undefined;
  private reader: Worker | undefined;

  /**
   * `count`: how many threads to start for a role (default: defaultWorkerCount). With none, validation and the
   * secret scan still get one thread that reads files ahead while this one judges them.
   */
  constructor(
    private readonly script: URL,
    private readonly count = defaultWorkerCount(),
  ) {}

  /** Starts the workers for `role` now, before the command asks for them. */
  prestart(role: PartRole): this {
    this.early = { role, workers: this.start(role, this.count) };
    if (this.count === 0) this.reader = this.start('read', 1)[0];
    return this;
  }

  /** The thread started to read files ahead (see prestart), once; undefined when there is none. */
  takeReader(): Worker | undefined {
    const reader = this.reader;
    this.reader = undefined;
    return reader;
  }

  /** Workers for `role`: the prestarted ones when they serve it (the others are stopped), else new ones. */
  take(role: PartRole): Worker[] {
    const early = this.early;
    this.early = undefined;
    if (early && early.role === role) return early.workers;
    for (const w of early?.workers ?? []) void w.terminate();
    return this.start(role, this.count);
  }

  /** Stops prestarted workers no command took. */
  close(): void {
    for (const w of this.early?.workers ?? []) void w.terminate();
    if (this.reader) void this.reader.terminate();
    this.early = undefined;
    this.reader = undefined;
  }

  private start(role: PartRole, count: number): Worker[] {
    return Array.from({ length: count }, () => {
      const worker = new Worker(this.script, { workerData: { role } });
      // A thread that fails to start (its bundle missing, say) must not take the process down: it stops, and
      // the work is done without it (see runningWorkers).
      worker.on('error', () => undefined);
      return worker;
    });
  }
}

/** The workers still running: one that has stopped (or never started) gets no work. */
export function runningWorkers(workers: readonly Worker[]): Worker[] {
  return workers.filter((w) => w.threadId !== -1);
}

/** In a worker thread started by PartWorkers: its role; undefined elsewhere. */
export function partRole(): PartRole | undefined {
  if (isMainThread || !parentPort) return undefined;
  const role = (workerData as { role?: unknown } | undefined)?.role;
  return role === 'validate' || role === 'secrets' || role === 'read' ? role : undefined;
}

/**
 * Whether the policy checks given run the secret scan in worker threads: only when no check needs every
 * manifest parsed in this thread (ownership and approvals judge parsed resources).
 */
export function secretScanInWorkers(checks: readonly string[]): boolean {
  return checks.includes('secrets') && !checks.includes('ownership') && !checks.includes('approvals');
}

/** The role a command will want worker threads for, known before its code is loaded; undefined for none. */
export function roleFor(command: string, policyChecks: readonly string[] | undefined): PartRole | undefined {
  if (command === 'validate') return 'validate';
  if (command === 'policy' && policyChecks && secretScanInWorkers(policyChecks)) return 'secrets';
  return undefined;
}
