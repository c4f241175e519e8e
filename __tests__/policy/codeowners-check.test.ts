import { describe, it, expect } from '@jest/globals';
import { checkCodeowners, locateCodeowners, ownersOf, parseCodeowners } from '../../src/core/codeowners/index.js';
import type { Finding } from '../../src/core/finding.js';

const REPO = [
  '.github/CODEOWNERS',
  'README.md',
  'namespaces/default/platform/component-types/webapp.yaml',
  'namespaces/default/platform/traits/storage.yaml',
  'namespaces/default/platform/infra/environments/production.yaml',
  'namespaces/default/projects/shop/components/cart/component.yaml',
  'namespaces/default/projects/shop/components/cart/workload.yaml',
  'docs/guide.md',
  'docs/deep/more.md',
];

function judge(text: string, paths = REPO): Finding[] {
  const file = parseCodeowners('.github/CODEOWNERS', text);
  return [...file.findings, ...checkCodeowners(file, paths)];
}

const where = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`).sort();

describe('CODEOWNERS checks', () => {
  it('accepts a correct file without findings', () => {
    const text = [
      '# Platform team owns everything by default',
      '*                                 @acme/platform',
      '',
      '/namespaces/*/projects/shop/      @acme/shop dev@acme.example   # shop team',
      '/namespaces/default/platform/     @acme/platform @octocat',
      '/.github/CODEOWNERS               @acme/platform',
      'docs/*                            @acme/writers',
    ].join('\n');
    expect(judge(text)).toEqual([]);
  });

  it.each([
    ['negation', '* @acme/platform\n!/docs/ @acme/writers\n', ['2:1 codeowners/invalid-pattern']],
    ['brackets', '* @acme/platform\n/namespaces/[a-z]*/ @acme/x\n', ['2:13 codeowners/invalid-pattern']],
    ['GitLab section', '[Platform]\n* @acme/platform\n', ['1:1 codeowners/invalid-pattern']],
    ['owner without @', '* @acme/platform\n/docs/ writers\n', ['2:8 codeowners/invalid-owner']],
    ['comma-separated owners', '* @acme/platform,  @octocat\n', ['1:3 codeowners/invalid-owner']],
    ['nested team', '* @acme/platform/sub\n', ['1:3 codeowners/invalid-owner']],
    ['owner first', '@octocat\n* @acme/platform\n', ['1:1 codeowners/invalid-pattern']],
    ['repeated owner', '* @acme/platform @Acme/Platform\n', ['1:18 codeowners/duplicate-owner']],
    [
      'duplicate pattern',
      '/docs/ @acme/writers\n* @acme/platform\n/docs/ @acme/editors\n',
      ['3:1 codeowners/duplicate-pattern'],
    ],
    ['no matching file', '* @acme/platform\n/namespaces/default/Platform/ @acme/x\n', ['2:1 codeowners/unmatched-pattern']],
    [
      'shadowed by a later catch-all',
      '/namespaces/default/platform/ @acme/platform\n* @acme/everyone\n',
      ['1:1 codeowners/shadowed-rule'],
    ],
    [
      'shadowed by several later lines',
      '/docs/ @acme/writers\n* @acme/platform\ndocs/*.md @acme/a\n/docs/deep/ @acme/b\n',
      ['1:1 codeowners/shadowed-rule'],
    ],
    [
      'pattern without owners',
      '* @acme/platform\n/namespaces/default/platform/traits/\n',
      ['2:1 codeowners/clears-ownership'],
    ],
    ['indented pattern', '   * @acme/platform\n  /nope/ @x\n', ['2:3 codeowners/unmatched-pattern']],
  ])('%s → finding at the right line', (_name, text, expected) => {
    expect(where(judge(text))).toEqual(expected);
  });

  it('does not call a catch-all line shadowed: it owns the files added later', () => {
    const text = '* @acme/everyone\n/namespaces/ @acme/platform\n/docs/ @acme/writers\n/.github/ @acme/platform\n/README.md @acme/writers\n';
    expect(judge(text)).toEqual([]);
    expect(where(judge('docs/*.md @acme/writers\n' + text))).toEqual(['1:1 codeowners/shadowed-rule']);
  });

  it('names the shadowing line and the clearing line in messages', () => {
    const [shadow] = judge('/namespaces/default/platform/ @acme/platform\n* @acme/everyone\n');
    expect(shadow.message).toContain('line 2 `*`');
    expect(shadow.severity).toBe('warning');
    const [clear] = judge('* @acme/platform\n/namespaces/default/platform/traits/\n');
    expect(clear.message).toContain('1 file an earlier line gives an owner');
  });

  it('keeps \\# escapes and inline comments apart', () => {
    const file = parseCodeowners('CODEOWNERS', '\\#notes/ @acme/a # comment\n#comment @x\n');
    expect(file.rules).toHaveLength(1);
    expect(file.rules[0].pattern).toBe('\\#notes/');
    expect(file.rules[0].owners.map((o) => o.owner.text)).toEqual(['@acme/a']);
  });

  it('answers ownersOf with the last matching line (no fallback after a cleared line)', () => {
    const file = parseCodeowners('CODEOWNERS', '* @acme/all\n/apps/ @octocat\n/apps/github\n');
    expect(ownersOf(file, 'apps/x.yaml')?.owners.map((o) => o.text)).toEqual(['@octocat']);
    expect(ownersOf(file, 'apps/github/x.yaml')?.owners).toEqual([]);
    expect(ownersOf(file, 'apps/github/x.yaml')?.rule.line).toBe(3);
    expect(ownersOf(file, 'lib/x.yaml')?.rule.line).toBe(1);
  });

  it('skips invalid lines when computing owners, as GitHub does', () => {
    const file = parseCodeowners('CODEOWNERS', '* @acme/all\n!/apps/ @x\n');
    expect(ownersOf(file, 'apps/a')?.rule.line).toBe(1);
  });

  it('locates the file GitHub uses and flags the others and the size limit', () => {
    const located = locateCodeowners([
      { path: 'docs/CODEOWNERS', bytes: 10 },
      { path: 'CODEOWNERS', bytes: 10 },
      { path: '.github/CODEOWNERS', bytes: 3 * 1024 * 1024 },
    ]);
    expect(located.path).toBe('.github/CODEOWNERS');
    expect(located.loaded).toBe(false);
    expect(located.findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual([
      '.github/CODEOWNERS codeowners/too-large',
      'CODEOWNERS codeowners/ignored-file',
      'docs/CODEOWNERS codeowners/ignored-file',
    ]);
    expect(locateCodeowners([{ path: 'CODEOWNERS', bytes: 3 * 1024 * 1024 - 1 }])).toEqual({ path: 'CODEOWNERS', loaded: true, findings: [] });
    expect(locateCodeowners([]).path).toBeUndefined();
  });
});
