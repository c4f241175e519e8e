import { describe, it, expect } from '@jest/globals';
import { matchBase } from '../../src/core/base-match.js';
import { resourcesOf } from './resources.js';

const env = (name: string, namespace?: string) =>
  `apiVersion: openchoreo.dev/v1alpha1\nkind: Environment\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}spec: {}\n`;
const names = (rs: { name: string; doc: { file: string } }[]) => rs.map((r) => `${r.doc.file}#${r.name}`);

describe('matchBase', () => {
  it('pairs by kind/namespace/name, not by file', () => {
    const base = resourcesOf({ 'old/dev.yaml': env('dev'), 'old/gone.yaml': env('gone') });
    const head = resourcesOf({ 'envs/development.yaml': env('dev'), 'envs/new.yaml': env('new') });
    const m = matchBase(head, base);
    expect(m.pairs.map((p) => [p.head.doc.file, p.base.doc.file])).toEqual([['envs/development.yaml', 'old/dev.yaml']]);
    expect(names(m.added)).toEqual(['envs/new.yaml#new']);
    expect(names(m.removed)).toEqual(['old/gone.yaml#gone']);
  });

  it('treats a missing namespace as "default", and another namespace as another object', () => {
    const base = resourcesOf({ 'a.yaml': env('dev'), 'b.yaml': env('qa', 'team') });
    const head = resourcesOf({ 'a.yaml': env('dev', 'default'), 'b.yaml': env('qa', 'other') });
    const m = matchBase(head, base);
    expect(m.pairs.map((p) => p.head.name)).toEqual(['dev']);
    expect(names(m.added)).toEqual(['b.yaml#qa']);
  });

  it('ignores the namespace of cluster-scoped kinds when told which they are', () => {
    const base = resourcesOf({ 'a.yaml': env('dev', 'x') });
    const head = resourcesOf({ 'a.yaml': env('dev', 'y') });
    expect(matchBase(head, base, { isClusterScoped: (k) => k === 'Environment' }).pairs).toHaveLength(1);
  });

  it('does not guess when a key is defined twice on one side', () => {
    const base = resourcesOf({ 'a.yaml': env('dev') });
    const head = resourcesOf({ 'a.yaml': env('dev'), 'b.yaml': env('dev') });
    const m = matchBase(head, base);
    expect(m.pairs).toEqual([]);
    expect(m.added).toEqual([]);
    expect(m.removed).toEqual([]);
  });
});
