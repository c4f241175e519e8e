import type { Finding } from './finding.js';
import type { MarkerSet } from './release-detect.js';
import type { Manifest, Resource } from './resource.js';

/** The CEL findings of one resource, with what finds it again: its identity at the base and its document. */
export interface CelFindings {
  key: string;
  file: string;
  index: number;
  findings: Finding[];
}

/**
 * What one file gives a validation run once read, parsed and judged on its own (plain data): the unit that
 * worker threads send back and that the validation cache keeps.
 */
export interface FileReport {
  path: string;
  /** Git blob id of the bytes read, in the run's object format; '' when not asked for or not readable. */
  blob: string;
  findings: Finding[];
  /** CEL findings per resource: validation ratcheting against the PR base may soften them. */
  cel: CelFindings[];
  markers: MarkerSet;
  documents: number;
  /** Resources with CRD defaults applied; ComponentRelease snapshots without their templates (see slimForTransport). */
  resources: Resource[];
  manifests: Manifest[];
}

/** Where a document sits in its file; its text travels apart. */
interface DocPlace {
  file: string;
  index: number;
  startLine: number;
}

interface PlainDocument {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string | null;
  doc: DocPlace;
  object: Record<string, any>;
}

/** A FileReport as JSON can hold it: documents without their texts. */
export type EncodedFileReport = Omit<FileReport, 'resources' | 'manifests'> & { resources: PlainDocument[]; manifests: PlainDocument[] };

/** The report in JSON form; `onText` receives each document (resources first, then manifests) so its text can be kept apart. */
export function encodeFileReport(report: FileReport, onText: (doc: { text: string }) => void): EncodedFileReport {
  const plain = (r: Resource | Manifest): PlainDocument => {
    onText(r.doc);
    return { apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace ?? null, doc: { file: r.doc.file, index: r.doc.index, startLine: r.doc.startLine }, object: r.object };
  };
  return { ...report, resources: report.resources.map(plain), manifests: report.manifests.map(plain) };
}

/** The report back from its JSON form; `textOf` gives each document's text, in the order encodeFileReport met them. */
export function decodeFileReport(encoded: EncodedFileReport, textOf: (place: DocPlace) => string): FileReport {
  const revive = (r: PlainDocument) => ({
    apiVersion: r.apiVersion,
    kind: r.kind,
    name: r.name,
    namespace: r.namespace ?? undefined,
    doc: { ...r.doc, text: textOf(r.doc), value: r.object },
    object: r.object,
  });
  return { ...encoded, resources: encoded.resources.map(revive), manifests: encoded.manifests.map(revive) };
}
