/** A location inside a parsed YAML document: map keys and list indexes from the document root. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Renders a path the way the Kubernetes API server does: `spec.container.env[1].value`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (plainKey.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '<root>';
}

/** Converts an Ajv/JSON-pointer instance path (`/spec/env/0`) into path segments. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^(0|[1-9][0-9]*)$/.test(seg) ? Number(seg) : seg));
}

/** Reads the value at a path, or undefined. */
export function valueAt(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}
