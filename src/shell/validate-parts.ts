import { parentPort, type Worker } from 'node:worker_threads';
import { readDocuments } from '../core/documents.js';
import type { Finding } from '../core/finding.js';
import type { YamlDocument } from '../core/parse.js';
import { PositionIndex } from '../core/position.js';
import { collectMarkers, mergeMarkers, type MarkerSet } from '../core/release-detect.js';
import { findRelease, loadValidators } from '../core/releases.js';
import type { Manifest, Resource } from '../core/resource.js';
import type { SourceFile } from '../core/source.js';
import { slimForTransport } from '../core/transport.js';
import { baseKey, checkResource } from '../core/validate.js';
import { blobId } from './read-base.js';
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
  /** Every file of the run, in listing order. */
  paths: string[];
  maxBytes: number;
  /** Hash format of the repository's git objects; undefined when no base revision needs blob ids. */
  objectFormat: 'sha1' | 'sha256' | undefined;
  /** One Int32: the index of the next file to take, shared by every part of the run. */
  next: SharedArrayBuffer;
  /** The release to judge with (a tag). */
  releaseTag: string;
}

/** What a part reports back (plain data). */
export interface PartReport {
  findings: Finding[];
  /** CEL findings per resource: validation ratcheting against the PR base may soften them. */
  cel: CelFindings[];
  markers: MarkerSet;
  documents: number;
  /** Git blob id per file read (path → id), to skip unchanged files at the PR base. */
  blobs: [string, string][];
  /** Resources with CRD defaults applied; ComponentRelease snapshots without their templates (see slimForTransport). */
  resources: Resource[];
  manifests: Manifest[];
}

/** The CEL findings of one resource, with what finds it again: its identity at the base and its document. */
export interface CelFindings {
  key: string;
  file: string;
  index: number;
  findings: Finding[];
}

/** Files per chunk taken from the shared counter: small enough that the parts finish together. */
const CHUNK = 16;

export interface Part {
  run(input: PartInput): Promise<PartReport>;
  close(): void;
}

/** A resource as kept after its own checks: a snapshot loses its templates (and its document the full value). */
function kept(resource: Resource): Resource {
  const object = slimForTransport(resource);
  return object === resource.object ? resource : { ...resource, object, doc: { ...resource.doc, value: object } };
}

/** Does the work of one part; the same code runs in process and inside a worker. */
async function runPart(input: PartInput): Promise<PartReport> {
  const found = findRelease(input.releaseTag);
  if (!found) throw new Error(`unknown release ${input.releaseTag}`);
  const release = await loadValidators(found);
  const positions = new PositionIndex();
  const report: PartReport = { findings: [], cel: [], markers: { markers: [], projectsWithoutType: [] }, documents: 0, blobs: [], resources: [], manifests: [] };
  const markerSets: MarkerSet[] = [];
  const next = new Int32Array(input.next);
  const { root, paths, maxBytes, objectFormat } = input;
  for (let from = Atomics.add(next, 0, CHUNK); from < paths.length; from = Atomics.add(next, 0, CHUNK)) {
    const files: SourceFile[] = [];
    for (let i = from; i < Math.min(from + CHUNK, paths.length); i++) {
      const read = readSource(root, paths[i], maxBytes);
      if (!('text' in read)) {
        report.findings.push(read);
        continue;
      }
      files.push(read);
      if (objectFormat) report.blobs.push([read.path, blobId(read.text, objectFormat)]);
    }
    const docs = readDocuments(files);
    report.findings.push(...docs.findings);
    report.documents += docs.documents.length;
    report.manifests.push(...docs.manifests);
    markerSets.push(collectMarkers(docs.resources));
    for (const resource of docs.resources) {
      const checked = checkResource(resource, release, positions);
      report.findings.push(...checked.findings);
      if (checked.cel.length) report.cel.push({ key: baseKey(resource), file: resource.doc.file, index: resource.doc.index, findings: checked.cel });
      report.resources.push(kept(resource));
    }
  }
  report.markers = mergeMarkers(markerSets);
  return report;
}

/** In-process part, for small repositories and tests. */
export function localPart(): Part {
  return { run: runPart, close: () => undefined };
}

type Request = { id: number; input: PartInput };
type Reply = { id: number; ok: true; value: EncodedReport } | { id: number; ok: false; message: string };
type EncodedReport = Omit<PartReport, 'resources' | 'manifests'> & { texts: string[]; json: string };

/**
 * Resources cross the thread boundary as one JSON string plus the document texts: parsing JSON is about twice
 * as fast as structured-clone deserialisation for these object trees, and the texts are copied as plain strings.
 */
function encodeReport(report: PartReport): EncodedReport {
  const { resources, manifests, ...rest } = report;
  const texts: string[] = [];
  const plain = (r: Resource | Manifest) => {
    texts.push(r.doc.text);
    return { apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace, doc: { file: r.doc.file, index: r.doc.index, startLine: r.doc.startLine }, object: r.object };
  };
  const json = JSON.stringify({ resources: resources.map(plain), manifests: manifests.map(plain) });
  return { ...rest, texts, json };
}

function decodeReport(value: EncodedReport): PartReport {
  const { texts, json, ...rest } = value;
  const { resources, manifests } = JSON.parse(json) as { resources: any[]; manifests: any[] };
  let t = 0;
  const revive = (r: any) => {
    const doc: YamlDocument = { ...r.doc, text: texts[t++], value: r.object };
    return { apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace ?? undefined, doc, object: r.object };
  };
  return { ...rest, resources: resources.map(revive), manifests: manifests.map(revive) };
}

/**
 * Part run by a worker thread of the `validate` role (see PartWorkers), usually started before the files
 * are listed, so that it has loaded its code by the time the first chunk is there to take.
 */
export function workerPart(worker: Worker): Part {
  let next = 0;
  const pending = new Map<number, { resolve: (v: EncodedReport) => void; reject: (e: Error) => void }>();
  const failAll = (err: Error) => {
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
  worker.on('exit', (code) => {
    if (pending.size) failAll(new Error(`validation worker stopped (exit code ${code})`));
  });
  return {
    run: (input) =>
      new Promise<EncodedReport>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, input } satisfies Request);
      }).then(decodeReport),
    close: () => void worker.terminate(),
  };
}

/** In a worker thread of the `validate` role: serves the part's requests. */
export function serveValidatePart(): void {
  const port = parentPort;
  if (!port) throw new Error('serveValidatePart runs only in a worker thread');
  port.on('message', async (req: Request) => {
    try {
      port.postMessage({ id: req.id, ok: true, value: encodeReport(await runPart(req.input)) } satisfies Reply);
    } catch (err) {
      port.postMessage({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies Reply);
    }
  });
}
