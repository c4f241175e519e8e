/** Describes a rule for SARIF `rules[]`, the job summary and the README. Each rule module exports its own list. */
export interface RuleInfo {
  id: string;
  /** One line, < 100 chars. */
  title: string;
  /** What the rule checks and why it matters (who would reject the manifest). */
  description: string;
  /** True for rules about leaked credentials (SARIF security-severity). */
  security?: boolean;
}
