import { readDocuments, type Documents } from './documents.js';
import { collectMarkers, type MarkerSet } from './release-detect.js';
import type { SourceFile } from './source.js';

/** Parsed files plus the release markers they hold. */
export interface Loaded extends Documents {
  markers: MarkerSet;
}

/** First stage of validation, per file (so it can run in a worker): parse, recognise, collect release markers. */
export function loadFiles(files: readonly SourceFile[]): Loaded {
  const docs = readDocuments(files);
  return { ...docs, markers: collectMarkers(docs.resources) };
}
