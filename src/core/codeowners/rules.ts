import type { RuleInfo } from '../rule-info.js';

/** Rule ids of the CODEOWNERS checks. Stable: SARIF, allow-lists and the job summary key on them. */
export const CODEOWNERS_RULES = {
  tooLarge: 'codeowners/too-large',
  ignoredFile: 'codeowners/ignored-file',
  invalidPattern: 'codeowners/invalid-pattern',
  invalidOwner: 'codeowners/invalid-owner',
  duplicateOwner: 'codeowners/duplicate-owner',
  duplicatePattern: 'codeowners/duplicate-pattern',
  unmatchedPattern: 'codeowners/unmatched-pattern',
  shadowedRule: 'codeowners/shadowed-rule',
  clearsOwnership: 'codeowners/clears-ownership',
  unknownOwner: 'codeowners/unknown-owner',
  ownerWithoutWriteAccess: 'codeowners/owner-without-write-access',
  githubError: 'codeowners/github-error',
} as const;

export const codeownersRuleInfo: readonly RuleInfo[] = [
  {
    id: CODEOWNERS_RULES.tooLarge,
    title: 'CODEOWNERS file is 3 MB or larger',
    description: 'GitHub does not load a CODEOWNERS file of 3 MB or more: no path has an owner and no review is requested.',
  },
  {
    id: CODEOWNERS_RULES.ignoredFile,
    title: 'CODEOWNERS file that GitHub ignores',
    description: 'GitHub uses the first of .github/CODEOWNERS, CODEOWNERS and docs/CODEOWNERS; the others are never read.',
  },
  {
    id: CODEOWNERS_RULES.invalidPattern,
    title: 'CODEOWNERS pattern GitHub rejects',
    description: 'Negation (!), character ranges ([ ]), *** and a lone / are not CODEOWNERS syntax; GitHub skips the whole line.',
  },
  {
    id: CODEOWNERS_RULES.invalidOwner,
    title: 'CODEOWNERS owner is not @user, @org/team or an e-mail',
    description: 'GitHub only understands @username, @org/team-name and e-mail addresses as owners.',
  },
  {
    id: CODEOWNERS_RULES.duplicateOwner,
    title: 'Same owner twice on one CODEOWNERS line',
    description: 'Listing an owner twice changes nothing and usually hides a typo in the intended second owner.',
  },
  {
    id: CODEOWNERS_RULES.duplicatePattern,
    title: 'CODEOWNERS pattern repeated on a later line',
    description: 'The later line replaces the earlier one entirely (owners are not merged), so the earlier line has no effect.',
  },
  {
    id: CODEOWNERS_RULES.unmatchedPattern,
    title: 'CODEOWNERS pattern matches no file',
    description: 'A pattern that matches no file of the repository is stale or misspelt (paths are case-sensitive).',
  },
  {
    id: CODEOWNERS_RULES.shadowedRule,
    title: 'CODEOWNERS line fully shadowed by later lines',
    description: 'The last matching line wins; a line whose every file is matched again further down decides no owner.',
  },
  {
    id: CODEOWNERS_RULES.clearsOwnership,
    title: 'CODEOWNERS pattern without owners clears ownership',
    description: 'A pattern with no owners leaves its files with no owner, even where an earlier line owned them.',
  },
  {
    id: CODEOWNERS_RULES.unknownOwner,
    title: 'CODEOWNERS owner does not exist',
    description: 'GitHub ignores a user or team that does not exist (or a team it cannot see), so no review is requested from it.',
  },
  {
    id: CODEOWNERS_RULES.ownerWithoutWriteAccess,
    title: 'CODEOWNERS owner lacks write access',
    description: 'Code owners must have write access to the repository; GitHub ignores owners without it.',
  },
  {
    id: CODEOWNERS_RULES.githubError,
    title: 'GitHub reports an error in CODEOWNERS',
    description: "An error from GitHub's own CODEOWNERS check (REST codeowners/errors) for the pull request head.",
  },
];
