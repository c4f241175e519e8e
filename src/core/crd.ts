/** Facts about one OpenChoreo kind in one release, as generated into schemas/ from its CRD. */
export interface CrdInfo {
  group: string;
  /** Storage version, e.g. `v1alpha1`. */
  version: string;
  /** Every served `group/version`. */
  apiVersions: string[];
  scope: 'Namespaced' | 'Cluster';
  plural: string;
  shortNames: string[];
  /** The structural openAPIV3Schema with x-kubernetes-* extensions (descriptions removed). */
  schema: StructuralSchema;
}

export type CrdCatalog = Record<string, CrdInfo>;

/** The subset of a Kubernetes structural schema node this project reads. */
export interface StructuralSchema {
  type?: string;
  properties?: Record<string, StructuralSchema>;
  additionalProperties?: boolean | StructuralSchema;
  items?: StructuralSchema;
  required?: string[];
  default?: unknown;
  enum?: unknown[];
  allOf?: StructuralSchema[];
  'x-kubernetes-validations'?: { rule: string; message?: string; messageExpression?: string; reason?: string; fieldPath?: string }[];
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-map-type'?: 'atomic' | 'granular';
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  [key: string]: unknown;
}

/** An Ajv error as the standalone validators report it. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A generated standalone validator: applies CRD defaults to data in place, returns true when valid. */
export interface KindValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
