import { describe, it, expect } from '@jest/globals';
import { FORMAT_NAMES, FORMATS, formatByName, isFormatName } from '../../src/core/report/formats.js';
import { formatJson } from '../../src/core/report/json.js';
import { formatSarif } from '../../src/core/report/sarif.js';
import { formatText } from '../../src/core/report/text.js';
import { summaryOf, three } from './sample.js';
import { catalog } from './sarif-catalog.js';

const summary = summaryOf(three);
const options = { toolVersion: '0.1.0', rules: catalog, color: true, pretty: true, category: 'cat' };

describe('formats', () => {
  it('lists text, json and sarif', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'json', 'sarif']);
    expect(Object.keys(FORMATS)).toEqual(FORMAT_NAMES);
  });

  it.each([
    ['text', formatText(three, summary, { color: true })],
    ['json', formatJson(three, summary, { pretty: true })],
    ['sarif', formatSarif(three, summary, { toolVersion: '0.1.0', rules: catalog, category: 'cat' })],
  ])('%s passes its options through', (name, expected) => {
    expect(formatByName(name)(three, summary, options)).toBe(expected);
  });

  it.each(['xml', 'TEXT', '', 'toString', '__proto__', 'hasOwnProperty'])('rejects %j and lists the valid names', (name) => {
    expect(isFormatName(name)).toBe(false);
    expect(() => formatByName(name)).toThrow(`Unknown format "${name}". Valid formats: text, json, sarif.`);
  });
});
