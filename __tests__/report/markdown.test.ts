import { describe, it, expect } from '@jest/globals';
import { formatMarkdown } from '../../src/core/report/markdown.js';
import { escapeCell } from '../../src/core/report/markdown-escape.js';
import { finding, summaryOf, three } from './sample.js';

describe('formatMarkdown', () => {
  it('full layout for a failing run', () => {
    const summary = summaryOf(three, { durationMs: 1234 });
    expect(formatMarkdown(three, summary)).toBe(
      [
        '## ❌ OpenChoreo validate: failed (2 errors, 1 warning, 0 notes)',
        '',
        '**Release:** OpenChoreo v1.2.3, detected from the repository.',
        '',
        '- apiVersion openchoreo.dev/v1alpha1 in 3 files',
        '',
        'Checked 42 files, 130 documents, 120 resources in 1.2 s.',
        '',
        '| Severity | Count |',
        '| --- | ---: |',
        '| ❌ Errors | 2 |',
        '| ⚠️ Warnings | 1 |',
        '| ℹ️ Notes | 0 |',
        '',
        '### Findings by rule',
        '',
        '| Rule | Findings |',
        '| --- | ---: |',
        '| schema/unknown-field | 2 |',
        '| refs/missing-owner | 1 |',
        '',
        '### Findings by file',
        '',
        '| File | Findings |',
        '| --- | ---: |',
        '| apps/web/component.yaml | 2 |',
        '| apps/api/workload.yaml | 1 |',
        '',
        '### Findings',
        '',
        '| Severity | Location | Rule | Message | Hint |',
        '| --- | --- | --- | --- | --- |',
        '| ❌ error | apps/web/component.yaml:12:3 | schema/unknown-field | Unknown field "replica". | Did you mean "replicas"? |',
        '| ❌ error | apps/web/component.yaml:20:5 | schema/unknown-field | Unknown field "port". |  |',
        '| ⚠️ warning | apps/api/workload.yaml:4:1 | refs/missing-owner | Owner project "shop" not found. |  |',
        '',
      ].join('\n'),
    );
  });

  it('a clean run with an assumed release has no finding sections', () => {
    const summary = summaryOf([], { command: 'policy', release: { tag: 'v1.1.6', detected: false, evidence: [] } });
    expect(formatMarkdown([], summary)).toBe(
      [
        '## ✅ OpenChoreo policy: passed (0 errors, 0 warnings, 0 notes)',
        '',
        '**Release:** OpenChoreo v1.1.6 (not detected; set by input or default).',
        '',
        'Checked 42 files, 130 documents, 120 resources.',
        '',
        '| Severity | Count |',
        '| --- | ---: |',
        '| ❌ Errors | 0 |',
        '| ⚠️ Warnings | 0 |',
        '| ℹ️ Notes | 0 |',
        '',
      ].join('\n'),
    );
  });

  it('hostile text cannot break the table or inject HTML', () => {
    const hostile = finding({
      file: 'a|b`c`.yaml',
      message: 'x | y\n## injected\r\n<script>alert(1)</script> [link](https://evil.example) **bold**',
      hint: '`code` & <img src=x onerror=alert(1)>',
    });
    const out = formatMarkdown([hostile], summaryOf([hostile], { release: { tag: 'v1<b>', detected: true, evidence: ['- x\n# y'] } }));
    const row = out.split('\n').find((line) => line.startsWith('| ❌ error'));
    expect(row).toBe(
      '| ❌ error | a\\|b\\`c\\`.yaml:12:3 | schema/unknown-field | x \\| y<br>## injected<br>&lt;script&gt;alert(1)&lt;/script&gt; ' +
        '\\[link\\](https://evil.example) \\*\\*bold\\*\\* | \\`code\\` &amp; &lt;img src=x onerror=alert(1)&gt; |',
    );
    expect(out).not.toMatch(/<(script|img|b)\b/);
    expect(out).toContain('**Release:** OpenChoreo v1&lt;b&gt;, detected');
    expect(out).toContain('\n- - x<br># y\n');
    // Every table row still has exactly its columns' unescaped pipes.
    const pipes = (line: string) => line.replace(/\\\|/g, '').split('|').length - 1;
    expect(pipes(row ?? '')).toBe(6);
  });

  it('cuts long cells and lists at most topFiles files', () => {
    const list = Array.from({ length: 30 }, (_, i) => finding({ file: `f${String(i).padStart(2, '0')}.yaml`, message: 'm'.repeat(2000) }));
    const out = formatMarkdown(list, summaryOf(list), { maxFindings: 5 });
    expect(out).toContain('| f19.yaml | 1 |');
    expect(out).not.toContain('| f20.yaml | 1 |');
    expect(out).toContain('\n… and 10 more files.\n');
    expect(out).toContain(`| ${'m'.repeat(499)}… |`);
    expect(out.endsWith('\n… and 25 more findings not shown here.\n')).toBe(true);
  });

  it.each([
    [20_000, 1_048_576],
    [3_000, 100_000],
    [1, 2_000],
  ])('%i findings stay under %i bytes, with a "more" line', (count, maxBytes) => {
    const list = Array.from({ length: count }, (_, i) =>
      finding({ file: `apps/ünïcödé-${i}/component.yaml`, line: i + 1, message: '✖'.repeat(400), hint: 'h'.repeat(400) }),
    );
    const out = formatMarkdown(list, summaryOf(list), { maxFindings: Infinity, maxBytes });
    const size = new TextEncoder().encode(out).length;
    expect(size).toBeLessThanOrEqual(maxBytes);
    const shown = out.split('\n').filter((line) => line.startsWith('| ❌ error')).length;
    expect(shown).toBeLessThan(count);
    expect(out).toContain(`\n… and ${count - shown} more finding`);
  });
});

describe('escapeCell', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a|b', 'a\\|b'],
    ['`x`', '\\`x\\`'],
    ['<script>', '&lt;script&gt;'],
    ['&lt;', '&amp;lt;'],
    ['a\nb\r\nc\rd', 'a<br>b<br>c<br>d'],
    ['back\\slash', 'back\\\\slash'],
    ['tab\there\u0007', 'tab here '],
    ['_x_ ~y~ [z]', '\\_x\\_ \\~y\\~ \\[z\\]'],
  ])('%j', (raw, escaped) => expect(escapeCell(raw)).toBe(escaped));
});
