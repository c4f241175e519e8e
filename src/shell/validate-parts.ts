import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Finding } from '../core/finding.js';
import { loadFiles, type Loaded } from '../core/load-stage.js';
import type { YamlDocument } from '../core/parse.js';
import { PositionIndex } from '../core/position.js';
import type { MarkerSet } from '../core/release-detect.js';
import { findRelease, loadValidators } from '../core/releases.js';
import type { Manifest, Resource } from '../core/resource.js';
import { slimForTransport } from '../core/transport.js';
import { checkResources } from '../core/validate.js';
import { blobId } from './read-base.js';
import { readSources } from './read-repo.js';

/** What the load stage reports back (plain data). */
export interface LoadReport {
  findings: Finding[];
  markers: MarkerSet;
  documents: number;
  /** Git blob id per file read (path → id), to skip unchanged files at the PR base. */
  blobs: [string, string][];
}

/** What the check stage reports back: findings located, resources with CRD defaults applied. */
export interface CheckReport {
  findings: Finding[];
  resources: Resource[];
  manifests: Manifest[];
}

export interface LoadInput {
  root: string;
  paths: string[];
  maxBytes: number;
  /** Hash format of the repository's git objects; undefined when no base revision needs blob ids. */
  objectFormat: 'sha1' | 'sha256' | undefined;
}

/** A share of the repository's files, loaded and checked either in this thread or in a worker thread. */
export interface Part {
  load(input: LoadInput): Promise<LoadReport>;
  check(releaseTag: string, baseObjects: [string, unknown][]): Promise<CheckReport>;
  close(): void;
}

/** Does the work of one part; the same code runs in process and inside a worker. */
class PartWork {
  private loaded: Loaded | undefined;
  private readonly positions = new PositionIndex();

  load(input: LoadInput): LoadReport {
    const read = readSources(input.root, input.paths, input.maxBytes);
    this.loaded = loadFiles(read.files);
    return {
      findings: [...read.findings, ...this.loaded.findings],
      markers: this.loaded.markers,
      documents: this.loaded.documents.length,
      blobs: input.objectFormat ? read.files.map((f) => [f.path, blobId(f.text, input.objectFormat!)]) : [],
    };
  }

  async check(releaseTag: string, baseObjects: [string, unknown][]): Promise<CheckReport> {
    const loaded = this.loaded;
    const found = findRelease(releaseTag);
    if (!loaded || !found) throw new Error(`check before load, or unknown release ${releaseTag}`);
    const release = await loadValidators(found);
    const base = baseObjects.length ? new Map(baseObjects) : undefined;
    const findings = checkResources(loaded.resources, release, this.positions, base);
    return { findings, resources: loaded.resources, manifests: loaded.manifests };
  }
}

/** In-process part, for small repositories and tests. */
export function localPart(): Part {
  const work = new PartWork();
  return {
    load: async (input) => work.load(input),
    check: (tag, base) => work.check(tag, base),
    close: () => undefined,
  };
}

const ROLE = 'openchoreo-gitops/validate-part';

type Call = { method: 'load'; input: LoadInput } | { method: 'check'; releaseTag: string; baseObjects: [string, unknown][] };
type Request = Call & { id: number };
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
interface EncodedCheck {
  findings: Finding[];
  texts: string[];
  json: string;
}

/**
 * Resources cross the thread boundary as one JSON string plus the document texts: parsing JSON is about twice
 * as fast as structured-clone deserialisation for these object trees, and the texts are copied as plain
 * strings. ComponentRelease snapshots travel without their rendered templates (see slimForTransport).
 */
function encodeCheck(report: CheckReport): EncodedCheck {
  const texts: string[] = [];
  const docIndex = new Map<YamlDocument, number>();
  const docRef = (doc: YamlDocument) => {
    let i = docIndex.get(doc);
    if (i === undefined) {
      i = texts.length;
      texts.push(doc.text);
      docIndex.set(doc, i);
    }
    return { file: doc.file, index: doc.index, startLine: doc.startLine, text: i };
  };
  const plain = (r: Resource | Manifest, object: unknown) => ({ apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace, doc: docRef(r.doc), object });
  const json = JSON.stringify({
    resources: report.resources.map((r) => plain(r, slimForTransport(r))),
    manifests: report.manifests.map((m) => plain(m, m.object)),
  });
  return { findings: report.findings, texts, json };
}

function decodeCheck(value: EncodedCheck): CheckReport {
  const { resources, manifests } = JSON.parse(value.json) as { resources: any[]; manifests: any[] };
  const docs = new Map<number, YamlDocument>();
  const revive = (r: any) => {
    let doc = docs.get(r.doc.text);
    if (!doc) {
      doc = { file: r.doc.file, index: r.doc.index, startLine: r.doc.startLine, text: value.texts[r.doc.text], value: r.object };
      docs.set(r.doc.text, doc);
    }
    return { apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace ?? undefined, doc, object: r.object };
  };
  return { findings: value.findings, resources: resources.map(revive), manifests: manifests.map(revive) };
}

/**
 * Part run by a worker thread started from `script` (a bundle whose entry calls runPartWorkerIfAsked first).
 * The thread starts loading the bundle at once, while the caller is still listing files.
 */
export function workerPart(script: URL): Part {
  // A larger young generation: parsing allocates many short-lived objects, and scavenges dominate otherwise.
  const worker = new Worker(script, { workerData: { role: ROLE } });
  let next = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
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
  const call = (req: Call) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...req, id });
    });
  return {
    load: async (input) => (await call({ method: 'load', input })) as LoadReport,
    check: async (releaseTag, baseObjects) => decodeCheck((await call({ method: 'check', releaseTag, baseObjects })) as EncodedCheck),
    close: () => void worker.terminate(),
  };
}

/** In a bundle's worker thread started by workerPart: serve requests and return true; else return false. */
export function runPartWorkerIfAsked(): boolean {
  if (isMainThread || !parentPort || (workerData as { role?: string } | undefined)?.role !== ROLE) return false;
  const port = parentPort;
  const work = new PartWork();
  port.on('message', async (req: Request) => {
    try {
      const value = req.method === 'load' ? work.load(req.input) : encodeCheck(await work.check(req.releaseTag, req.baseObjects));
      port.postMessage({ id: req.id, ok: true, value } satisfies Reply);
    } catch (err) {
      port.postMessage({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies Reply);
    }
  });
  return true;
}
