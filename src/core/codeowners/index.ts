/** Public surface of the CODEOWNERS model: locate, parse, judge and query the file GitHub uses. */
export { CODEOWNERS_LOCATIONS, CODEOWNERS_MAX_BYTES, locateCodeowners, type CodeownersCandidate, type LocatedCodeowners } from './locate.js';
export { parseCodeowners, ownersOf, ruleFor, type CodeownersFile, type CodeownersRule, type PlacedOwner } from './parse.js';
export { checkCodeowners } from './check.js';
export { compilePattern, patternForFile, unescapePattern } from './pattern.js';
export { parseOwner, ownerKey, type Owner } from './owner.js';
export { ownersToLookUp, judgeOwnerAccess, githubErrorFindings, type OwnerAccess, type GithubCodeownersError } from './owner-access.js';
export { CODEOWNERS_RULES, codeownersRuleInfo } from './rules.js';
