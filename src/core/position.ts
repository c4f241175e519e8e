import { LineCounter, Parser, Composer, isMap, isSeq, isScalar, isPair, type Node, type Document } from 'yaml';
import type { Path } from './path.js';
import type { YamlDocument } from './parse.js';

export interface Position {
  line: number;
  column: number;
}

interface Located {
  doc: Document.Parsed | undefined;
  lines: LineCounter;
}

/**
 * Finds the line and column of a node given by path. Only documents with a finding are re-parsed, with the
 * `yaml` package (which keeps source ranges); the result is cached per document.
 */
export class PositionIndex {
  private readonly cache = new WeakMap<YamlDocument, Located>();

  private load(doc: YamlDocument): Located {
    let hit = this.cache.get(doc);
    if (!hit) {
      const lines = new LineCounter();
      let parsed: Document.Parsed | undefined;
      try {
        const composer = new Composer({ keepSourceTokens: false });
        const docs = [...composer.compose(new Parser(lines.addNewLine).parse(doc.text), true)];
        parsed = docs[0] as Document.Parsed | undefined;
      } catch {
        parsed = undefined;
      }
      hit = { doc: parsed, lines };
      this.cache.set(doc, hit);
    }
    return hit;
  }

  /**
   * Position of the node at path. For a map entry this is its key (where an editor puts the cursor); for a
   * path that does not exist (a missing required field) it is the deepest existing ancestor's key.
   */
  locate(doc: YamlDocument, path: Path): Position {
    const { doc: parsed, lines } = this.load(doc);
    const fallback = { line: doc.startLine, column: 1 };
    if (!parsed || !parsed.contents) return fallback;
    let node: unknown = parsed.contents;
    let anchor: number | undefined = rangeStart(node);
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && scalarKey(p.key) === String(seg));
        if (!pair) break;
        anchor = rangeStart(pair.key) ?? rangeStart(pair.value) ?? anchor;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg];
        if (item === undefined) break;
        anchor = rangeStart(item) ?? anchor;
        node = item;
      } else {
        break;
      }
    }
    if (anchor === undefined) return fallback;
    const { line, col } = lines.linePos(anchor);
    return { line: doc.startLine + line - 1, column: col };
  }
}

function scalarKey(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null)?.range;
  return range ? range[0] : undefined;
}
