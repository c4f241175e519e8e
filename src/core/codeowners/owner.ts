/** An owner named on a CODEOWNERS line, as GitHub understands it. */
export type Owner =
  | { kind: 'user'; text: string; login: string }
  | { kind: 'team'; text: string; org: string; slug: string }
  | { kind: 'email'; text: string; email: string };

export type OwnerParse = { ok: true; owner: Owner } | { ok: false; message: string; hint: string };

/** GitHub login: 1–39 alphanumerics or single hyphens, not at either end. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** Team slug as GitHub derives it from the team name. */
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s.]+$/;

function invalid(text: string, why: string, hint: string): OwnerParse {
  return { ok: false, message: `\`${text}\` is not a valid owner: ${why}.`, hint };
}

const FORMS = 'Write owners as @username, @org/team-name or an e-mail address, separated by spaces.';

/** Classifies one whitespace-separated owner token of a CODEOWNERS line. */
export function parseOwner(text: string): OwnerParse {
  if (text.endsWith(',') || text.includes(',')) {
    return invalid(text, 'owners are separated by spaces, not commas', `Remove the comma. ${FORMS}`);
  }
  if (text.startsWith('@')) {
    const body = text.slice(1);
    const parts = body.split('/');
    if (parts.length === 1) {
      if (LOGIN.test(body)) return { ok: true, owner: { kind: 'user', text, login: body } };
      return invalid(text, 'a GitHub username has 1–39 letters, digits or single hyphens, not at either end', FORMS);
    }
    if (parts.length === 2) {
      const [org, slug] = parts;
      if (!LOGIN.test(org)) return invalid(text, `\`${org}\` is not a valid organization name`, FORMS);
      if (!TEAM_SLUG.test(slug)) return invalid(text, `\`${slug}\` is not a valid team name`, FORMS);
      return { ok: true, owner: { kind: 'team', text, org, slug } };
    }
    return invalid(text, 'a team is written @org/team-name; nested team paths are not accepted', 'Name the child team directly: @org/child-team.');
  }
  if (EMAIL.test(text)) return { ok: true, owner: { kind: 'email', text, email: text } };
  if (LOGIN.test(text)) {
    return invalid(text, 'it has no leading @', `Did you mean \`@${text}\`? ${FORMS}`);
  }
  if (/^[^@\s]+\/[^@\s]+$/.test(text) && !text.includes('*')) {
    return invalid(text, 'it has no leading @', `Did you mean \`@${text}\`? ${FORMS}`);
  }
  return invalid(text, 'it is neither @username, @org/team-name nor an e-mail address', FORMS);
}

/** Comparison key: GitHub logins, team slugs and e-mail addresses are case-insensitive. */
export function ownerKey(owner: Owner): string {
  return owner.text.toLowerCase();
}
