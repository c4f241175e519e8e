// Every test may judge manifests of any release: load all schema validators once per test file.
import { loadValidators, RELEASES } from '../../src/core/releases.js';

await Promise.all(RELEASES.map(loadValidators));
