import type { Finding } from './finding.js';
import { parseYamlFile, type YamlDocument } from './parse.js';
import { classify, type Manifest, type Resource } from './resource.js';
import type { SourceFile } from './source.js';

/** What the repository's YAML holds, sorted by what it is. */
export interface Documents {
  documents: YamlDocument[];
  resources: Resource[];
  manifests: Manifest[];
  findings: Finding[];
}

/** Parses YAML files and recognises OpenChoreo resources by apiVersion/kind (never by folder). */
export function readDocuments(files: readonly SourceFile[]): Documents {
  const out: Documents = { documents: [], resources: [], manifests: [], findings: [] };
  for (const file of files) {
    const parsed = parseYamlFile(file);
    out.findings.push(...parsed.findings);
    for (const doc of parsed.documents) {
      out.documents.push(doc);
      const c = classify(doc);
      if (c.type === 'openchoreo') out.resources.push(c.resource);
      else if (c.type === 'kubernetes') out.manifests.push(c.manifest);
      else if (c.type === 'not-a-mapping') {
        out.findings.push({
          ruleId: 'yaml/not-a-mapping',
          severity: 'warning',
          file: doc.file,
          line: doc.startLine,
          column: 1,
          message: `This YAML document is a ${Array.isArray(doc.value) ? 'list' : 'scalar'}, not a mapping; Kubernetes manifests are mappings with apiVersion and kind.`,
          hint: 'If the file is not a manifest, add it to the ignore list.',
        });
      }
    }
  }
  return out;
}
