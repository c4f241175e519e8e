import { celList, celMap, type CelInput } from '@bufbuild/cel';
import type { StructuralSchema } from '../crd.js';
import { fieldSchema } from './field-schema.js';

/**
 * Turns parsed YAML into CEL values typed by the structural schema, the way the API server does:
 * `integer` fields become CEL ints (bigint), `number` fields doubles, untyped (preserved) numbers ints when
 * integral; null and absent properties are invisible; an object with `properties` exposes only those.
 *
 * Objects are wrapped lazily: a field is converted when a rule reads it, so `has(self.forEach)` on a large
 * template does not copy the template.
 */
export function toCelValue(value: unknown, schema: StructuralSchema | undefined): CelInput {
  switch (typeof value) {
    case 'number':
      return toCelNumber(value, schema);
    case 'string':
    case 'boolean':
    case 'bigint':
      return value;
    case 'object':
      if (value === null) return null;
      if (Array.isArray(value)) {
        const items = schema?.items;
        return celList(value.map((item) => toCelValue(item, items)));
      }
      // CelObject has every ReadonlyMap member celMap uses; its iterators are plain generators.
      return celMap(new CelObject(value as Record<string, unknown>, schema) as unknown as ReadonlyMap<string, CelInput>);
    default:
      return null;
  }
}

function toCelNumber(value: number, schema: StructuralSchema | undefined): CelInput {
  if (schema?.type === 'number') return value;
  return Number.isSafeInteger(value) ? BigInt(value) : value;
}

const ESCAPES: Record<string, string> = { underscores: '__', dot: '.', dash: '-', slash: '/' };
const escaped = /__([a-z]+)__/g;

/** Kubernetes escapes property names for CEL (`__dash__` for `-`, `__namespace__` for a reserved word). */
function unescapeName(name: string): string {
  if (!name.includes('__')) return name;
  return name.replace(escaped, (whole, word: string) => ESCAPES[word] ?? (RESERVED.has(word) ? word : whole));
}

const RESERVED = new Set([
  'true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if',
  'import', 'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while',
]);

/** A read-only map view of one object, keyed by the names CEL may see. */
class CelObject {
  private converted: Map<string, CelInput> | undefined;
  private visible: string[] | undefined;

  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly schema: StructuralSchema | undefined,
  ) {}

  get(name: string): CelInput | undefined {
    const hit = this.converted?.get(name);
    if (hit !== undefined) return hit;
    let key = name;
    if (!Object.prototype.hasOwnProperty.call(this.raw, key)) {
      // Only declared property names are escaped; map keys are used as written.
      if (!this.schema?.properties || !name.includes('__')) return undefined;
      key = unescapeName(name);
      if (!Object.prototype.hasOwnProperty.call(this.raw, key)) return undefined;
    }
    const raw = this.raw[key];
    if (raw === null || raw === undefined) return undefined;
    const schema = fieldSchema(this.schema, key);
    if (schema === null) return undefined;
    const value = toCelValue(raw, schema);
    (this.converted ??= new Map()).set(name, value);
    return value;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  private visibleKeys(): string[] {
    if (!this.visible) {
      this.visible = Object.keys(this.raw).filter((k) => {
        const v = this.raw[k];
        return v !== null && v !== undefined && fieldSchema(this.schema, k) !== null;
      });
    }
    return this.visible;
  }

  keys(): IterableIterator<string> {
    return this.visibleKeys()[Symbol.iterator]();
  }

  get size(): number {
    return this.visibleKeys().length;
  }

  *entries(): IterableIterator<[string, CelInput]> {
    for (const k of this.keys()) yield [k, this.get(k) as CelInput];
  }

  *values(): IterableIterator<CelInput> {
    for (const k of this.keys()) yield this.get(k) as CelInput;
  }

  forEach(callback: (value: CelInput, key: string, map: CelObject) => void): void {
    for (const k of this.keys()) callback(this.get(k) as CelInput, k, this);
  }

  [Symbol.iterator](): IterableIterator<[string, CelInput]> {
    return this.entries();
  }
}
