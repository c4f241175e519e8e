import { parentPort, type Worker } from 'node:worker_threads';
import { readDocuments } from '../core/documents.js';
import type { Finding } from '../core/finding.js';
import { PositionIndex } from '../core/position.js';
import { collectMarkers } from '../core/release-detect.js';
import { findRelease, loadValidators, type Release } from '../core/releases.js';
import type { Manifest, Resource } from '../core/resource.js';
import { decodeFileReport, encodeFileReport, type EncodedFileReport, type FileReport } from '../core/file-report.js';
import { slimForTransport } from '../core/transport.js';
import { baseKey, checkResource } from '../core/validate.js';
import { blobId } from './read-base.js';
import type { SourceFile } from '../core/source.js';
import type { SourceReader } from './read-ahead.js';
import { readSource } from './read-repo.js';

/**
 * The per-file stages of validation in parts: this thread and worker threads take chunks of the listed files
 * from one shared counter and, file by file, read, parse, recognise and judge each resource on its own (kind,
 * schema, CEL rules, snapshot templates). What the cross-resource rules need is kept; the rest (the rendered
 * templates of ComponentRelease snapshots, most of a repository's bytes) is dropped as soon as it is judged,
 * so the heap never holds the whole repository parsed.
 */

export interface PartInput {
  root: string;
  /** The files to judge, in listing order. */
  paths: string[];
  maxBytes: number;
  /** Git blob ids of the files are computed in this format (for the PR base and the cache); none when undefined. */
  objectFormat: 'sha1' | 'sha256' | undefined;
  /** One Int32: the index of the next file to take, shared by every part of the run. */
  next: SharedArrayBuffer;
  /** The release to judge with (a tag). */
  releaseTag: string;
}

/** Files per chunk taken from the shared counter: small enough that the parts finish together. */
const CHUNK = 16;

export interface Part {
  run(input: PartInput): Promise<FileReport[]>;
  close(): void;
}

/** A resource as kept after its own checks: a snapshot loses its templates (and its document the full value). */
function kept(resource: Resource): Resource {
  const object = slimForTransport(resource);
  return object === resource.object ? resource : { ...resource, object, doc: { ...resource.doc, value: object } };
}

/** Parses and judges one file (as read) on its own. */
function judgeFile(path: string, read: SourceFile | Finding, objectFormat: PartInput['objectFormat'], release: Release, positions: PositionIndex): FileReport {
  const report: FileReport = { path, blob: '', findings: [], cel: [], markers: { markers: [], projectsWithoutType: [] }, documents: 0, resources: [], manifests: [] };
  if (!('text' in read)) {
    report.findings.push(read);
    return report;
  }
  if (objectFormat) report.blob = blobId(read.text, objectFormat);
  const docs = readDocuments([read]);
  report.findings.push(...docs.findings);
  report.documents = docs.documents.length;
  report.manifests = docs.manifests;
  report.markers = collectMarkers(docs.resources);
  for (const resource of docs.resources) {
    const checked = checkResource(resource, release, positions);
    report.findings.push(...checked.findings);
    if (checked.cel.length) report.cel.push({ key: baseKey(resource), file: resource.doc.file, index: resource.doc.index, findings: checked.cel });
    report.resources.push(kept(resource));
  }
  return report;
}

async function releaseFor(input: PartInput): Promise<Release> {
  const found = findRelease(input.releaseTag);
  if (!found) throw new Error(`unknown release ${input.releaseTag}`);
  return loadValidators(found);
}

/** Does the work of one part; the same code runs in process and inside a worker. */
async function runPart(input: PartInput): Promise<FileReport[]> {
  const release = await releaseFor(input);
  const positions = new PositionIndex();
  const out: FileReport[] = [];
  const next = new Int32Array(input.next);
  const { root, paths, maxBytes, objectFormat } = input;
  for (let from = Atomics.add(next, 0, CHUNK); from < paths.length; from = Atomics.add(next, 0, CHUNK)) {
    for (let i = from; i < Math.min(from + CHUNK, paths.length); i++) out.push(judgeFile(paths[i], readSource(root, paths[i], maxBytes), objectFormat, release, positions));
  }
  return out;
}

/** In-process part, for small repositories and tests. */
export function localPart(): Part {
  return { run: runPart, close: () => undefined };
}

/**
 * The only part of a run, in this thread, judging every file in order as `reader` (files read ahead by a
 * thread of the `read` role) hands them over.
 */
export function soloPart(reader: (input: PartInput) => SourceReader): Part {
  const opened: SourceReader[] = [];
  return {
    run: async (input) => {
      const release = await releaseFor(input);
      const positions = new PositionIndex();
      const source = reader(input);
      opened.push(source);
      const out: FileReport[] = [];
      for (const path of input.paths) {
        const read = source.next();
        out.push(judgeFile(path, read instanceof Promise ? await read : read, input.objectFormat, release, positions));
      }
      return out;
    },
    close: () => {
      for (const source of opened) source.close();
    },
  };
}

type Request = { id: number; input: PartInput };
type Reply = { id: number; ok: true; value: { texts: string[]; json: string } } | { id: number; ok: false; message: string };

/**
 * Reports cross the thread boundary as one JSON string plus the document texts: parsing JSON is about twice
 * as fast as structured-clone deserialisation for these object trees, and the texts are copied as plain strings.
 */
function encodeReports(reports: readonly FileReport[]): { texts: string[]; json: string } {
  const texts: string[] = [];
  const json = JSON.stringify(reports.map((r) => encodeFileReport(r, (doc) => texts.push(doc.text))));
  return { texts, json };
}

function decodeReports(value: { texts: string[]; json: string }): FileReport[] {
  let t = 0;
  return (JSON.parse(value.json) as EncodedFileReport[]).map((r) => decodeFileReport(r, () => value.texts[t++]));
}

/**
 * Part run by a worker thread of the `validate` role (see PartWorkers), usually started before the files
 * are listed, so that it has loaded its code by the time the first chunk is there to take.
 */
export function workerPart(worker: Worker): Part {
  let next = 0;
  const pending = new Map<number, { resolve: (v: { texts: string[]; json: string }) => void; reject: (e: Error) => void }>();
  // A thread that has stopped answers nothing: its requests fail at once instead of waiting forever.
  let stopped: Error | undefined = worker.threadId === -1 ? new Error('validation worker stopped') : undefined;
  const failAll = (err: Error) => {
    stopped ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.value);
    else p.reject(new Error(reply.message));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`validation worker stopped (exit code ${code})`)));
  return {
    run: (input) =>
      new Promise<{ texts: string[]; json: string }>((resolve, reject) => {
        if (stopped) return reject(stopped);
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, input } satisfies Request);
      }).then(decodeReports),
    close: () => void worker.terminate(),
  };
}

/** In a worker thread of the `validate` role: serves the part's requests. */
export function serveValidatePart(): void {
  const port = parentPort;
  if (!port) throw new Error('serveValidatePart runs only in a worker thread');
  port.on('message', async (req: Request) => {
    try {
      port.postMessage({ id: req.id, ok: true, value: encodeReports(await runPart(req.input)) } satisfies Reply);
    } catch (err) {
      port.postMessage({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies Reply);
    }
  });
}
