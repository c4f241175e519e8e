export const id = 769;
export const ids = [769];
export const modules = {

/***/ 9769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPolicyAction: () => (/* binding */ runPolicyAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./build/src/core/finding.js
var finding = __webpack_require__(5068);
;// CONCATENATED MODULE: ./build/src/core/report/json.js

/**
 * `{"findings":[…],"summary":{…}}` with keys in a fixed order, whatever order the inputs were built in,
 * so the output can be diffed and asserted on byte for byte. Ends with a newline.
 */
function formatJson(findings, summary, options = {}) {
    const document = {
        findings: (0,finding/* sortFindings */.Tc)(findings).map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            file: f.file,
            line: f.line,
            column: f.column,
            message: f.message,
            hint: f.hint,
        })),
        summary: orderedSummary(summary),
    };
    return `${JSON.stringify(document, null, options.pretty ? 2 : undefined)}\n`;
}
/** Optional keys that are absent stay absent (JSON.stringify drops `undefined`). */
function orderedSummary(s) {
    return {
        command: s.command,
        release: s.release && { tag: s.release.tag, detected: s.release.detected, evidence: s.release.evidence },
        files: s.files,
        documents: s.documents,
        resources: s.resources,
        kinds: s.kinds,
        errors: s.errors,
        warnings: s.warnings,
        notes: s.notes,
        byRule: s.byRule,
        byFile: s.byFile,
        durationMs: s.durationMs,
        extra: s.extra,
    };
}

// EXTERNAL MODULE: ./build/src/core/report/sarif.js + 1 modules
var sarif = __webpack_require__(9539);
// EXTERNAL MODULE: ./build/src/core/report/plural.js
var plural = __webpack_require__(2968);
;// CONCATENATED MODULE: ./build/src/core/report/text.js


const severityColor = { error: '31', warning: '33', note: '36' };
/**
 * Terminal output: `file:line:col severity ruleId message`, the hint indented on the next line, and one closing
 * summary line. Ends with a newline.
 */
function formatText(findings, summary, options = {}) {
    const paint = (code, s) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const lines = [];
    for (const f of (0,finding/* sortFindings */.Tc)(findings)) {
        const location = guardCommand(`${oneLine(f.file)}:${f.line}:${f.column}`);
        const severity = paint(severityColor[f.severity], f.severity);
        lines.push(`${location} ${severity} ${paint('2', oneLine(f.ruleId))} ${oneLine(f.message)}`);
        if (f.hint)
            lines.push(`  hint: ${oneLine(f.hint)}`);
    }
    lines.push(closingLine(summary, paint, options.color === true));
    return `${lines.join('\n')}\n`;
}
function closingLine(s, paint, glyphs) {
    const counts = [
        s.errors && (0,plural/* plural */.L)(s.errors, 'error'),
        s.warnings && (0,plural/* plural */.L)(s.warnings, 'warning'),
        s.notes && (0,plural/* plural */.L)(s.notes, 'note'),
    ].filter(Boolean);
    const verdict = s.errors > 0 ? paint('31;1', glyphs ? '✖' : 'FAIL:') : paint('32;1', glyphs ? '✔' : 'OK:');
    const what = counts.length
        ? `${counts.join(', ')} in ${(0,plural/* plural */.L)(Object.keys(s.byFile).length, 'file')}`
        : 'no problems';
    const context = [(0,plural/* plural */.L)(s.files, 'file'), (0,plural/* plural */.L)(s.resources, 'resource')];
    if (s.release) {
        context.push(`OpenChoreo ${oneLine(s.release.tag)} ${s.release.detected ? 'detected' : 'assumed'}`);
    }
    return `${verdict} ${what} (${context.join(', ')})`;
}
/**
 * Hostile text must not start a new line (forging a finding, or a `::command::` when the CLI runs in a
 * workflow) nor move the cursor: control characters become visible escapes.
 */
function oneLine(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return ' ';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/** A line starting with `::` is a workflow command to the Actions runner; a file named so gets `./` in front. */
function guardCommand(location) {
    return location.startsWith('::') ? `./${location}` : location;
}

;// CONCATENATED MODULE: ./build/src/core/report/formats.js



/** The CLI's `--format` values. */
const FORMATS = {
    text: (findings, summary, options) => formatText(findings, summary, { color: options.color }),
    json: (findings, summary, options) => formatJson(findings, summary, { pretty: options.pretty }),
    sarif: (findings, summary, options) => (0,sarif/* formatSarif */.z)(findings, summary, { toolVersion: options.toolVersion, rules: options.rules, category: options.category }),
};
const formats_FORMAT_NAMES = Object.keys(FORMATS);
function formats_isFormatName(name) {
    return Object.hasOwn(FORMATS, name);
}
/** The formatter called `name`; an unknown name is a usage error that lists the valid ones. */
function formatByName(name) {
    if (!formats_isFormatName(name)) {
        throw new Error(`Unknown format "${name}". Valid formats: ${formats_FORMAT_NAMES.join(', ')}.`);
    }
    return FORMATS[name];
}

;// CONCATENATED MODULE: ./build/src/cli/args.js


/**
 * `--openchoreo-version` choices: `core/releases.ts`'s RELEASE_CHOICES, spelt out because importing that module
 * evaluates every release's CRD catalog, and the parser runs at every start (and is in the bundle every worker
 * thread loads). __tests__/policy/policy-checks.test.ts keeps the two lists equal.
 */
const VERSION_CHOICES = (/* unused pure expression or super */ null && (['auto', '0.12', '1.0', '1.1', '1.2']));
const COMMANDS = (/* unused pure expression or super */ null && (['validate', 'policy']));
const FAIL_ON = (/* unused pure expression or super */ null && (['error', 'warning', 'note', 'never']));
/** The policy command's checks, each of which `--checks` can pick. */
const POLICY_CHECKS = ['codeowners', 'ownership', 'approvals', 'secrets'];
/** A mistake on the command line: printed with the usage, exit code 2. */
class UsageError extends (/* unused pure expression or super */ null && (Error)) {
}
const USAGE = (/* unused pure expression or super */ null && (`Usage: openchoreo-gitops <command> [dir] [options]

Commands:
  validate   judge every OpenChoreo manifest as the API server and controllers would
  policy     check CODEOWNERS and ownership, and find plaintext secrets

Options:
  --format text|json|sarif      output on stdout (default: text)
  --sarif PATH                  also write a SARIF 2.1.0 file
  --openchoreo-version V        ${VERSION_CHOICES.join('|')} (default: auto)
  --ignore GLOB                 skip paths matching GLOB (repeatable)
  --base REF                    git revision the change is judged against (immutability, changed scope)
  --context DIR                 read-only repository that resolves references (repeatable)
  --scope all|changed           report on everything, or only on what changed since --base (default: all)
  --fail-on error|warning|note|never   exit 1 when a finding of this severity or worse exists (default: error)
  --checks LIST                 policy: run only these checks, comma-separated from
                                ${POLICY_CHECKS.join(',')} (default: all)
  --no-color                    plain text output
  -h, --help                    show this help
  --version                     show the version

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or environment error.`));
/** `--checks a,b`: known names, deduplicated, in the canonical order. */
function parseChecks(value, option = '--checks') {
    const names = value.split(',').map((n) => n.trim()).filter((n) => n !== '');
    if (names.length === 0)
        throw new UsageError(`${option} needs at least one of ${POLICY_CHECKS.join(', ')}.`);
    for (const n of names) {
        if (!POLICY_CHECKS.includes(n))
            throw new UsageError(`${option} takes ${POLICY_CHECKS.join(', ')}; got "${n}".`);
    }
    return POLICY_CHECKS.filter((c) => names.includes(c));
}
function oneOf(name, value, allowed) {
    if (!allowed.includes(value)) {
        throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}".`);
    }
    return value;
}
function parseCli(argv, env = {}) {
    let parsed;
    try {
        parsed = parseArgs({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', default: 'text' },
                sarif: { type: 'string' },
                'openchoreo-version': { type: 'string', default: 'auto' },
                ignore: { type: 'string', multiple: true, default: [] },
                base: { type: 'string' },
                context: { type: 'string', multiple: true, default: [] },
                scope: { type: 'string', default: 'all' },
                'fail-on': { type: 'string', default: 'error' },
                checks: { type: 'string' },
                'no-color': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', default: false },
            },
        });
    }
    catch (err) {
        throw new UsageError(err.message);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [command, dir, ...extra] = positionals;
    if (!command)
        throw new UsageError('Missing command.');
    if (!COMMANDS.includes(command))
        throw new UsageError(`Unknown command "${command}": use ${COMMANDS.join(' or ')}.`);
    const cmd = command;
    if (extra.length)
        throw new UsageError(`Unexpected argument "${extra[0]}": give one directory.`);
    if (!isFormatName(values.format))
        throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')}; got "${values.format}".`);
    const version = values['openchoreo-version'].replace(/^v/, '');
    if (!VERSION_CHOICES.includes(version)) {
        throw new UsageError(`--openchoreo-version must be one of ${VERSION_CHOICES.join(', ')}; got "${values['openchoreo-version']}".`);
    }
    const scope = oneOf('scope', values.scope, ['all', 'changed']);
    if (scope === 'changed' && !values.base)
        throw new UsageError('--scope changed needs --base REF (the revision the change is compared with).');
    if (values.checks !== undefined && cmd !== 'policy')
        throw new UsageError('--checks applies to the policy command only.');
    const checks = values.checks === undefined ? undefined : parseChecks(values.checks);
    return {
        kind: 'run',
        args: {
            command: cmd,
            dir: dir ?? '.',
            format: values.format,
            sarif: values.sarif,
            openchoreoVersion: version,
            ignore: values.ignore,
            base: values.base,
            context: values.context,
            scope,
            failOn: oneOf('fail-on', values['fail-on'], FAIL_ON),
            color: !values['no-color'] && !env.NO_COLOR && env.TERM !== 'dumb',
            ...(checks ? { checks } : {}),
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/src/core/codeowners/rules.js
/** Rule ids of the CODEOWNERS checks. Stable: SARIF, allow-lists and the job summary key on them. */
const CODEOWNERS_RULES = {
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
};
const codeownersRuleInfo = [
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

;// CONCATENATED MODULE: ./build/src/core/codeowners/locate.js

/** Where GitHub looks for the file, in order; the first one present is used. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** GitHub does not load a CODEOWNERS file of this size or more. */
const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
/** Picks the CODEOWNERS file GitHub would use among the candidates present in the repository. */
function locateCodeowners(present) {
    const ordered = CODEOWNERS_LOCATIONS.map((loc) => present.find((c) => c.path === loc)).filter((c) => c !== undefined);
    const findings = [];
    const [used, ...ignored] = ordered;
    if (!used)
        return { path: undefined, loaded: false, findings };
    for (const other of ignored) {
        findings.push({
            ruleId: CODEOWNERS_RULES.ignoredFile,
            severity: 'warning',
            file: other.path,
            line: 1,
            column: 1,
            message: `GitHub uses ${used.path} and never reads this file.`,
            hint: `Merge its lines into ${used.path} and delete this file.`,
        });
    }
    const loaded = used.bytes < CODEOWNERS_MAX_BYTES;
    if (!loaded) {
        findings.push({
            ruleId: CODEOWNERS_RULES.tooLarge,
            severity: 'error',
            file: used.path,
            line: 1,
            column: 1,
            message: `${used.path} is ${(used.bytes / 1048576).toFixed(1)} MiB; GitHub does not load a CODEOWNERS file of 3 MB or more, so no file has an owner.`,
            hint: 'Shorten it: use folder patterns (`/apps/billing/`) instead of one line per file.',
        });
    }
    return { path: used.path, loaded, findings };
}

;// CONCATENATED MODULE: ./build/src/core/codeowners/owner.js
/** GitHub login: 1–39 alphanumerics or single hyphens, not at either end. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** Team slug as GitHub derives it from the team name. */
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s.]+$/;
function invalid(text, why, hint) {
    return { ok: false, message: `\`${text}\` is not a valid owner: ${why}.`, hint };
}
const FORMS = 'Write owners as @username, @org/team-name or an e-mail address, separated by spaces.';
/** Classifies one whitespace-separated owner token of a CODEOWNERS line. */
function parseOwner(text) {
    if (text.endsWith(',') || text.includes(',')) {
        return invalid(text, 'owners are separated by spaces, not commas', `Remove the comma. ${FORMS}`);
    }
    if (text.startsWith('@')) {
        const body = text.slice(1);
        const parts = body.split('/');
        if (parts.length === 1) {
            if (LOGIN.test(body))
                return { ok: true, owner: { kind: 'user', text, login: body } };
            return invalid(text, 'a GitHub username has 1–39 letters, digits or single hyphens, not at either end', FORMS);
        }
        if (parts.length === 2) {
            const [org, slug] = parts;
            if (!LOGIN.test(org))
                return invalid(text, `\`${org}\` is not a valid organization name`, FORMS);
            if (!TEAM_SLUG.test(slug))
                return invalid(text, `\`${slug}\` is not a valid team name`, FORMS);
            return { ok: true, owner: { kind: 'team', text, org, slug } };
        }
        return invalid(text, 'a team is written @org/team-name; nested team paths are not accepted', 'Name the child team directly: @org/child-team.');
    }
    if (EMAIL.test(text))
        return { ok: true, owner: { kind: 'email', text, email: text } };
    if (LOGIN.test(text)) {
        return invalid(text, 'it has no leading @', `Did you mean \`@${text}\`? ${FORMS}`);
    }
    if (/^[^@\s]+\/[^@\s]+$/.test(text) && !text.includes('*')) {
        return invalid(text, 'it has no leading @', `Did you mean \`@${text}\`? ${FORMS}`);
    }
    return invalid(text, 'it is neither @username, @org/team-name nor an e-mail address', FORMS);
}
/** Comparison key: GitHub logins, team slugs and e-mail addresses are case-insensitive. */
function ownerKey(owner) {
    return owner.text.toLowerCase();
}

;// CONCATENATED MODULE: ./build/src/core/codeowners/pattern.js
function fail(message, hint, offset = 0) {
    return { ok: false, message, hint, offset };
}
/** Splits at unescaped `/`, keeping escapes in the segments. */
function splitSegments(pattern) {
    const segments = [];
    let current = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length) {
            current += c + pattern[i + 1];
            i++;
        }
        else if (c === '/') {
            segments.push(current);
            current = '';
        }
        else {
            current += c;
        }
    }
    segments.push(current);
    return segments;
}
const escapeRegExp = (c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
function segmentToRegExp(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\')
            out += escapeRegExp(segment[++i] ?? '');
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += escapeRegExp(c);
    }
    return out;
}
/** Finds the first syntax GitHub rejects, or undefined. */
function syntaxError(pattern) {
    if (pattern.startsWith('!')) {
        return fail('Negation (`!`) is not supported in CODEOWNERS; GitHub skips this line.', 'Remove the `!`. To leave paths without an owner, add a later line with the pattern and no owners.');
    }
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (i + 1 >= pattern.length)
                return fail('The pattern ends with a lone `\\`.', 'Remove the trailing backslash.', i);
            i++;
            continue;
        }
        if (c === '[' || c === ']') {
            const section = /^\^?\[[^\]]*\](\[\d+\])?$/.test(pattern);
            return fail("Invalid pattern: both '[' and ']' must be escaped with a '\\'; CODEOWNERS has no character ranges.", section
                ? 'This looks like a GitLab section header; GitHub has no sections. Remove the line (put the section name in a # comment).'
                : 'Escape literal brackets as `\\[` and `\\]`, or spell out each alternative on its own line.', i);
        }
    }
    const triple = pattern.indexOf('***');
    if (triple !== -1)
        return fail('Invalid pattern: `***` is not a wildcard.', 'Use `**` for any number of folders or `*` within one name.', triple);
    if (pattern === '/') {
        return fail('The pattern `/` never matches anything.', 'Did you mean `*` (every file) instead?');
    }
    return undefined;
}
/** Compiles a CODEOWNERS pattern (as written, escapes included) into a matcher over repository-relative file paths. */
function compilePattern(pattern) {
    const error = syntaxError(pattern);
    if (error)
        return error;
    const segments = splitSegments(pattern);
    let anchored = false;
    if (segments[0] === '') {
        anchored = true;
        segments.shift();
    }
    let dirOnly = false;
    if (segments.length > 1 && segments[segments.length - 1] === '') {
        dirOnly = true;
        segments.pop();
    }
    if (segments.some((s) => s === '')) {
        return fail('Invalid pattern: it contains an empty path segment (`//`).', 'Remove the doubled slash.', pattern.indexOf('//'));
    }
    if (segments.length > 1)
        anchored = true;
    let re = anchored ? '' : '(?:.*/)?';
    const last = segments.length - 1;
    segments.forEach((seg, i) => {
        const isLast = i === last;
        if (seg === '**') {
            if (i === 0 && isLast)
                re = '.*';
            else if (i === 0)
                re += '(?:.*/)?';
            else if (isLast)
                re += '.*';
            else
                re += '(?:[^/]+/)*';
            return;
        }
        re += seg === '*' ? '[^/]+' : segmentToRegExp(seg);
        if (isLast) {
            if (dirOnly)
                re += '/.*';
            else if (seg !== '*')
                re += '(?:/.*)?';
        }
        else {
            re += '/';
        }
    });
    return { ok: true, regex: new RegExp(`^${re}$`) };
}
/** Removes CODEOWNERS escapes: the text of the path a pattern names literally. */
function unescapePattern(pattern) {
    return pattern.replace(/\\(.)/g, '$1');
}
/** Writes a repository path as an anchored CODEOWNERS pattern that matches exactly that file. */
function patternForFile(path) {
    return '/' + path.replace(/[\\\s*?[\]]/g, (c) => `\\${c}`);
}

;// CONCATENATED MODULE: ./build/src/core/codeowners/parse.js



const isSpace = (c) => c === ' ' || c === '\t';
/** Splits a line into whitespace-separated tokens (a `\` escapes the next character) up to an inline comment. */
function tokenize(line) {
    const tokens = [];
    let i = 0;
    while (i < line.length) {
        while (isSpace(line[i]))
            i++;
        if (i >= line.length || line[i] === '#')
            break;
        const start = i;
        while (i < line.length && !isSpace(line[i]))
            i += line[i] === '\\' && i + 1 < line.length ? 2 : 1;
        tokens.push({ text: line.slice(start, i), column: start + 1 });
    }
    return tokens;
}
/** Parses a CODEOWNERS file line by line with GitHub's rules. Never throws; problems become findings. */
function parseCodeowners(path, text) {
    const rules = [];
    const findings = [];
    const at = (line, column, ruleId, severity, message, hint) => ({
        ruleId,
        severity,
        file: path,
        line,
        column,
        message,
        hint,
    });
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, index) => {
        const line = index + 1;
        const tokens = tokenize(raw);
        if (tokens.length === 0)
            return;
        const [patternToken, ...ownerTokens] = tokens;
        const compiled = compilePattern(patternToken.text);
        let regex = compiled.ok ? compiled.regex : undefined;
        if (!compiled.ok) {
            findings.push(at(line, patternToken.column + compiled.offset, CODEOWNERS_RULES.invalidPattern, 'error', compiled.message, compiled.hint));
        }
        else if (patternToken.text.startsWith('@') && parseOwner(patternToken.text).ok) {
            regex = undefined;
            findings.push(at(line, patternToken.column, CODEOWNERS_RULES.invalidPattern, 'error', `The line starts with an owner: \`${patternToken.text}\` is read as a path pattern, which matches nothing.`, 'Put the path pattern first, then the owners, e.g. `/platform/ @org/platform`.'));
        }
        const owners = [];
        const seen = new Map();
        for (const token of ownerTokens) {
            const parsed = parseOwner(token.text);
            if (!parsed.ok) {
                findings.push(at(line, token.column, CODEOWNERS_RULES.invalidOwner, 'error', parsed.message, parsed.hint));
                continue;
            }
            const key = ownerKey(parsed.owner);
            const first = seen.get(key);
            if (first !== undefined) {
                findings.push(at(line, token.column, CODEOWNERS_RULES.duplicateOwner, 'warning', `\`${token.text}\` is listed twice on this line (first at column ${first}).`, 'Remove the repeated owner; check whether another owner was meant.'));
                continue;
            }
            seen.set(key, token.column);
            owners.push({ owner: parsed.owner, column: token.column });
        }
        rules.push({ line, pattern: patternToken.text, column: patternToken.column, owners, writtenOwners: ownerTokens.length, regex });
    });
    return { path, rules, findings };
}
/** The rule that decides the owners of a path, if any: the last valid line whose pattern matches. */
function ruleFor(file, path) {
    for (let i = file.rules.length - 1; i >= 0; i--) {
        const rule = file.rules[i];
        if (rule.regex?.test(path))
            return rule;
    }
    return undefined;
}
/** Owners of a path as GitHub computes them: those of the last matching line; [] when it has none. */
function ownersOf(file, path) {
    const rule = ruleFor(file, path);
    return rule ? { owners: rule.owners.map((o) => o.owner), rule } : undefined;
}

;// CONCATENATED MODULE: ./build/src/core/codeowners/check.js

/** A catch-all line sets the default owners of files added later, so it is never reported as shadowed. */
const CATCH_ALL = new Set(['*', '**', '/**']);
const check_plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function describeLines(rules) {
    const shown = rules.slice(0, 3).map((r) => `line ${r.line} \`${r.pattern}\``);
    return shown.join(', ') + (rules.length > 3 ? ` and ${rules.length - 3} more` : '');
}
/**
 * Judges the lines of a parsed CODEOWNERS file against the files of the repository: duplicate patterns,
 * patterns that match nothing, lines fully shadowed by later lines, and patterns that clear ownership.
 * `repoPaths` are repository-relative file paths (forward slashes).
 */
function checkCodeowners(file, repoPaths) {
    const findings = [];
    const at = (rule, ruleId, message, hint) => ({
        ruleId,
        severity: 'warning',
        file: file.path,
        line: rule.line,
        column: rule.column,
        message,
        hint,
    });
    const valid = file.rules.filter((r) => r.regex !== undefined);
    // For every file: the rules matching it, in order; the last one decides.
    const matched = new Map(valid.map((r) => [r, []]));
    const decides = new Map(valid.map((r) => [r, 0]));
    const decidedBy = new Map();
    for (const path of repoPaths) {
        let last;
        for (const rule of valid) {
            if (rule.regex.test(path)) {
                matched.get(rule).push(path);
                last = rule;
            }
        }
        if (last) {
            decides.set(last, decides.get(last) + 1);
            decidedBy.set(path, last);
        }
    }
    const lastLineOfPattern = new Map();
    for (const rule of valid)
        lastLineOfPattern.set(rule.pattern, rule);
    const firstLineOfPattern = new Map();
    for (const rule of valid) {
        const paths = matched.get(rule);
        const earlier = firstLineOfPattern.get(rule.pattern);
        if (earlier) {
            findings.push(at(rule, CODEOWNERS_RULES.duplicatePattern, `Pattern \`${rule.pattern}\` already appears on line ${earlier.line}; this line replaces it entirely (owners are not merged), so line ${earlier.line} has no effect.`, 'Keep one line for the pattern, with every owner of both lines on it.'));
        }
        else {
            firstLineOfPattern.set(rule.pattern, rule);
        }
        if (paths.length === 0) {
            findings.push(at(rule, CODEOWNERS_RULES.unmatchedPattern, `Pattern \`${rule.pattern}\` matches no file in the repository.`, 'Fix the path (patterns are case-sensitive; a pattern with a `/` inside is anchored to the repository root), or remove the line.'));
            continue;
        }
        const duplicatedLater = lastLineOfPattern.get(rule.pattern) !== rule;
        if (decides.get(rule) === 0 && !duplicatedLater && !CATCH_ALL.has(rule.pattern)) {
            const winners = [...new Set(paths.map((p) => decidedBy.get(p)))].sort((a, b) => a.line - b.line);
            findings.push(at(rule, CODEOWNERS_RULES.shadowedRule, `Line ${rule.line} \`${rule.pattern}\` decides the owner of no file: each of the ${check_plural(paths.length, 'file')} it matches is matched again by a later line (${describeLines(winners)}), and the last matching line wins.`, `Move this line below ${winners.length === 1 ? `line ${winners[0].line}` : 'those lines'} if it should take precedence, or remove it.`));
        }
        if (rule.writtenOwners === 0) {
            const owned = paths.filter((p) => {
                const before = valid.filter((r) => r.line < rule.line && r.owners.length > 0 && r.regex.test(p));
                return before.length > 0;
            });
            const lost = decides.get(rule);
            const detail = owned.length > 0 ? `, including ${check_plural(owned.length, 'file')} an earlier line gives an owner` : '';
            findings.push(at(rule, CODEOWNERS_RULES.clearsOwnership, `Pattern \`${rule.pattern}\` has no owners, so the ${check_plural(lost, 'file')} it decides ${lost === 1 ? 'has' : 'have'} no code owner${detail}.`, `Add owners after the pattern, e.g. \`${rule.pattern} @org/team\`. Keep it without owners only if these files are meant to need no owner review.`));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./build/src/core/codeowners/owner-access.js

/** Distinct user and team owners of a file (e-mail owners cannot be looked up through the API). */
function ownersToLookUp(file) {
    const byKey = new Map();
    for (const rule of file.rules) {
        for (const { owner } of rule.owners) {
            if (owner.kind !== 'email')
                byKey.set(owner.text.toLowerCase(), owner);
        }
    }
    return [...byKey.values()];
}
/** Turns API lookups into findings at every place the owner is written. */
function judgeOwnerAccess(file, access) {
    const findings = [];
    const reportedUnknown = new Set();
    for (const rule of file.rules) {
        for (const { owner, column } of rule.owners) {
            const result = access.get(owner.text.toLowerCase());
            if (!result || result.status === 'ok')
                continue;
            const base = { file: file.path, line: rule.line, column };
            const what = owner.kind === 'team' ? 'team' : 'user';
            if (result.status === 'missing') {
                findings.push({
                    ...base,
                    ruleId: CODEOWNERS_RULES.unknownOwner,
                    severity: 'error',
                    message: owner.kind === 'team'
                        ? `Team \`${owner.text}\` does not exist or is not visible to this token; GitHub ignores it as an owner.`
                        : `User \`${owner.text}\` does not exist; GitHub ignores it as an owner.`,
                    hint: owner.kind === 'team' ? 'Check the team slug (Organization → Teams) and that the team is visible, not secret.' : 'Check the spelling of the username.',
                });
            }
            else if (result.status === 'no-write') {
                findings.push({
                    ...base,
                    ruleId: CODEOWNERS_RULES.ownerWithoutWriteAccess,
                    severity: 'error',
                    message: `The ${what} \`${owner.text}\` has ${result.permission} access to this repository; code owners need write access, so GitHub ignores it.`,
                    hint: `Give the ${what} write access (Settings → Collaborators and teams)${owner.kind === 'team' ? '; a team needs its own explicit grant' : ''}.`,
                });
            }
            else if (!reportedUnknown.has(owner.text.toLowerCase())) {
                reportedUnknown.add(owner.text.toLowerCase());
                findings.push({
                    ...base,
                    ruleId: CODEOWNERS_RULES.unknownOwner,
                    severity: 'note',
                    message: `Could not check \`${owner.text}\` through the API: ${result.reason}.`,
                    hint: 'Reading teams needs a token with organization read access (members: read); the default GITHUB_TOKEN cannot see teams.',
                });
            }
        }
    }
    return findings;
}
/** GitHub's own CODEOWNERS errors, except where a local finding already points at the same line. */
function githubErrorFindings(errors, local) {
    const seen = new Set(local.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}`));
    return errors
        .filter((e) => !seen.has(`${e.path}:${e.line}`))
        .map((e) => ({
        ruleId: CODEOWNERS_RULES.githubError,
        severity: 'error',
        file: e.path,
        line: e.line,
        column: Math.max(1, e.column),
        message: `GitHub reports: ${e.kind}: ${e.message.split('\n')[0]}`,
        hint: e.suggestion ?? '',
    }));
}

;// CONCATENATED MODULE: ./build/src/core/codeowners/index.js
/** Public surface of the CODEOWNERS model: locate, parse, judge and query the file GitHub uses. */








;// CONCATENATED MODULE: ./build/src/core/approvals.js

const APPROVAL_RULES = {
    ownersMustReview: 'approvals/owners-must-review',
    missingOwnerApproval: 'approvals/missing-owner-approval',
};
const approvalRuleInfo = [
    { id: APPROVAL_RULES.ownersMustReview, title: 'Changed file needs a code owner review', description: 'Lists, for each file the pull request changes, the code owners one of whom must review it.' },
    { id: APPROVAL_RULES.missingOwnerApproval, title: 'Protected change lacks an approval from its owners', description: 'With require-owner-approval, each changed protected resource needs an approving review from one of its code owners.' },
];
/**
 * Logins (lower-cased) whose latest deciding review approves. Comments neither give nor take an approval;
 * a later change request or a dismissal takes it back; pending reviews are not submitted.
 */
function approvingLogins(reviews) {
    const latest = new Map();
    for (const r of reviews) {
        if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED')
            latest.set(r.login.toLowerCase(), r.state);
    }
    return new Set([...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login));
}
/**
 * For each changed path: its owners by the CODEOWNERS that governs the review (GitHub uses the base branch's)
 * and whether it is protected. Paths neither owned nor protected are left out.
 */
function requiredReviews(changed, codeowners, protectedAtHead, alsoProtected = []) {
    const out = [];
    for (const path of [...new Set(changed)].sort()) {
        const owned = codeowners ? ownersOf(codeowners, path) : undefined;
        const prot = protectedAtHead.get(path);
        const isProtected = prot !== undefined || alsoProtected.includes(path);
        if (!isProtected && !owned?.owners.length)
            continue;
        out.push({
            path,
            owners: owned?.owners ?? [],
            ownerLine: owned?.rule.line,
            protected: isProtected,
            requirements: prot?.requirements ?? (isProtected ? ['CODEOWNERS file'] : []),
        });
    }
    return out;
}
/** Team owners whose membership must be asked for each approver, to see whether an approval counts. */
function membershipQuestions(required, approvers) {
    const teams = new Map();
    for (const r of required)
        for (const o of r.owners)
            if (o.kind === 'team')
                teams.set(o.text.toLowerCase(), o);
    return [...teams.values()].flatMap((team) => [...approvers].sort().map((login) => ({ team, login })));
}
/**
 * Who approved what. `members` maps `@org/team` (lower-cased) to the approvers known to be its members.
 * With `enforce`, every protected change without an owner's approval is an error.
 */
function judgeApprovals(required, approvers, members, options) {
    const findings = [];
    const statuses = [];
    for (const r of required) {
        const approvedBy = [...approvers].sort().find((login) => r.owners.some((o) => (o.kind === 'user' && o.login.toLowerCase() === login) || (o.kind === 'team' && members.get(o.text.toLowerCase())?.has(login))));
        const owners = r.owners.map((o) => o.text);
        statuses.push({ path: r.path, owners, ownerLine: r.ownerLine, protected: r.protected, approvedBy });
        const { line, column } = options.locate?.(r.path) ?? { line: 1, column: 1 };
        const base = { file: r.path, line, column };
        const who = owners.length ? `one of ${owners.join(' ')}` : 'nobody (no code owner)';
        const from = r.ownerLine ? ` (CODEOWNERS line ${r.ownerLine})` : '';
        if (owners.length) {
            findings.push({
                ...base,
                ruleId: APPROVAL_RULES.ownersMustReview,
                severity: 'note',
                message: approvedBy ? `Changed; approved by code owner @${approvedBy}${from}.` : `Changed; needs a review from ${who}${from}.`,
                hint: '',
            });
        }
        if (options.enforce && r.protected && !approvedBy) {
            const emailOnly = owners.length > 0 && r.owners.every((o) => o.kind === 'email');
            findings.push({
                ...base,
                ruleId: APPROVAL_RULES.missingOwnerApproval,
                severity: 'error',
                message: `This change to a protected file (${r.requirements.join('; ')}) has no approving review from ${who}${from}.`,
                hint: owners.length === 0
                    ? 'Give the file an owner in CODEOWNERS (see the ownership finding), then ask that owner to approve.'
                    : emailOnly
                        ? 'Its owners are e-mail addresses, which cannot be matched to reviewers; list @users or @org/teams in CODEOWNERS.'
                        : `Ask ${who} to approve the pull request; re-run this check after the review.`,
            });
        }
    }
    return { findings, statuses };
}

// EXTERNAL MODULE: ./build/src/core/config.js
var core_config = __webpack_require__(5167);
// EXTERNAL MODULE: ./build/src/core/documents.js
var documents = __webpack_require__(7687);
// EXTERNAL MODULE: ./build/src/core/glob.js
var glob = __webpack_require__(6408);
;// CONCATENATED MODULE: ./build/src/core/policy-kinds.js
/**
 * OpenChoreo kinds as the policy job sees them. Every kind of every known release (v0.12 … v1.2), for checking
 * the kinds a config names, and the platform-level ones: templates, planes, environments, pipelines, secrets
 * and authorization, which a platform team owns and application teams consume.
 */
const OPENCHOREO_KINDS = [
    'AuthzRole', 'AuthzRoleBinding', 'Build', 'BuildPlane', 'ClusterAuthzRole', 'ClusterAuthzRoleBinding',
    'ClusterComponentType', 'ClusterDataPlane', 'ClusterObservabilityPlane', 'ClusterProjectType', 'ClusterResourceType',
    'ClusterTrait', 'ClusterWorkflow', 'ClusterWorkflowPlane', 'Component', 'ComponentRelease', 'ComponentType',
    'ComponentWorkflow', 'ComponentWorkflowRun', 'ConfigurationGroup', 'DataPlane', 'DeploymentPipeline',
    'DeploymentTrack', 'Environment', 'GitCommitRequest', 'ObservabilityAlertRule', 'ObservabilityAlertsNotificationChannel',
    'ObservabilityPlane', 'Organization', 'Project', 'ProjectRelease', 'ProjectReleaseBinding', 'ProjectType', 'Release',
    'ReleaseBinding', 'RenderedRelease', 'Resource', 'ResourceRelease', 'ResourceReleaseBinding', 'ResourceType',
    'SecretReference', 'Trait', 'Workflow', 'WorkflowPlane', 'WorkflowRun', 'Workload',
];
const PLATFORM_KINDS = [
    'ComponentType', 'ClusterComponentType', 'Trait', 'ClusterTrait', 'Workflow', 'ClusterWorkflow', 'ComponentWorkflow',
    'ProjectType', 'ClusterProjectType', 'ResourceType', 'ClusterResourceType',
    'Environment', 'DeploymentPipeline',
    'DataPlane', 'ClusterDataPlane', 'WorkflowPlane', 'ClusterWorkflowPlane', 'BuildPlane',
    'ObservabilityPlane', 'ClusterObservabilityPlane', 'ObservabilityAlertsNotificationChannel',
    'SecretReference', 'ConfigurationGroup', 'Organization',
    'AuthzRole', 'ClusterAuthzRole', 'AuthzRoleBinding', 'ClusterAuthzRoleBinding',
];
/** Kinds that deploy something into one environment named by `spec.environment`. */
const BINDING_KINDS = ['ReleaseBinding', 'ProjectReleaseBinding', 'ResourceReleaseBinding'];

;// CONCATENATED MODULE: ./build/src/core/ownership.js



const OWNERSHIP_RULES = {
    unowned: 'ownership/unowned',
    wrongOwner: 'ownership/wrong-owner',
    codeownersUnowned: 'ownership/codeowners-unowned',
    codeownersMissing: 'ownership/codeowners-missing',
};
const ownershipRuleInfo = [
    { id: OWNERSHIP_RULES.unowned, title: 'Protected resource has no code owner', description: 'The policy requires an owner for this resource (platform-level kind, production binding or a configured requirement), but no CODEOWNERS line gives its file one.' },
    { id: OWNERSHIP_RULES.wrongOwner, title: 'Protected resource owned by someone the policy does not name', description: 'The policy names which owners must own these resources; the CODEOWNERS line that decides this file lists none of them.' },
    { id: OWNERSHIP_RULES.codeownersUnowned, title: 'CODEOWNERS file has no owner', description: 'Anyone could change who reviews what: the CODEOWNERS file itself must be owned.' },
    { id: OWNERSHIP_RULES.codeownersMissing, title: 'No CODEOWNERS file', description: 'The policy requires owners for some resources, but the repository has no CODEOWNERS file GitHub would use.' },
];
const str = (v) => (typeof v === 'string' ? v : undefined);
/** Decides which environments are production: config names, else `isProduction` of the Environment, else the name pattern. */
function productionJudge(resources, policy) {
    const flags = new Map();
    const byName = new Map();
    for (const r of resources) {
        if (r.kind !== 'Environment')
            continue;
        const flag = r.object?.spec?.isProduction;
        if (typeof flag !== 'boolean')
            continue;
        flags.set(`${r.namespace ?? ''}/${r.name}`, flag);
        byName.set(r.name, (byName.get(r.name) ?? false) || flag);
    }
    return (environment, namespace) => {
        if (policy.productionEnvironments?.includes(environment))
            return true;
        const flag = flags.get(`${namespace ?? ''}/${environment}`) ?? byName.get(environment);
        if (flag !== undefined)
            return flag;
        return policy.productionEnvironments ? false : policy.productionPattern.test(environment);
    };
}
function selects(req, r, isProduction) {
    if (!req.kinds.includes('*') && !req.kinds.includes(r.kind))
        return false;
    if (req.names && !req.names.some((re) => re.test(r.name)))
        return false;
    if (req.namespaces && !req.namespaces.includes(r.namespace ?? ''))
        return false;
    if (req.environments || req.production) {
        const env = BINDING_KINDS.includes(r.kind) ? str(r.object?.spec?.environment) : undefined;
        if (env === undefined)
            return false;
        if (req.environments && !req.environments.includes(env))
            return false;
        if (req.production && !isProduction(env, r.namespace))
            return false;
    }
    return true;
}
/** Which files hold protected resources, and which requirements select them. Pure; order follows the resources. */
function protectedFiles(resources, policy, codeowners) {
    const isProduction = productionJudge(resources, policy);
    const files = new Map();
    for (const r of resources) {
        const reqs = policy.requirements.filter((req) => selects(req, r, isProduction));
        if (reqs.length === 0)
            continue;
        const path = r.doc.file;
        let entry = files.get(path);
        if (!entry) {
            const owned = codeowners ? ownersOf(codeowners, path) : undefined;
            entry = { path, requirements: [], resources: [], owners: owned?.owners ?? [], ownerLine: owned?.rule.line, requiredOwners: [] };
            files.set(path, entry);
        }
        entry.resources.push(`${r.kind}/${r.name}`);
        for (const req of reqs) {
            if (!entry.requirements.includes(req.name))
                entry.requirements.push(req.name);
            for (const o of req.owners)
                if (!entry.requiredOwners.some((x) => x.toLowerCase() === o.toLowerCase()))
                    entry.requiredOwners.push(o);
        }
    }
    return files;
}
/** Owners to write on a suggested line: the policy's, else those who own most protected files today. */
function suggestOwners(file, all, codeowners) {
    if (file.requiredOwners.length)
        return file.requiredOwners.join(' ');
    const counts = new Map();
    const tally = (owners) => counts.set(owners, (counts.get(owners) ?? 0) + 1);
    for (const f of all)
        if (f.owners.length)
            tally(f.owners.map((o) => o.text).join(' '));
    if (counts.size === 0)
        for (const r of codeowners?.rules ?? [])
            if (r.owners.length)
                tally(r.owners.map((o) => o.owner.text).join(' '));
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    return best ? best[0] : '@your-org/platform-team';
}
/** Ownership coverage: every protected resource's file, and the CODEOWNERS file itself, must have the right owner. */
function checkOwnership(input) {
    const { resources, policy, codeowners, positions } = input;
    const files = protectedFiles(resources, policy, codeowners);
    const findings = [];
    const target = input.codeownersPath ?? CODEOWNERS_LOCATIONS[0];
    const verb = input.codeownersPath ? `append to ${target}` : `create ${target} with`;
    const firstResource = new Map();
    for (const r of resources)
        if (!firstResource.has(r.doc.file))
            firstResource.set(r.doc.file, r);
    for (const file of files.values()) {
        const required = file.requiredOwners.map((o) => o.toLowerCase());
        const ok = file.owners.length > 0 && (required.length === 0 || file.owners.some((o) => required.includes(o.text.toLowerCase())));
        if (ok)
            continue;
        const r = firstResource.get(file.path);
        const { line, column } = positions.locate(r.doc, ['kind']);
        const fix = `${patternForFile(file.path)} ${suggestOwners(file, files.values(), codeowners)}`;
        const what = `${file.resources.join(', ')} (${file.requirements.join('; ')})`;
        const unowned = file.owners.length === 0;
        findings.push({
            ruleId: unowned ? OWNERSHIP_RULES.unowned : OWNERSHIP_RULES.wrongOwner,
            severity: 'error',
            file: file.path,
            line,
            column,
            message: unowned
                ? `${file.path} holds ${what} but has no code owner${file.ownerLine ? ` (CODEOWNERS line ${file.ownerLine} lists no owners)` : ''}.`
                : `${file.path} holds ${what}; it is owned by ${file.owners.map((o) => o.text).join(' ')} (CODEOWNERS line ${file.ownerLine}) but the policy requires one of ${file.requiredOwners.join(' ')}.`,
            hint: `To fix, ${verb} the line: ${fix}`,
        });
    }
    if (input.codeownersPath === undefined) {
        if (files.size > 0) {
            findings.push({
                ruleId: OWNERSHIP_RULES.codeownersMissing,
                severity: 'error',
                file: target,
                line: 1,
                column: 1,
                message: `The policy protects ${files.size} file(s) but the repository has no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).`,
                hint: `Create ${target}; each uncovered file's finding gives the line to add, and add \`${patternForFile(target)} @your-org/platform-team\` so the file itself is owned.`,
            });
        }
    }
    else if (codeowners) {
        const own = ownersOf(codeowners, codeowners.path);
        if (!own || own.owners.length === 0) {
            const fallback = codeowners.rules.find((r) => r.owners.length)?.owners.map((o) => o.owner.text).join(' ') ?? '@your-org/platform-team';
            findings.push({
                ruleId: OWNERSHIP_RULES.codeownersUnowned,
                severity: 'error',
                file: codeowners.path,
                line: own?.rule.line ?? 1,
                column: 1,
                message: `${codeowners.path} itself has no code owner${own ? ` (line ${own.rule.line} lists no owners)` : ''}, so anyone with write access can change who must review what.`,
                hint: `Append the line: ${patternForFile(codeowners.path)} ${fallback}`,
            });
        }
    }
    return { findings, files };
}

// EXTERNAL MODULE: ./build/src/core/closest.js
var closest = __webpack_require__(4350);
// EXTERNAL MODULE: ./build/src/core/finding-at.js
var finding_at = __webpack_require__(3520);
// EXTERNAL MODULE: ./build/src/core/parse.js
var parse = __webpack_require__(1874);
// EXTERNAL MODULE: ./build/src/core/position.js
var position = __webpack_require__(3866);
;// CONCATENATED MODULE: ./build/src/core/policy-config.js







const POLICY_CONFIG_RULE = 'config/invalid-policy';
const policyConfigRuleInfo = [
    {
        id: POLICY_CONFIG_RULE,
        title: 'Invalid policy section in .openchoreo-gitops.yaml',
        description: 'The policy: section of the config file has an unknown key or a value of the wrong shape; that part is ignored.',
    },
];
function builtinRequirements(defaultOwners = []) {
    return [
        { name: 'platform-level kinds', kinds: [...PLATFORM_KINDS], production: false, owners: defaultOwners, builtin: true },
        { name: 'production bindings', kinds: [...BINDING_KINDS], production: true, owners: defaultOwners, builtin: true },
    ];
}
const DEFAULT_POLICY = {
    requirements: builtinRequirements(),
    productionEnvironments: undefined,
    productionPattern: /prod/,
    secretAllow: [],
};
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringList = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
const POLICY_KEYS = ['ownership', 'secrets'];
const OWNERSHIP_KEYS = ['defaults', 'defaultOwners', 'productionEnvironments', 'productionPattern', 'require'];
const REQUIRE_KEYS = ['name', 'kinds', 'names', 'namespaces', 'environments', 'production', 'owners'];
const SECRETS_KEYS = ['allow'];
const ALLOW_KEYS = ['fingerprint', 'reason'];
/**
 * Reads and checks the `policy:` section of the config file (given as text, so findings carry its lines).
 * Anything malformed becomes a finding and falls back to the default.
 */
function parsePolicyConfig(text, file) {
    const parsed = (0,parse/* parseYamlFile */.B)({ path: file, text });
    const doc = parsed.documents[0];
    const root = doc && isObj(doc.value) ? doc.value : undefined;
    if (!doc || !root || root.policy === undefined || root.policy === null)
        return { policy: DEFAULT_POLICY, findings: [] };
    return readPolicy(doc, root.policy);
}
function readPolicy(doc, value) {
    const findings = [];
    const positions = new position/* PositionIndex */.u();
    const bad = (path, message, hint = '') => findings.push((0,finding_at/* findingAt */.d)(positions, doc, path, { ruleId: POLICY_CONFIG_RULE, severity: 'error', message, hint }));
    const unknownKeys = (obj, path, known) => {
        for (const key of Object.keys(obj)) {
            if (!known.includes(key))
                bad([...path, key], `Unknown key "${key}" under ${path.join('.')}.`, (0,closest/* didYouMean */.au)(key, known) || `Known keys: ${known.join(', ')}.`);
        }
    };
    const ownersAt = (v, path) => {
        if (!isStringList(v)) {
            bad(path, `${path.join('.')} must be a list of owners.`, "Example: ['@acme/platform'].");
            return [];
        }
        const out = [];
        v.forEach((o, i) => {
            const p = parseOwner(o.trim());
            if (p.ok)
                out.push(o.trim());
            else
                bad([...path, i], p.message, p.hint);
        });
        return out;
    };
    const policy = { ...DEFAULT_POLICY, requirements: [], secretAllow: [] };
    if (!isObj(value)) {
        bad(['policy'], 'policy must be a mapping.', 'Write keys such as `ownership:` and `secrets:`.');
        return { policy: DEFAULT_POLICY, findings };
    }
    unknownKeys(value, ['policy'], POLICY_KEYS);
    const own = value.ownership;
    let defaults = true;
    let defaultOwners = [];
    if (own !== undefined && !isObj(own))
        bad(['policy', 'ownership'], 'policy.ownership must be a mapping.');
    if (isObj(own)) {
        const base = ['policy', 'ownership'];
        unknownKeys(own, base, OWNERSHIP_KEYS);
        if (own.defaults !== undefined) {
            if (typeof own.defaults === 'boolean')
                defaults = own.defaults;
            else
                bad([...base, 'defaults'], 'policy.ownership.defaults must be true or false.');
        }
        if (own.defaultOwners !== undefined)
            defaultOwners = ownersAt(own.defaultOwners, [...base, 'defaultOwners']);
        if (own.productionEnvironments !== undefined) {
            if (isStringList(own.productionEnvironments))
                policy.productionEnvironments = own.productionEnvironments;
            else
                bad([...base, 'productionEnvironments'], 'policy.ownership.productionEnvironments must be a list of Environment names.', 'Example: [production, prod-eu].');
        }
        if (own.productionPattern !== undefined) {
            try {
                if (typeof own.productionPattern !== 'string')
                    throw new Error('not a string');
                policy.productionPattern = new RegExp(own.productionPattern);
            }
            catch {
                bad([...base, 'productionPattern'], 'policy.ownership.productionPattern must be a regular expression (as a string).', "Example: '^prod(-|$)'.");
            }
        }
        if (own.require !== undefined) {
            if (!Array.isArray(own.require))
                bad([...base, 'require'], 'policy.ownership.require must be a list of requirements.');
            else
                own.require.forEach((item, i) => readRequirement(item, [...base, 'require', i]));
        }
    }
    if (defaults)
        policy.requirements.unshift(...builtinRequirements(defaultOwners));
    function readRequirement(item, path) {
        if (!isObj(item)) {
            bad(path, 'Each requirement must be a mapping with at least `kinds:`.', 'Example: { kinds: [Component], namespaces: [payments], owners: [\'@acme/payments\'] }.');
            return;
        }
        unknownKeys(item, path, REQUIRE_KEYS);
        if (!isStringList(item.kinds) || item.kinds.length === 0) {
            bad([...path, 'kinds'], 'A requirement needs `kinds:`, a non-empty list of OpenChoreo kinds (or `*`).');
            return;
        }
        item.kinds.forEach((k, j) => {
            if (k !== '*' && !OPENCHOREO_KINDS.includes(k))
                bad([...path, 'kinds', j], `"${k}" is not an OpenChoreo kind.`, (0,closest/* didYouMean */.au)(k, OPENCHOREO_KINDS));
        });
        const req = {
            name: typeof item.name === 'string' && item.name.trim() ? item.name.trim() : `requirement ${Number(path[path.length - 1]) + 1}`,
            kinds: item.kinds,
            production: false,
            owners: [],
            builtin: false,
        };
        if (item.name !== undefined && typeof item.name !== 'string')
            bad([...path, 'name'], 'name must be a string.');
        if (item.names !== undefined) {
            if (isStringList(item.names))
                req.names = item.names.map(glob/* globToRegExp */.t);
            else
                bad([...path, 'names'], 'names must be a list of metadata.name globs.');
        }
        for (const key of ['namespaces', 'environments']) {
            if (item[key] === undefined)
                continue;
            if (isStringList(item[key]))
                req[key] = item[key];
            else
                bad([...path, key], `${key} must be a list of names.`);
        }
        if (item.production !== undefined) {
            if (typeof item.production === 'boolean')
                req.production = item.production;
            else
                bad([...path, 'production'], 'production must be true or false.');
        }
        if ((req.environments || req.production) && !req.kinds.some((k) => k === '*' || BINDING_KINDS.includes(k))) {
            bad([...path, req.environments ? 'environments' : 'production'], `Environment selectors only apply to ${BINDING_KINDS.join(', ')}; this requirement matches no resource.`);
        }
        if (item.owners !== undefined)
            req.owners = ownersAt(item.owners, [...path, 'owners']);
        policy.requirements.push(req);
    }
    const secrets = value.secrets;
    if (secrets !== undefined && !isObj(secrets))
        bad(['policy', 'secrets'], 'policy.secrets must be a mapping.');
    if (isObj(secrets)) {
        unknownKeys(secrets, ['policy', 'secrets'], SECRETS_KEYS);
        const allow = secrets.allow;
        if (allow !== undefined && !Array.isArray(allow))
            bad(['policy', 'secrets', 'allow'], 'policy.secrets.allow must be a list.');
        if (Array.isArray(allow)) {
            allow.forEach((entry, i) => {
                const path = ['policy', 'secrets', 'allow', i];
                if (!isObj(entry))
                    return void bad(path, 'Each allow entry is a mapping with `fingerprint:` and `reason:`.');
                unknownKeys(entry, path, ALLOW_KEYS);
                const fingerprint = typeof entry.fingerprint === 'string' ? entry.fingerprint.trim() : '';
                const reason = typeof entry.reason === 'string' ? entry.reason.trim() : '';
                if (!fingerprint)
                    return void bad(path, 'An allow entry needs the finding\'s `fingerprint:` (printed with the finding).');
                if (!reason)
                    return void bad(path, 'An allow entry needs a `reason:` saying why the value may stay in Git.');
                const line = positions.locate(doc, path).line;
                policy.secretAllow.push({ fingerprint, reason, file: doc.file, line });
            });
        }
    }
    return { policy, findings };
}

// EXTERNAL MODULE: ./build/src/core/report/markdown-escape.js
var markdown_escape = __webpack_require__(3511);
// EXTERNAL MODULE: ./build/src/core/secrets/scan-secrets.js + 17 modules
var scan_secrets = __webpack_require__(5102);
// EXTERNAL MODULE: ./build/src/core/secrets/scanned-files.js
var scanned_files = __webpack_require__(3037);
// EXTERNAL MODULE: ./build/src/core/secrets/secret-rules.js
var secret_rules = __webpack_require__(6157);
// EXTERNAL MODULE: ./build/src/core/secrets/fingerprint.js
var fingerprint = __webpack_require__(2843);
// EXTERNAL MODULE: ./build/src/core/secrets/allow-list.js
var allow_list = __webpack_require__(5131);
;// CONCATENATED MODULE: ./build/src/core/secrets/index.js
/** Plaintext secret scan: the public surface used by the `policy` command. */






;// CONCATENATED MODULE: ./build/src/core/policy-report.js






const POLICY_RULES = {
    /** Part of the job could not run as asked (no base commit, no token); says what was done instead. */
    degraded: 'policy/degraded',
};
function policyRuleInfo() {
    return [
        ...codeownersRuleInfo,
        ...ownershipRuleInfo,
        ...approvalRuleInfo,
        ...policyConfigRuleInfo,
        ...secret_rules/* secretRuleInfo */.hZ,
        { id: POLICY_RULES.degraded, title: 'Policy check ran with less information than asked', description: 'A base commit, the pull request or a token was missing, so part of the policy job fell back (e.g. scanned whole files).' },
    ];
}
const MAX_ROWS = 100;
/** Job-summary section of the policy job: required reviews, approvals and allowed secrets. Ends with a newline. */
function formatOwnersMarkdown(report) {
    const out = ['### Code owners', ''];
    out.push(report.codeowners
        ? `CODEOWNERS file: \`${report.codeowners}\`. Protected files: ${report.protectedFiles}, without the required owner: ${report.unowned}.`
        : `No CODEOWNERS file. Protected files: ${report.protectedFiles}.`, '');
    if (report.changedFiles !== undefined) {
        const pending = report.approvals.filter((a) => !a.approvedBy);
        out.push(`Changed files: ${report.changedFiles}; needing an owner review: ${report.approvals.length}, still unapproved: ${pending.length}.`, '');
        if (report.approvals.length) {
            out.push('| File | Owners | Protected | Approved by |', '| --- | --- | --- | --- |');
            for (const a of report.approvals.slice(0, MAX_ROWS)) {
                const owners = a.owners.length ? a.owners.join(' ') : '(none)';
                const line = a.ownerLine ? ` (line ${a.ownerLine})` : '';
                out.push(`| ${(0,markdown_escape/* escapeCell */.k)(a.path)} | ${(0,markdown_escape/* escapeCell */.k)(owners + line)} | ${a.protected ? 'yes' : 'no'} | ${a.approvedBy ? (0,markdown_escape/* escapeCell */.k)('@' + a.approvedBy) : '—'} |`);
            }
            if (report.approvals.length > MAX_ROWS)
                out.push('', `… and ${report.approvals.length - MAX_ROWS} more.`);
            out.push('');
        }
    }
    if (report.allowedSecrets.length) {
        out.push('### Allowed secrets', '', '| Location | Rule | Fingerprint | Allowed by | Reason |', '| --- | --- | --- | --- | --- |');
        for (const a of report.allowedSecrets.slice(0, MAX_ROWS)) {
            out.push(`| ${(0,markdown_escape/* escapeCell */.k)(`${a.file}:${a.line}`)} | ${(0,markdown_escape/* escapeCell */.k)(a.ruleId)} | \`${(0,markdown_escape/* escapeCell */.k)(a.fingerprint)}\` | ${a.how === 'config' ? 'config file' : 'inline comment'} | ${(0,markdown_escape/* escapeCell */.k)(a.reason)} |`);
        }
        out.push('');
    }
    for (const n of report.notes)
        out.push(`> ${n}`, '');
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./build/src/shell/git-diff.js
var git_diff = __webpack_require__(4478);
// EXTERNAL MODULE: ./build/src/shell/git.js
var git = __webpack_require__(6684);
;// CONCATENATED MODULE: ./build/src/shell/github.js
function hasStatus(error, status) {
    return typeof error === 'object' && error !== null && 'status' in error && error.status === status;
}
function isPullRequestAlreadyExists(error) {
    if (!hasStatus(error, 422))
        return false;
    const data = error.response?.data;
    return (data?.errors ?? []).some((e) => /a pull request already exists/i.test(e.message ?? ''));
}
/** `undefined` when the call answers 404, the result otherwise. */
async function unlessNotFound(call) {
    try {
        return await call();
    }
    catch (error) {
        if (hasStatus(error, 404))
            return undefined;
        throw error;
    }
}
const PER_PAGE = 100;
class GitHub {
    client;
    constructor(client) {
        this.client = client;
    }
    /** The open pull request from `head` into `base`, if any. */
    async findOpenPullRequest(input) {
        const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls', {
            owner: input.owner, repo: input.repo, head: `${input.owner}:${input.head}`, base: input.base, state: 'open', per_page: PER_PAGE,
        });
        const pull = data.find((p) => p.head.ref === input.head && p.base.ref === input.base);
        return pull ? { number: pull.number, url: pull.html_url, headSha: pull.head.sha } : undefined;
    }
    /**
     * Opens the pull request, or updates the title and body of the open one for the same branches.
     * Idempotent: a create whose reply was lost (and was retried into "already exists") ends as an update.
     */
    async findOrCreatePullRequest(input) {
        const existing = await this.findOpenPullRequest(input);
        if (existing)
            return { ...(await this.updatePullRequest(input, existing.number)), created: false };
        try {
            const { data } = await this.client.request('POST /repos/{owner}/{repo}/pulls', {
                owner: input.owner, repo: input.repo, head: input.head, base: input.base, title: input.title, body: input.body,
            });
            return { number: data.number, url: data.html_url, headSha: data.head.sha, created: true };
        }
        catch (error) {
            if (!isPullRequestAlreadyExists(error))
                throw error;
            const found = await this.findOpenPullRequest(input);
            if (!found)
                throw error;
            return { ...(await this.updatePullRequest(input, found.number)), created: false };
        }
    }
    async updatePullRequest(input, pullNumber) {
        const { data } = await this.client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: input.owner, repo: input.repo, pull_number: pullNumber, title: input.title, body: input.body,
        });
        return { number: data.number, url: data.html_url, headSha: data.head.sha };
    }
    async listPullRequestFiles(id) {
        const files = [];
        for (let page = 1;; page++) {
            const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
                owner: id.owner, repo: id.repo, pull_number: id.pullNumber, per_page: PER_PAGE, page,
            });
            for (const f of data) {
                files.push({ path: f.filename, status: f.status, additions: f.additions, deletions: f.deletions, ...(f.previous_filename ? { previousPath: f.previous_filename } : {}) });
            }
            if (data.length < PER_PAGE)
                return files;
        }
    }
    async listPullRequestReviews(id) {
        const reviews = [];
        for (let page = 1;; page++) {
            const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
                owner: id.owner, repo: id.repo, pull_number: id.pullNumber, per_page: PER_PAGE, page,
            });
            for (const r of data) {
                reviews.push({ id: Number(r.id), login: r.user?.login ?? null, state: r.state, commitId: r.commit_id, ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}) });
            }
            if (data.length < PER_PAGE)
                return reviews;
        }
    }
    async addLabels(id) {
        await this.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            owner: id.owner, repo: id.repo, issue_number: id.pullNumber, labels: id.labels,
        });
    }
    async requestReviewers(id) {
        await this.client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            owner: id.owner, repo: id.repo, pull_number: id.pullNumber, reviewers: id.users, team_reviewers: id.teams,
        });
    }
    /** GitHub's own CODEOWNERS parse errors at `ref`; `undefined` when the repository has no CODEOWNERS file. */
    async getCodeownersErrors(input) {
        const response = await unlessNotFound(() => this.client.request('GET /repos/{owner}/{repo}/codeowners/errors', {
            owner: input.owner, repo: input.repo, ...(input.ref ? { ref: input.ref } : {}),
        }));
        return response?.data.errors.map((e) => ({ line: Number(e.line), column: Number(e.column), kind: e.kind, message: e.message, path: e.path, suggestion: e.suggestion }));
    }
    async userExists(login) {
        return (await unlessNotFound(() => this.client.request('GET /users/{username}', { username: login }))) !== undefined;
    }
    async teamExists(org, slug) {
        return (await unlessNotFound(() => this.client.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug }))) !== undefined;
    }
    /** The user's permission on the repository; `undefined` when there is no such user. */
    async collaboratorPermission(input) {
        const response = await unlessNotFound(() => this.client.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
            owner: input.owner, repo: input.repo, username: input.username,
        }));
        return response ? { permission: response.data.permission, roleName: response.data.role_name } : undefined;
    }
}

;// CONCATENATED MODULE: ./build/src/shell/github-policy.js
function statusOf(error) {
    return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}
function reasonOf(error) {
    const status = statusOf(error);
    return status ? `GitHub answered HTTP ${status}` : 'the request failed';
}
/** Legacy permissions that let a user be a code owner. */
const WRITE = new Set(['admin', 'write']);
/**
 * Does each user exist with write access, does each team exist? Teams' own repository grants are judged by
 * GitHub's CODEOWNERS errors (asked separately), which name teams without write access.
 */
async function lookUpOwners(github, repo, owners) {
    const out = new Map();
    for (const owner of owners) {
        const key = owner.text.toLowerCase();
        try {
            if (owner.kind === 'user') {
                if (!(await github.userExists(owner.login))) {
                    out.set(key, { status: 'missing' });
                    continue;
                }
                const permission = await github.collaboratorPermission({ ...repo, username: owner.login });
                if (!permission)
                    out.set(key, { status: 'missing' });
                else if (WRITE.has(permission.permission))
                    out.set(key, { status: 'ok' });
                else
                    out.set(key, { status: 'no-write', permission: permission.roleName || permission.permission });
            }
            else if (owner.kind === 'team') {
                out.set(key, (await github.teamExists(owner.org, owner.slug)) ? { status: 'ok' } : { status: 'missing' });
            }
        }
        catch (error) {
            out.set(key, { status: 'unknown', reason: reasonOf(error) });
        }
    }
    return out;
}
/** True when `login` is an active member of the team; false when not (or the team cannot be read). */
async function isTeamMember(client, org, slug, login) {
    try {
        const { data } = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login });
        return data.state === 'active';
    }
    catch (error) {
        if (statusOf(error) === 404 || statusOf(error) === 403)
            return false;
        throw error;
    }
}
/** Answers membership questions: `@org/team` (lower-cased) → approvers found to be members. */
async function teamMembers(client, questions) {
    const members = new Map();
    for (const { team, login } of questions) {
        const key = team.text.toLowerCase();
        if (!members.has(key))
            members.set(key, new Set());
        if (await isTeamMember(client, team.org, team.slug, login))
            members.get(key).add(login);
    }
    return members;
}

// EXTERNAL MODULE: ./build/src/shell/read-repo.js
var read_repo = __webpack_require__(5751);
// EXTERNAL MODULE: ./build/src/shell/secret-parts.js
var secret_parts = __webpack_require__(8765);
;// CONCATENATED MODULE: ./build/src/commands/policy.js



















const isCodeownersLocation = (path) => CODEOWNERS_LOCATIONS.includes(path);
async function readConfig(options) {
    if (options.config)
        return { text: options.config.text, file: options.config.file ?? core_config/* CONFIG_FILE */.g2 };
    try {
        return { text: await (0,promises_.readFile)((0,external_node_path_.join)(options.root, core_config/* CONFIG_FILE */.g2), 'utf8'), file: core_config/* CONFIG_FILE */.g2 };
    }
    catch {
        return undefined;
    }
}
/** Reads the CODEOWNERS GitHub would use at a revision (the pull request's base governs its reviews). */
async function codeownersAt(root, revision) {
    for (const location of CODEOWNERS_LOCATIONS) {
        const text = await (0,git_diff/* readAtRevision */.Dx)(root, revision, location);
        if (text !== undefined)
            return Buffer.byteLength(text) < 3 * 1024 * 1024 ? parseCodeowners(location, text) : undefined;
    }
    return undefined;
}
/**
 * The policy job: CODEOWNERS judged as GitHub judges it, ownership coverage, owner approvals and plaintext secrets.
 * `checks` picks some of them; the work only the others need (parsing every manifest, the diff, API calls) is skipped.
 */
async function runPolicy(options) {
    const started = Date.now();
    const on = new Set(options.checks ?? POLICY_CHECKS);
    // Ownership and approvals judge parsed resources; without them nothing needs every file's text in this
    // thread, and the secret scan reads and scans its files in worker threads (started first, so that loading
    // the bundle overlaps reading the config and walking the tree).
    const needDocs = on.has('ownership') || on.has('approvals');
    const workers = on.has('secrets') && !needDocs && options.workerScript ? (0,secret_parts/* startSecretWorkers */.MG)(options.workerScript) : undefined;
    try {
        return await policyRun(options, on, needDocs, workers, started);
    }
    finally {
        workers?.close();
    }
}
async function policyRun(options, on, needDocs, workers, started) {
    const { root } = options;
    const notes = [];
    const findings = [];
    const note = (message, hint = '') => {
        notes.push(message);
        findings.push({ ruleId: POLICY_RULES.degraded, severity: 'note', file: core_config/* CONFIG_FILE */.g2, line: 1, column: 1, message, hint });
    };
    // Settings: the config file's ignore list and policy section.
    const configText = await readConfig(options);
    const { config, findings: configFindings } = configText ? (0,core_config/* parseConfig */.o4)(configText.text, configText.file) : { config: core_config/* EMPTY_CONFIG */.$v, findings: [] };
    const { policy, findings: policyFindings } = configText ? parsePolicyConfig(configText.text, configText.file) : { policy: DEFAULT_POLICY, findings: [] };
    findings.push(...configFindings, ...policyFindings);
    const ignore = [...config.ignore, ...options.ignore].filter((g) => g.trim()).map(glob/* globToRegExp */.t);
    // One walk: every path (CODEOWNERS patterns are judged against all of them) and the files to read.
    const allPaths = [];
    const wanted = (path) => (needDocs && (0,read_repo/* isYamlPath */.xu)(path)) || (on.has('secrets') && (0,scanned_files/* isScannedTextFile */.C)(path));
    const listing = (0,read_repo/* listRepository */.j3)(root, {
        ignore: [],
        include: (path) => {
            allPaths.push(path);
            // CODEOWNERS is read even when ignored: GitHub reads it regardless.
            return isCodeownersLocation(path) || (wanted(path) && !(0,glob/* matchesAny */._)(path, ignore));
        },
    });
    // CODEOWNERS: the file GitHub uses (kept out of the secret scan), its lines, and its owners through the API.
    const candidates = [];
    for (const location of CODEOWNERS_LOCATIONS) {
        if (allPaths.includes(location))
            candidates.push({ path: location, bytes: (await (0,promises_.stat)((0,external_node_path_.join)(root, location))).size });
    }
    const located = locateCodeowners(candidates);
    const scanPaths = listing.paths.filter((p) => p !== located.path);
    // The files this thread reads: all wanted files, or (secret scan in parts) only the CODEOWNERS file.
    const scanInThread = !workers || scanPaths.length < secret_parts/* SECRET_FILES_PER_WORKER */.Wi * 2;
    if (workers && scanInThread)
        workers.close();
    const read = scanInThread
        ? (0,read_repo/* readSources */.tW)(root, listing.paths, read_repo/* DEFAULT_MAX_BYTES */.fS)
        : (0,read_repo/* readSources */.tW)(root, located.path && listing.paths.includes(located.path) ? [located.path] : [], read_repo/* DEFAULT_MAX_BYTES */.fS);
    findings.push(...[...listing.findings, ...read.findings].filter((f) => (0,read_repo/* isYamlPath */.xu)(f.file)));
    const docs = needDocs ? (0,documents/* readDocuments */.r)(read.files.filter((f) => (0,read_repo/* isYamlPath */.xu)(f.path))) : (0,documents/* readDocuments */.r)([]);
    const positions = new position/* PositionIndex */.u();
    const codeownersText = located.loaded ? read.files.find((f) => f.path === located.path)?.text : undefined;
    const codeowners = codeownersText !== undefined && located.path ? parseCodeowners(located.path, codeownersText) : undefined;
    if (on.has('codeowners')) {
        findings.push(...located.findings);
        if (codeowners)
            findings.push(...codeowners.findings, ...checkCodeowners(codeowners, allPaths));
    }
    const github = options.github ? new GitHub(options.github) : undefined;
    const pr = options.pullRequest;
    if (on.has('codeowners') && codeowners && github && pr) {
        if (options.verifyOwners) {
            const access = await lookUpOwners(github, pr, ownersToLookUp(codeowners));
            findings.push(...judgeOwnerAccess(codeowners, access));
        }
        try {
            const errors = await github.getCodeownersErrors({ owner: pr.owner, repo: pr.repo, ref: pr.headSha });
            findings.push(...githubErrorFindings(errors ?? [], findings));
        }
        catch (error) {
            note(`GitHub's CODEOWNERS errors could not be read (${error.status ?? 'request failed'}).`);
        }
    }
    // Ownership coverage by content (the protected files are also what approvals are judged on).
    const ownership = needDocs ? checkOwnership({ resources: docs.resources, policy, codeowners, codeownersPath: located.path, positions }) : { findings: [], files: new Map() };
    if (on.has('ownership'))
        findings.push(...ownership.findings);
    // What the pull request changes: the files for approvals, the added lines for the secret scan's changed scope.
    const wantLines = on.has('secrets') && options.scope === 'changed';
    let changed;
    let lines;
    let baseRevision;
    if (options.base && (on.has('approvals') || wantLines)) {
        try {
            changed = (await (0,git_diff/* changedFiles */.Y_)(root, options.base)).map((f) => ({ path: f.path, deleted: f.status === 'D' }));
            if (wantLines)
                lines = await (0,git_diff/* changedLines */.MA)(root, options.base);
            if (on.has('approvals'))
                baseRevision = await git/* Git */.TU.at(root).mergeBase(options.base, 'HEAD');
        }
        catch (error) {
            note(`The diff against ${options.base} could not be computed: ${error.message}.`, 'Check out with `fetch-depth: 0` so the base commit is present.');
        }
    }
    if (!changed && github && pr && (on.has('approvals') || wantLines)) {
        const files = await github.listPullRequestFiles({ owner: pr.owner, repo: pr.repo, pullNumber: pr.number });
        changed = files.flatMap((f) => [
            { path: f.path, deleted: f.status === 'removed' },
            ...(f.previousPath ? [{ path: f.previousPath, deleted: true }] : []),
        ]);
    }
    if (wantLines && !lines) {
        if (changed) {
            lines = new Map();
            for (const c of changed)
                if (!c.deleted)
                    lines.set(c.path, new Set(lineNumbers(fileText(root, read, scanPaths, c.path))));
            note('Changed lines were not available; the secret scan covered the whole of each changed file.');
        }
        else {
            note('scope is `changed` but no base ref or pull request was given; the whole repository was scanned for secrets.');
        }
    }
    // Plaintext secrets.
    let secrets = { findings: [], allowed: [] };
    let filesRead = read.files.length;
    let scanThreads = on.has('secrets') ? 1 : 0;
    if (on.has('secrets') && scanInThread) {
        const parsed = new Map();
        for (const d of docs.documents)
            parsed.set(d.file, [...(parsed.get(d.file) ?? []), d]);
        const secretFiles = read.files.filter((f) => f.path !== located.path);
        secrets = (0,scan_secrets/* scanSecrets */.LV)({ files: secretFiles, ...(needDocs ? { parsed } : {}), ...(lines ? { changedLines: lines } : {}), allow: policy.secretAllow });
    }
    else if (on.has('secrets') && workers) {
        const parts = await (0,secret_parts/* scanInParts */.bG)(workers, { root, paths: scanPaths, maxBytes: read_repo/* DEFAULT_MAX_BYTES */.fS, allow: policy.secretAllow, ...(lines ? { changedLines: [...lines].map(([p, l]) => [p, [...l]]) } : {}) });
        findings.push(...parts.findings.filter((f) => (0,read_repo/* isYamlPath */.xu)(f.file)));
        filesRead = parts.files + read.files.length;
        scanThreads = parts.threads;
        secrets = (0,scan_secrets/* mergeJudged */.qX)(parts.judged);
    }
    findings.push(...secrets.findings);
    // Approvals for the changed files.
    let approvals = [];
    if (changed && on.has('approvals')) {
        const governing = baseRevision ? await codeownersAt(root, baseRevision) : codeowners;
        if (!baseRevision)
            notes.push('Owners of changed files were taken from the head CODEOWNERS (the base was not available).');
        const protectedNow = new Map(ownership.files);
        const deletedYaml = changed.filter((c) => c.deleted && (0,read_repo/* isYamlPath */.xu)(c.path)).map((c) => c.path);
        if (baseRevision && deletedYaml.length) {
            const before = [];
            for (const path of deletedYaml) {
                const text = await (0,git_diff/* readAtRevision */.Dx)(root, baseRevision, path);
                if (text !== undefined)
                    before.push({ path, text });
            }
            for (const [path, entry] of protectedFiles((0,documents/* readDocuments */.r)(before).resources, policy, governing))
                protectedNow.set(path, entry);
        }
        const required = requiredReviews(changed.map((c) => c.path), governing, protectedNow, [...CODEOWNERS_LOCATIONS]);
        let approvers = new Set();
        let members = new Map();
        if (github && pr) {
            approvers = approvingLogins((await github.listPullRequestReviews({ owner: pr.owner, repo: pr.repo, pullNumber: pr.number })).flatMap((r) => (r.login ? [{ login: r.login, state: r.state }] : [])));
            members = await teamMembers(options.github, membershipQuestions(required, approvers));
        }
        else if (options.requireOwnerApproval) {
            note('require-owner-approval is on but no pull request and token were given, so no review could be read.');
        }
        const firstDoc = new Map();
        for (const d of docs.documents)
            if (!firstDoc.has(d.file))
                firstDoc.set(d.file, d);
        const judged = judgeApprovals(required, approvers, members, {
            enforce: options.requireOwnerApproval,
            locate: (path) => {
                const doc = firstDoc.get(path);
                return doc ? positions.locate(doc, ['kind']) : { line: 1, column: 1 };
            },
        });
        findings.push(...judged.findings);
        approvals = judged.statuses;
    }
    const owners = {
        codeowners: located.path,
        protectedFiles: ownership.files.size,
        unowned: ownership.findings.filter((f) => f.ruleId === OWNERSHIP_RULES.unowned || f.ruleId === OWNERSHIP_RULES.wrongOwner).length,
        changedFiles: changed?.length,
        approvals,
        allowedSecrets: secrets.allowed,
        scope: options.scope,
        notes,
    };
    const kinds = {};
    for (const r of docs.resources)
        kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    return {
        findings,
        facts: {
            command: 'policy',
            files: filesRead,
            documents: docs.documents.length,
            resources: docs.resources.length,
            kinds,
            durationMs: Date.now() - started,
            extra: { owners, checks: [...on], secretScanThreads: scanThreads },
        },
        rules: policyRuleInfo(),
        owners,
    };
}
/** A scanned file's text, from what this thread read or (secret scan in parts) from disk. */
function fileText(root, read, scanPaths, path) {
    const held = read.files.find((f) => f.path === path);
    if (held || !scanPaths.includes(path))
        return held;
    return (0,read_repo/* readSources */.tW)(root, [path], read_repo/* DEFAULT_MAX_BYTES */.fS).files[0];
}
function lineNumbers(file) {
    if (!file)
        return [];
    const count = file.text.split('\n').length;
    return Array.from({ length: count }, (_, i) => i + 1);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./build/src/shell/github-client.js
/**
 * The one way the product builds its GitHub REST client: @octokit/core with the retry and
 * throttling plugins. Retries come only from those plugins (no hand-written loops):
 *  - transient failures (5xx, connection resets) are retried by plugin-retry, except the statuses
 *    in DO_NOT_RETRY, which mean the request itself is wrong or refused;
 *  - primary and secondary rate limits (403/429 with retry-after) are waited out by
 *    plugin-throttling a bounded number of times.
 * The log receives plain messages only: never tokens, headers or request options.
 */




/** Statuses plugin-retry never retries. 429 is left to the throttling plugin. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/** Retries of a transient failure (plugin-retry waits 1, 4, 9 × retryBaseMs). */
const MAX_RETRIES = 3;
/** Times a rate-limited request is retried before the error is surfaced. */
const MAX_RATE_LIMIT_RETRIES = 2;
/** A rate limit asking to wait longer than this (seconds) is surfaced instead of waited out. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const GitHubOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
function createGitHubClient(options) {
    const log = options.log ?? (() => undefined);
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
        log('warn', `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying after ${retryAfter}s` : 'giving up'}`);
        return retrying;
    };
    return new GitHubOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'openchoreo-gitops-action',
        log: {
            debug: (message) => log('debug', String(message)),
            info: (message) => log('info', String(message)),
            warn: (message) => log('warn', String(message)),
            error: (message) => log('error', String(message)),
        },
        retry: { doNotRetry: [...DO_NOT_RETRY], retries: MAX_RETRIES, retryAfterBaseValue: retryBaseMs },
        throttle: {
            id: (0,external_node_crypto_.randomUUID)(),
            retryAfterBaseValue: retryBaseMs,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    });
}

// EXTERNAL MODULE: ./build/src/action/event.js
var action_event = __webpack_require__(3412);
// EXTERNAL MODULE: ./build/src/action/inputs.js
var inputs = __webpack_require__(3991);
// EXTERNAL MODULE: ./build/src/action/publish.js + 5 modules
var publish = __webpack_require__(8676);
;// CONCATENATED MODULE: ./build/src/action/policy.js








/** The pull request this run is about, from the event payload (pull_request and pull_request_target only). */
function pullRequestOfEvent() {
    const event = (0,action_event/* readEvent */.j)();
    if (!event.pullRequest || !event.repository || !event.name.startsWith('pull_request'))
        return undefined;
    const { number, headSha } = event.pullRequest;
    return { ref: { ...event.repository, number, headSha }, baseSha: event.baseSha ?? '' };
}
/** `checks`: the policy checks to run, comma-separated or one per line; empty runs them all. */
function checksInput() {
    const names = (0,inputs/* listInput */.dt)('checks');
    if (names.length === 0)
        return undefined;
    for (const n of names) {
        if (!POLICY_CHECKS.includes(n)) {
            throw new inputs/* InputError */.dz(`Input "checks" takes ${POLICY_CHECKS.join(', ')} (comma-separated); got "${n}".`);
        }
    }
    return POLICY_CHECKS.filter((c) => names.includes(c));
}
/**
 * Entry of the policy action: read inputs, run the command, publish the result (summary with owners first).
 * `workerScript` is the running bundle, whose entry serves secret-scan worker threads.
 */
async function runPolicyAction(workerScript) {
    const root = (0,inputs/* workspacePath */.X5)('path', core/* getInput */.V4('path'));
    const token = core/* getInput */.V4('token');
    if (token)
        core/* setSecret */.Pq(token);
    const event = pullRequestOfEvent();
    const base = core/* getInput */.V4('base-ref') || event?.baseSha;
    const scope = (0,inputs/* choiceInput */.ij)('scope', ['all', 'changed'], 'all');
    const checks = checksInput();
    const github = token && event ? createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com', log: (level, message) => (level === 'debug' ? core/* debug */.Yz(message) : core/* info */.pq(message)) }) : undefined;
    core/* debug */.Yz(`policy: root=${root} scope=${scope} base=${base ?? '(none)'} pull request=${event ? `#${event.ref.number}` : '(none)'}`);
    const result = await runPolicy({
        root,
        ...(base ? { base } : {}),
        scope,
        ignore: (0,inputs/* listInput */.dt)('ignore'),
        requireOwnerApproval: (0,inputs/* booleanInput */.tE)('require-owner-approval', false),
        verifyOwners: (0,inputs/* booleanInput */.tE)('verify-owners', false),
        ...(event ? { pullRequest: event.ref } : {}),
        ...(github ? { github } : {}),
        ...(checks ? { checks } : {}),
        ...(workerScript ? { workerScript } : {}),
    });
    const sarifInput = core/* getInput */.V4('sarif-file');
    await (0,publish/* publish */.m)(result, {
        sarifFile: sarifInput ? (0,inputs/* workspacePath */.X5)('sarif-file', sarifInput) : '',
        failOn: (0,inputs/* choiceInput */.ij)('fail-on', inputs/* FAIL_ON_CHOICES */.oN, 'error'),
        annotations: (0,inputs/* booleanInput */.tE)('annotations', true),
        summary: (0,inputs/* booleanInput */.tE)('job-summary', true),
        extraSummary: formatOwnersMarkdown(result.owners),
    });
}


/***/ })

};
