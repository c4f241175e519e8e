export const id = 919;
export const ids = [919];
export const modules = {

/***/ 1498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oi: () => (/* binding */ plainScalarEnd),
/* harmony export */   jE: () => (/* binding */ blockSource),
/* harmony export */   lK: () => (/* binding */ readBlockYaml),
/* harmony export */   t2: () => (/* binding */ resolvePlainScalar)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);

/**
 * A fast reader for the block-style YAML that Kubernetes manifests are written in: block mappings and sequences
 * indented with spaces, plain and quoted scalars on one line, one-line flow collections, literal block scalars,
 * comments. Anything else — anchors, aliases, tags, multi-line flow or plain scalars, folded scalars, complex
 * keys, merge keys, tabs, CR line ends, rare escapes — and anything malformed makes it give up (undefined), and
 * the caller parses the document with js-yaml. So its results are always exactly js-yaml's (checked by a
 * differential test on every corpus we have); it exists because it is several times faster on the common case.
 */
/** The YAML 1.2 core schema's implicit types (null, bool, int, float) in js-yaml's order: plain scalars resolve through them. */
const implicitTypes = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].CORE_SCHEMA */ .Ay.CORE_SCHEMA.compiledImplicit;
/** Characters js-yaml refuses anywhere in a stream, plus the non-ASCII line breaks: such a text goes to js-yaml. */
const unusual = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
/** Printable ASCII and line feeds only: the common case, checked much faster than `unusual`. */
const plainAscii = /^[\n\x20-\x7e]*$/;
const isOrdinary = (text) => plainAscii.test(text) || !unusual.test(text);
const GIVE_UP = Symbol('give up');
let src = '';
let len = 0;
/** Start of the line being read (always a line start between calls). */
let p = 0;
/** Collections open around the one being read. */
let depth = 0;
/** Deeper documents are left to js-yaml, so that absurd nesting gets its verdict (and no deep recursion here). */
const MAX_DEPTH = 64;
function giveUp() {
    throw GIVE_UP;
}
function lineEndFrom(at) {
    const nl = src.indexOf('\n', at);
    return nl === -1 ? len : nl;
}
function nextLine(lineEnd) {
    p = lineEnd === len ? len : lineEnd + 1;
}
/** Skips blank and comment-only lines; returns the indentation of the next content line (p at its start), or -1 at the end. */
function nextContent() {
    while (p < len) {
        let k = p;
        while (k < len && src.charCodeAt(k) === 32)
            k++;
        if (k === len)
            break;
        const c = src.charCodeAt(k);
        if (c === 10) {
            p = k + 1;
        }
        else if (c === 35 /* # */) {
            nextLine(lineEndFrom(k));
        }
        else {
            return k - p;
        }
    }
    p = len;
    return -1;
}
/** Only spaces, or spaces and a comment, from at to lineEnd. */
function restIsEmpty(at, lineEnd) {
    let k = at;
    while (k < lineEnd && src.charCodeAt(k) === 32)
        k++;
    return k === lineEnd || (src.charCodeAt(k) === 35 && k > at);
}
/** What a plain scalar denotes under the YAML 1.2 core schema, as js-yaml resolves it: null, a boolean, a number or the text. */
function resolvePlainScalar(text) {
    const c = text.charCodeAt(0);
    // Letters other than n/N/t/T/f/F, and most punctuation, can only start a string.
    const maybeTyped = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
    if (!maybeTyped)
        return text;
    for (const type of implicitTypes) {
        if (type.resolve(text))
            return type.construct(text);
    }
    return text;
}
/** After readQuoted: the position after the closing quote. */
let quotedEnd = 0;
/** Reads a quoted scalar starting at `at` (the quote) on this line (sets quotedEnd). */
function readQuoted(at, lineEnd) {
    const quote = src.charCodeAt(at);
    let out = '';
    let from = at + 1;
    let k = from;
    for (;;) {
        if (k >= lineEnd)
            giveUp();
        const c = src.charCodeAt(k);
        if (quote === 39 /* ' */) {
            if (c === 39) {
                if (src.charCodeAt(k + 1) === 39) {
                    out += src.slice(from, k + 1);
                    k += 2;
                    from = k;
                    continue;
                }
                break;
            }
        }
        else if (c === 34) {
            break;
        }
        else if (c === 92 /* \ */) {
            out += src.slice(from, k);
            const e = src.charCodeAt(k + 1);
            if (e === 34 || e === 92 || e === 47)
                out += String.fromCharCode(e);
            else if (e === 110)
                out += '\n';
            else if (e === 116)
                out += '\t';
            else
                giveUp();
            k += 2;
            from = k;
            continue;
        }
        k++;
    }
    quotedEnd = k + 1;
    return out + src.slice(from, k);
}
const flowStop = (c) => c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 58 || c === 35;
function skipSpaces(at, lineEnd) {
    while (at < lineEnd && src.charCodeAt(at) === 32)
        at++;
    return at;
}
let flowEnd = 0;
/** A flow collection or scalar inside one, all on this line; sets flowEnd after it. */
function readFlowNode(at, lineEnd) {
    const c = src.charCodeAt(at);
    if (c === 34 || c === 39) {
        const value = readQuoted(at, lineEnd);
        flowEnd = quotedEnd;
        return value;
    }
    if (c === 91 /* [ */) {
        if (++depth > MAX_DEPTH)
            giveUp();
        const list = [];
        let k = skipSpaces(at + 1, lineEnd);
        if (src.charCodeAt(k) === 93) {
            flowEnd = k + 1;
            depth--;
            return list;
        }
        for (;;) {
            list.push(readFlowNode(k, lineEnd));
            k = skipSpaces(flowEnd, lineEnd);
            const d = src.charCodeAt(k);
            if (d === 93)
                break;
            if (d !== 44)
                giveUp();
            k = skipSpaces(k + 1, lineEnd);
            if (k >= lineEnd || src.charCodeAt(k) === 93)
                giveUp();
        }
        flowEnd = k + 1;
        depth--;
        return list;
    }
    if (c === 123 /* { */) {
        if (++depth > MAX_DEPTH)
            giveUp();
        const map = {};
        let k = skipSpaces(at + 1, lineEnd);
        if (src.charCodeAt(k) === 125) {
            flowEnd = k + 1;
            depth--;
            return map;
        }
        for (;;) {
            const key = readFlowNode(k, lineEnd);
            if (typeof key !== 'string' || key === '__proto__' || Object.hasOwn(map, key))
                giveUp();
            k = flowEnd;
            if (src.charCodeAt(k) !== 58 || src.charCodeAt(k + 1) !== 32)
                giveUp();
            map[key] = readFlowNode(skipSpaces(k + 1, lineEnd), lineEnd);
            k = skipSpaces(flowEnd, lineEnd);
            const d = src.charCodeAt(k);
            if (d === 125)
                break;
            if (d !== 44)
                giveUp();
            k = skipSpaces(k + 1, lineEnd);
            if (k >= lineEnd || src.charCodeAt(k) === 125)
                giveUp();
        }
        flowEnd = k + 1;
        depth--;
        return map;
    }
    let k = at;
    while (k < lineEnd && !flowStop(src.charCodeAt(k)))
        k++;
    let end = k;
    while (end > at && src.charCodeAt(end - 1) === 32)
        end--;
    if (end === at || isIndicator(c))
        giveUp();
    flowEnd = end;
    return resolvePlainScalar(src.slice(at, end));
}
/** Characters that cannot start a plain scalar, or start one of the constructs this reader leaves to js-yaml. */
function isIndicator(c) {
    return (c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42 || c === 33 || c === 124 ||
        c === 62 || c === 37 || c === 64 || c === 96 || c === 63 || c === 58 || c === 34 || c === 39);
}
/** A literal block scalar whose header (`|`, `|-`, `|+`) starts at `at`; consumes its lines. */
function readLiteral(at, lineEnd, parentIndent) {
    let k = at + 1;
    const chomp = src.charCodeAt(k);
    if (chomp === 45 || chomp === 43)
        k++;
    if (!restIsEmpty(k, lineEnd))
        giveUp();
    nextLine(lineEnd);
    let indent = -1;
    const lines = [];
    let lastContent = -1;
    while (p < len) {
        const end = lineEndFrom(p);
        let s = p;
        while (s < end && src.charCodeAt(s) === 32)
            s++;
        const spaces = s - p;
        if (s === end) {
            if (indent === -1 || spaces > indent)
                giveUp();
            if (end === len)
                break;
            lines.push('');
        }
        else {
            if (indent === -1) {
                if (spaces <= parentIndent)
                    break;
                indent = spaces;
            }
            else if (spaces < indent) {
                break;
            }
            if (end === len)
                giveUp();
            lines.push(src.slice(p + indent, end));
            lastContent = lines.length - 1;
        }
        nextLine(end);
    }
    if (chomp === 43)
        return lines.length ? lines.join('\n') + '\n' : '';
    const body = lines.slice(0, lastContent + 1).join('\n');
    return chomp === 45 || lastContent === -1 ? body : body + '\n';
}
/** The value after `key:` or `- ` on this line, at `at`; leaves p at the next line. */
function readInline(at, lineEnd, parentIndent) {
    const c = src.charCodeAt(at);
    if (c === 34 || c === 39 || c === 91 || c === 123) {
        const value = readFlowNode(at, lineEnd);
        if (!restIsEmpty(flowEnd, lineEnd))
            giveUp();
        nextLine(lineEnd);
        return value;
    }
    if (c === 124)
        return readLiteral(at, lineEnd, parentIndent);
    const end = plainScalarEnd(src, at, lineEnd);
    if (end === -1)
        giveUp();
    const text = src.slice(at, end);
    nextLine(lineEnd);
    return resolvePlainScalar(text);
}
/**
 * The end of the one-line plain scalar that starts at `at` (not a space) in text[at, lineEnd): before its comment
 * and the spaces ahead of it. -1 when it is not one this reader takes: it starts with an indicator (or `- `), or
 * holds `: ` or ends with `:` (a mapping where a scalar was expected, which js-yaml refuses).
 */
function plainScalarEnd(text, at, lineEnd) {
    const c = text.charCodeAt(at);
    if (at >= lineEnd || isIndicator(c) || (c === 45 && (at + 1 === lineEnd || text.charCodeAt(at + 1) === 32)))
        return -1;
    let end = lineEnd;
    for (let k = at + 1; k < lineEnd; k++) {
        const d = text.charCodeAt(k);
        if (d === 35 && text.charCodeAt(k - 1) === 32) {
            end = k;
            break;
        }
        if (d === 58 && (k + 1 === lineEnd || text.charCodeAt(k + 1) === 32))
            return -1;
    }
    while (text.charCodeAt(end - 1) === 32)
        end--;
    return end;
}
/** Whether the content at `at` is a mapping entry (`key: …` or `key:`), not a scalar. */
function isMappingEntry(at, lineEnd) {
    const c = src.charCodeAt(at);
    if (c === 34 || c === 39) {
        readQuoted(at, lineEnd);
        const k = skipSpaces(quotedEnd, lineEnd);
        return src.charCodeAt(k) === 58;
    }
    if (c === 91 || c === 123)
        return false;
    for (let k = at; k < lineEnd; k++) {
        const d = src.charCodeAt(k);
        if (d === 58) {
            if (k + 1 === lineEnd || src.charCodeAt(k + 1) === 32)
                return true;
        }
        else if (d === 35 && src.charCodeAt(k - 1) === 32) {
            return false;
        }
    }
    return false;
}
/** A block mapping whose entries sit at column `indent`; its first key starts at `at` (mid-line after `- `). */
function readMapping(indent, at) {
    if (++depth > MAX_DEPTH)
        giveUp();
    const map = {};
    for (;;) {
        const lineEnd = lineEndFrom(at);
        const c = src.charCodeAt(at);
        let key;
        let k;
        if (c === 34 || c === 39) {
            key = readQuoted(at, lineEnd);
            k = skipSpaces(quotedEnd, lineEnd);
            if (src.charCodeAt(k) !== 58)
                giveUp();
        }
        else {
            if (isIndicator(c) || c === 45 && (at + 1 === lineEnd || src.charCodeAt(at + 1) === 32))
                giveUp();
            k = at;
            for (;;) {
                if (k >= lineEnd)
                    giveUp();
                const d = src.charCodeAt(k);
                if (d === 58 && (k + 1 === lineEnd || src.charCodeAt(k + 1) === 32))
                    break;
                if (d === 35 && src.charCodeAt(k - 1) === 32)
                    giveUp();
                k++;
            }
            let end = k;
            while (src.charCodeAt(end - 1) === 32)
                end--;
            const resolved = resolvePlainScalar(src.slice(at, end));
            if (typeof resolved !== 'string' || resolved === '<<')
                giveUp();
            key = resolved;
        }
        if (key === '__proto__' || Object.hasOwn(map, key))
            giveUp();
        const v = skipSpaces(k + 1, lineEnd);
        if (v === lineEnd || src.charCodeAt(v) === 35) {
            if (v < lineEnd && v === k + 1)
                giveUp();
            nextLine(lineEnd);
            map[key] = readBlockValue(indent, true, (key === 'spec' && indent > 0) || key === 'openAPIV3Schema');
        }
        else {
            if (v === k + 1)
                giveUp();
            map[key] = readInline(v, lineEnd, indent);
        }
        const next = nextContent();
        if (next < indent) {
            depth--;
            return map;
        }
        if (next > indent)
            giveUp();
        at = p + indent;
    }
}
/** A block sequence whose `-` entries sit at column `indent` (p at the first entry's line). */
function readSequence(indent) {
    if (++depth > MAX_DEPTH)
        giveUp();
    const list = [];
    for (;;) {
        const lineEnd = lineEndFrom(p);
        const dash = p + indent;
        const v = skipSpaces(dash + 1, lineEnd);
        if (v === lineEnd || src.charCodeAt(v) === 35) {
            if (v < lineEnd && v === dash + 1)
                giveUp();
            nextLine(lineEnd);
            list.push(readBlockValue(indent, false, false));
        }
        else {
            const c = src.charCodeAt(v);
            if (c === 45 && (v + 1 === lineEnd || src.charCodeAt(v + 1) === 32))
                giveUp();
            if (isMappingEntry(v, lineEnd))
                list.push(readMapping(v - p, v));
            else
                list.push(readInline(v, lineEnd, indent));
        }
        const next = nextContent();
        if (next > indent)
            giveUp();
        if (next < indent || !isSequenceEntry(p + indent)) {
            depth--;
            return list;
        }
    }
}
function isSequenceEntry(at) {
    if (src.charCodeAt(at) !== 45)
        return false;
    const d = src.charCodeAt(at + 1);
    return d === 32 || d === 10 || at + 1 === len;
}
/** The block node on the lines after `key:` or `-` (more indented than the parent, or a same-column sequence under a key); null when there is none. */
function readBlockValue(parentIndent, sequenceMayShareColumn, keepSource) {
    const indent = nextContent();
    if (indent === -1)
        return null;
    const at = p + indent;
    if (indent > parentIndent) {
        if (isSequenceEntry(at))
            return readSequence(indent);
        if (!isMappingEntry(at, lineEndFrom(at)))
            giveUp();
        if (!keepSource)
            return readMapping(indent, at);
        const start = p;
        const end = blockEnd(indent);
        const text = src.slice(start, end);
        const seen = repeated.get(text);
        if (seen) {
            known.push(start, end);
            p = end;
            const copy = copyTree(seen.value);
            // The first reading's text, not this one: keyed by one string object, caches find it without comparing it.
            sources.set(copy, seen.text);
            return copy;
        }
        const map = readMapping(indent, at);
        if (p !== end || !isOrdinary(text))
            giveUp();
        // Checked now, so not again at the end: this range replaces the repeated blocks inside it.
        while (known.length && known[known.length - 2] >= start)
            known.length -= 2;
        known.push(start, end);
        sources.set(map, text);
        if (repeatedBytes + text.length <= REPEATED_MAX_BYTES) {
            repeated.set(text, { text, value: copyTree(map) });
            repeatedBytes += text.length;
        }
        return map;
    }
    if (indent === parentIndent && sequenceMayShareColumn && isSequenceEntry(at))
        return readSequence(indent);
    return null;
}
/**
 * The source text of nested `spec:` and of `openAPIV3Schema:` block mappings (the lines they were read from,
 * indentation included), by object: equal texts give equal values, so a check repeated across thousands of
 * snapshots (the embedded ComponentType and Trait specs of ComponentReleases, and their parameter schemas) can
 * be keyed by it instead of by a serialisation of the value. Only these few are kept: a weak map of every
 * node would cost more than it saves.
 */
const sources = new WeakMap();
/**
 * Nested `spec:` (and `openAPIV3Schema:`) blocks already read, by their text: a ComponentRelease embeds its
 * ComponentType's and Traits' specs verbatim, so in a repository most bytes are such blocks repeated across
 * releases. A repeated block is not read again but copied from the first (values are never shared between
 * documents: callers may change theirs). Bounded (texts and values are kept for the process): past the bound,
 * blocks are simply read.
 */
const repeated = new Map();
const REPEATED_MAX_BYTES = 8 * 1024 * 1024;
let repeatedBytes = 0;
/** Ranges of the text being read whose characters are already checked (kept blocks), in order, not overlapping. */
const known = [];
/** Whether the text outside the `known` ranges holds only characters this reader handles. */
function restIsOrdinary() {
    let from = 0;
    for (let i = 0; i < known.length; i += 2) {
        if (known[i] > from && !isOrdinary(src.slice(from, known[i])))
            return false;
        from = known[i + 1];
    }
    return from >= len || isOrdinary(from === 0 ? src : src.slice(from));
}
function copyTree(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(copyTree);
    const out = {};
    for (const key in value) {
        const child = value[key];
        const copy = copyTree(child);
        // Kept blocks inside a repeated one keep their text in the copy.
        if ((key === 'spec' || key === 'openAPIV3Schema') && copy !== null && typeof copy === 'object') {
            const text = sources.get(child);
            if (text !== undefined)
                sources.set(copy, text);
        }
        out[key] = copy;
    }
    return out;
}
/**
 * Where the block whose first content line starts at p (indented by `indent`) ends: at the start of the next
 * line, after blank and comment lines, indented less. Every line of the block, literal block scalars included,
 * is indented at least as much (blank lines aside), so this is exactly where readMapping stops.
 */
function blockEnd(indent) {
    let at = p;
    while (at < len) {
        let k = at;
        while (k < len && src.charCodeAt(k) === 32)
            k++;
        const lineEnd = lineEndFrom(k);
        if (k < lineEnd && k - at < indent && src.charCodeAt(k) !== 35)
            return at;
        at = lineEnd === len ? len : lineEnd + 1;
    }
    return len;
}
/** The text a nested `spec:` or an `openAPIV3Schema:` block mapping was read from by readBlockYaml; undefined for any other object. */
function blockSource(node) {
    return sources.get(node);
}
/**
 * Parses one YAML document (as split by splitDocuments: optionally starting with a bare `---` line) into what
 * js-yaml's core schema gives, or returns undefined when the document is outside the subset read here.
 */
function readBlockYaml(text) {
    src = text;
    len = text.length;
    p = 0;
    depth = 0;
    known.length = 0;
    try {
        if (text.startsWith('---')) {
            const end = lineEndFrom(0);
            if (!restIsEmpty(3, end))
                return undefined;
            nextLine(end);
        }
        const indent = nextContent();
        if (indent === -1)
            return undefined;
        const at = p + indent;
        let value;
        if (isSequenceEntry(at))
            value = readSequence(indent);
        else if (isMappingEntry(at, lineEndFrom(at)))
            value = readMapping(indent, at);
        else
            return undefined;
        // Tabs, CRs and characters js-yaml refuses may have been read as ordinary ones: such a text is js-yaml's.
        if (nextContent() !== -1 || !restIsOrdinary())
            return undefined;
        return value;
    }
    catch {
        // GIVE_UP, or a stack overflow on absurd nesting: either way js-yaml reads it (and reports what is wrong).
        return undefined;
    }
    finally {
        src = '';
    }
}


/***/ }),

/***/ 7687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ readDocuments)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1874);
/* harmony import */ var _resource_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89);


/** Parses YAML files and recognises OpenChoreo resources by apiVersion/kind (never by folder). */
function readDocuments(files) {
    const out = { documents: [], resources: [], manifests: [], findings: [] };
    for (const file of files) {
        const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(file);
        out.findings.push(...parsed.findings);
        for (const doc of parsed.documents) {
            out.documents.push(doc);
            const c = (0,_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .classify */ .L8)(doc);
            if (c.type === 'openchoreo')
                out.resources.push(c.resource);
            else if (c.type === 'kubernetes')
                out.manifests.push(c.manifest);
            else if (c.type === 'not-a-mapping') {
                out.findings.push({
                    ruleId: 'yaml/not-a-mapping',
                    severity: 'warning',
                    file: doc.file,
                    line: doc.startLine,
                    column: 1,
                    message: `This YAML document is a ${Array.isArray(doc.value) ? 'list' : 'scalar'}, not a mapping; Kubernetes manifests are mappings with apiVersion and kind.`,
                    hint: 'If the file is not a manifest, add it to the ignore list.',
                });
            }
        }
    }
    return out;
}


/***/ }),

/***/ 379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ matchesAny),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Compiles a repository path glob (as in .gitignore-style ignore lists) to a matcher:
 * `**` any number of folders, `*` any run of characters except `/`, `?` one such character.
 * A pattern without `/` matches a name at any depth (a leading `/` or `./` anchors it at the root); a trailing `/`
 * matches a folder and everything below it.
 */
function globToRegExp(pattern) {
    const raw = pattern.trim();
    let p = raw.replace(/^\.\//, '');
    const dirOnly = p.endsWith('/');
    if (dirOnly)
        p = p.slice(0, -1);
    // `./name` names the root's entry, like `/name`: the `./` is stripped but still anchors the pattern.
    const anchored = p.includes('/') || raw.startsWith('./');
    if (p.startsWith('/'))
        p = p.slice(1);
    let re = '';
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '*') {
            if (p[i + 1] === '*') {
                const slash = p[i + 2] === '/';
                re += slash ? '(?:.*/)?' : '.*';
                i += slash ? 2 : 1;
            }
            else {
                re += '[^/]*';
            }
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else {
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    const prefix = anchored ? '^' : '^(?:.*/)?';
    return new RegExp(`${prefix}${re}(?:/.*)?$`);
}
/** True when path (repository-relative, forward slashes) matches any of the patterns. */
function matchesAny(path, patterns) {
    return patterns.some((re) => re.test(path));
}


/***/ }),

/***/ 1874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ parseYamlFile),
/* harmony export */   ZF: () => (/* binding */ splitDocuments),
/* harmony export */   o7: () => (/* binding */ documentTexts)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _block_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1498);


/** YAML 1.2 core schema plus merge keys (`<<`), which the Go YAML library used by Flux and kubectl honours. */
const { types } = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .Ay;
/** `!!binary` as Kubernetes' YAML-to-JSON conversion sees it: the base64 text itself, whitespace removed. */
const binaryAsBase64 = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:binary', {
    kind: 'scalar',
    resolve: (data) => typeof data === 'string' && /^[A-Za-z0-9+/=\s]*$/.test(data),
    construct: (data) => data.replace(/\s+/g, ''),
});
const schema = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].CORE_SCHEMA */ .Ay.CORE_SCHEMA.extend({ implicit: [types.merge], explicit: [binaryAsBase64] });
/** A document whose alias expansion visits more nodes than this (relative to its size) is a YAML bomb. */
const ALIAS_EXPANSION_FACTOR = 4;
const ALIAS_EXPANSION_SLACK = 10_000;
const separator = /^(---|\.\.\.)(?=\s|$)/;
/**
 * Splits a YAML stream at document markers. A marker at column 0 ends any scalar (YAML's c-forbidden rule),
 * so this is exact, and it lets one broken document be reported without losing its neighbours.
 */
function splitDocuments(text) {
    const segments = [];
    let start = 0;
    let startLine = 1;
    let line = 1;
    let explicitStart = false;
    let pos = 0;
    const push = (end, followed) => {
        segments.push({ text: text.slice(start, end), startLine, followedBySeparator: followed, explicitStart });
    };
    while (pos <= text.length) {
        const nl = text.indexOf('\n', pos);
        const lineEnd = nl === -1 ? text.length : nl;
        const c = text.charCodeAt(pos);
        if ((c === 45 || c === 46) && separator.test(text.slice(pos, Math.min(lineEnd, pos + 4)))) {
            const isEnd = c === 46;
            if (pos > start || explicitStart)
                push(pos, !isEnd);
            if (isEnd) {
                start = nl === -1 ? text.length : nl + 1;
                startLine = line + 1;
                explicitStart = false;
            }
            else {
                start = pos;
                startLine = line;
                explicitStart = true;
            }
        }
        if (nl === -1)
            break;
        pos = nl + 1;
        line++;
    }
    if (start < text.length || explicitStart)
        push(text.length, false);
    return segments;
}
const blankOrComment = /^(?:\s*(?:#.*)?(?:\r?\n|$))*$/;
const directiveOrBlank = /^(?:\s*(?:#.*|%.*)?(?:\r?\n|$))*$/;
function isEmptySegment(seg) {
    const body = seg.explicitStart ? seg.text.replace(/^---[ \t]*/, '') : seg.text;
    return blankOrComment.test(body);
}
/** Counts nodes reachable from value, stopping once over limit; shared (aliased) nodes count each time. */
function exceedsNodeBudget(value, limit) {
    let visits = 0;
    const stack = [value];
    while (stack.length) {
        const node = stack.pop();
        if (++visits > limit)
            return true;
        if (node !== null && typeof node === 'object') {
            for (const child of Array.isArray(node) ? node : Object.values(node)) {
                if (child !== null && typeof child === 'object')
                    stack.push(child);
                else
                    visits++;
            }
        }
    }
    return false;
}
function yamlFinding(file, line, column, ruleId, message, hint) {
    return { ruleId, severity: 'error', file, line, column, message, hint };
}
function describeYamlError(reason) {
    if (/duplicated mapping key/.test(reason)) {
        return { ruleId: 'yaml/duplicate-key', hint: 'Remove or rename one of the two keys; Kubernetes rejects duplicate keys.' };
    }
    if (/tab/.test(reason)) {
        return { ruleId: 'yaml/tab-indentation', hint: 'Indent with spaces; YAML does not allow tab characters in indentation.' };
    }
    return { ruleId: 'yaml/syntax', hint: 'Fix the YAML syntax at this position (check indentation, quotes and colons).' };
}
const withoutBom = (text) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
/** The text of each document of a file by its start line, as parseYamlFile gives it in YamlDocument.text. */
function documentTexts(text) {
    return new Map(splitDocuments(withoutBom(text)).map((seg) => [seg.startLine, seg.text]));
}
/** Parses every document of a YAML file. Syntax problems become findings; nothing throws. */
function parseYamlFile(source) {
    const { path: file, text } = source;
    const documents = [];
    const findings = [];
    const segments = splitDocuments(withoutBom(text));
    for (const seg of segments) {
        if (!seg.explicitStart && directiveOrBlank.test(seg.text))
            continue;
        if (isEmptySegment(seg)) {
            if (seg.followedBySeparator) {
                findings.push({
                    ruleId: 'yaml/empty-document',
                    severity: 'note',
                    file,
                    line: seg.startLine,
                    column: 1,
                    message: 'Empty YAML document (two `---` separators with nothing between them).',
                    hint: 'Remove the extra `---` line.',
                });
            }
            continue;
        }
        // The fast reader handles the common block style exactly as js-yaml would; everything else goes to js-yaml.
        let value = (0,_block_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .readBlockYaml */ .lK)(seg.text);
        const aliasesPossible = value === undefined;
        try {
            if (value === undefined)
                value = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].load */ .Ay.load(seg.text, { schema, filename: file, json: false });
        }
        catch (err) {
            const e = err;
            const reason = e.reason ?? e.message ?? String(err);
            const { ruleId, hint } = describeYamlError(reason);
            // An error at the very end (an unterminated quote or bracket) is reported by js-yaml past the last
            // line; keep it on the document's last line with content, where an annotation can show it.
            const lastLine = seg.startLine + seg.text.replace(/\s+$/, '').split('\n').length - 1;
            const line = Math.min(seg.startLine + (e.mark?.line ?? 0), lastLine);
            const column = line < seg.startLine + (e.mark?.line ?? 0) ? 1 : (e.mark?.column ?? 0) + 1;
            findings.push(yamlFinding(file, line, column, ruleId, `YAML error: ${reason}.`, hint));
            continue;
        }
        if (value === null || value === undefined)
            continue;
        if (aliasesPossible && seg.text.includes('*') && seg.text.includes('&')) {
            const limit = ALIAS_EXPANSION_FACTOR * seg.text.length + ALIAS_EXPANSION_SLACK;
            if (exceedsNodeBudget(value, limit)) {
                findings.push(yamlFinding(file, seg.startLine, 1, 'yaml/alias-expansion', 'YAML aliases in this document expand to far more nodes than its text holds (a "billion laughs" document); it was not judged.', 'Write the repeated values out instead of nesting aliases of aliases.'));
                continue;
            }
        }
        documents.push({ file, index: documents.length, startLine: seg.startLine, text: seg.text, value });
    }
    return { file, documents, findings };
}


/***/ }),

/***/ 4900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/**
 * The repository's config file and the settings it gives when it is absent. Reading it (config.ts) is
 * separate, and loaded only when a repository has one.
 */
const CONFIG_FILE = '.openchoreo-gitops.yaml';
const EMPTY_CONFIG = { ignore: [], openchoreoVersion: undefined, policy: undefined, file: '' };


/***/ }),

/***/ 89:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   RN: () => (/* binding */ OPENCHOREO_GROUP),
/* harmony export */   ik: () => (/* binding */ resourceKey),
/* harmony export */   oI: () => (/* binding */ apiGroup),
/* harmony export */   xb: () => (/* binding */ countKinds)
/* harmony export */ });
const OPENCHOREO_GROUP = 'openchoreo.dev';
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Group of an apiVersion (`openchoreo.dev/v1alpha1` → `openchoreo.dev`, `v1` → ''). */
function apiGroup(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? '' : apiVersion.slice(0, slash);
}
/** Decides by content alone what a document is. */
function classify(doc) {
    const value = doc.value;
    if (!isRecord(value))
        return { type: 'not-a-mapping' };
    const { apiVersion, kind } = value;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string')
        return { type: 'other' };
    const meta = isRecord(value.metadata) ? value.metadata : {};
    const name = typeof meta.name === 'string' ? meta.name : '';
    const namespace = typeof meta.namespace === 'string' ? meta.namespace : undefined;
    if (apiGroup(apiVersion) === OPENCHOREO_GROUP) {
        return { type: 'openchoreo', resource: { apiVersion, kind, name, namespace, doc, object: value } };
    }
    return { type: 'kubernetes', manifest: { apiVersion, kind, name, namespace, doc, object: value } };
}
/** Identity used for duplicates and for matching a resource against the PR base: `Kind/namespace/name`. */
function resourceKey(kind, namespace, name) {
    return `${kind}/${namespace ?? ''}/${name}`;
}
/** Resources per kind, for the run summary. */
function countKinds(resources) {
    const kinds = {};
    for (const r of resources)
        kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    return kinds;
}


/***/ }),

/***/ 4478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ readAtRevision),
/* harmony export */   MA: () => (/* binding */ changedLines),
/* harmony export */   Y_: () => (/* binding */ changedFiles)
/* harmony export */ });
/* unused harmony export parseUnifiedZero */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/**
 * What a pull request changes, from git: changed files, changed (added) lines, and files as they were at
 * the base. Every call is `git` with an argument array (execFile, no shell), so paths and refs from
 * untrusted pull requests are never interpreted by a shell.
 */

const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
function git(root, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, env: ENV, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(`git ${args[0]} failed: ${String(stderr || error.message).trim().split('\n')[0]}`));
            else
                resolve(stdout);
        });
    });
}
/** The range `base...HEAD` (changes on HEAD since it left base). Refuses refs that look like options. */
function range(base) {
    if (base.startsWith('-'))
        throw new Error(`invalid base ref ${JSON.stringify(base)}`);
    return `${base}...HEAD`;
}
/** Files changed between the merge base of `base` and HEAD. */
async function changedFiles(root, base) {
    const out = await git(root, ['diff', '--name-status', '--no-renames', '-z', '--no-ext-diff', range(base), '--']);
    const parts = out.split('\0').filter((p) => p !== '');
    const files = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const status = parts[i][0];
        files.push({ path: parts[i + 1], status: status === 'A' || status === 'D' || status === 'T' ? status : 'M' });
    }
    return files;
}
/** Lines added or changed in each file (1-based line numbers at HEAD), from `git diff --unified=0`. */
async function changedLines(root, base) {
    const out = await git(root, ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', range(base), '--']);
    return parseUnifiedZero(out);
}
/** Parses `git diff --unified=0` output into added line numbers per new path. */
function parseUnifiedZero(diff) {
    const lines = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            // git ends the name with a tab when it contains a space.
            const target = line.slice(4).replace(/\t$/, '');
            if (target === '/dev/null')
                current = undefined;
            else {
                const path = unquote(target).replace(/^b\//, '');
                current = lines.get(path) ?? new Set();
                lines.set(path, current);
            }
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk && current) {
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            for (let n = start; n < start + count; n++)
                current.add(n);
        }
    }
    return lines;
}
/** git quotes paths with unusual bytes as C strings ("b/caf\303\251.yaml"). */
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    const bytes = [];
    const body = path.slice(1, -1);
    const simple = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
    for (let i = 0; i < body.length; i++) {
        if (body[i] !== '\\') {
            bytes.push(...Buffer.from(body[i], 'utf8'));
            continue;
        }
        const next = body[++i];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push(simple[next] ?? next.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** A file's text at a revision, or undefined when it does not exist there. */
async function readAtRevision(root, revision, path) {
    if (revision.startsWith('-'))
        throw new Error(`invalid revision ${JSON.stringify(revision)}`);
    try {
        return await git(root, ['show', `${revision}:${path}`]);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   fO: () => (/* binding */ repositoryUrls)
/* harmony export */ });
/* unused harmony export actionsRepositoryUrl */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _read_repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5751);
/**
 * A typed wrapper over the `git` CLI: one method per verb, argument arrays only (execFile, never a shell), so
 * refs and paths from a pull request are never interpreted by a shell. Failures become GitError with a message
 * a user can act on.
 */


class GitError extends Error {
}
const MAX_BUFFER = 1024 * 1024 * 1024;
const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
function firstLine(text) {
    return text.trim().split('\n')[0] ?? '';
}
/** Refuses refs that git would read as options (`--output=...`). */
function checkRef(ref) {
    if (!ref || ref.startsWith('-'))
        throw new GitError(`invalid git revision ${JSON.stringify(ref)}`);
    return ref;
}
class Git {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    /** A wrapper that runs git in `dir` (any directory inside a working tree). */
    static at(dir) {
        return new Git(dir);
    }
    run(args, input) {
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-c', 'core.quotePath=false', ...args], { cwd: this.dir, env: ENV, encoding: 'buffer', maxBuffer: MAX_BUFFER }, (error, stdout, stderr) => {
                const result = { stdout, stderr: stderr.toString('utf8') };
                if (!error)
                    return resolve({ exitCode: 0, ...result });
                const code = error.code;
                if (typeof code === 'number')
                    return resolve({ exitCode: code, ...result });
                if (code === 'ENOENT')
                    return reject(new GitError(`could not run git in ${this.dir}: git is not installed (or not on PATH), or the directory does not exist`));
                reject(new GitError(`git ${args[0]} failed: ${error.message}`));
            });
            if (input !== undefined) {
                child.stdin?.on('error', () => undefined); // git may exit before reading everything; its exit code tells
                child.stdin?.end(input);
            }
        });
    }
    async output(args) {
        const r = await this.run(args);
        if (r.exitCode !== 0)
            throw new GitError(`git ${args[0]} failed: ${firstLine(r.stderr) || `exit code ${r.exitCode}`}`);
        return r.stdout.toString('utf8');
    }
    /** True when `dir` is inside a git working tree. */
    async isRepository() {
        const r = await this.run(['rev-parse', '--is-inside-work-tree']);
        return r.exitCode === 0 && r.stdout.toString('utf8').trim() === 'true';
    }
    /** Path of `dir` relative to the top of the working tree, with a trailing `/` ('' at the top). */
    async prefix() {
        return (await this.output(['rev-parse', '--show-prefix'])).trim();
    }
    /** URL of a remote (`origin` unless named), or undefined when the repository has no such remote. */
    async remoteUrl(name = 'origin') {
        if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(name))
            throw new GitError(`invalid remote name ${JSON.stringify(name)}`);
        const r = await this.run(['remote', 'get-url', name]);
        const url = r.stdout.toString('utf8').trim();
        return r.exitCode === 0 && url ? url : undefined;
    }
    /** `sha1` or `sha256`, the repository's object format. */
    async objectFormat() {
        const r = await this.run(['rev-parse', '--show-object-format']);
        return r.exitCode === 0 && r.stdout.toString('utf8').trim() === 'sha256' ? 'sha256' : 'sha1';
    }
    /** The commit a revision names. A missing revision is reported with how to fetch it in Actions. */
    async revParse(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', `${checkRef(rev)}^{commit}`]);
        if (r.exitCode !== 0) {
            if (!(await this.isRepository()))
                throw new GitError(`${this.dir} is not inside a git repository, so base revision ${rev} cannot be read`);
            throw new GitError(`base revision ${rev} not found; fetch it with actions/checkout fetch-depth: 0`);
        }
        return r.stdout.toString('utf8').trim();
    }
    /** The best common ancestor of two revisions. */
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', checkRef(a), checkRef(b)]);
        if (r.exitCode === 0)
            return r.stdout.toString('utf8').trim();
        if (r.exitCode === 1 && !r.stderr.trim()) {
            throw new GitError(`${a} and ${b} have no common ancestor (a shallow clone?); fetch full history with actions/checkout fetch-depth: 0`);
        }
        const missing = /Not a valid (object name|commit name) (\S+)/.exec(r.stderr);
        if (missing)
            throw new GitError(`base revision ${missing[2]} not found; fetch it with actions/checkout fetch-depth: 0`);
        throw new GitError(`git merge-base ${a} ${b} failed: ${firstLine(r.stderr)}`);
    }
    /**
     * YAML files (`*.yaml`/`*.yml`) of a revision, as full repository paths → blob ids. `paths` restricts the
     * listing to those directories or files (full paths from the top of the working tree).
     */
    async lsTreeBlobs(rev, paths = []) {
        const out = await this.output(['ls-tree', '-r', '-z', '--full-tree', checkRef(rev), '--', ...paths]);
        const blobs = new Map();
        for (const entry of out.split('\0')) {
            const tab = entry.indexOf('\t');
            if (tab === -1)
                continue;
            const [mode, type, sha] = entry.slice(0, tab).split(' ');
            const path = entry.slice(tab + 1);
            if (type === 'blob' && mode !== '120000' && (0,_read_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .isYamlPath */ .xu)(path))
                blobs.set(path, sha);
        }
        return blobs;
    }
    /** Contents of blobs by id, read through one `git cat-file --batch` process. Missing ids are left out. */
    async readBlobs(shas) {
        const wanted = [...new Set(shas)];
        const blobs = new Map();
        if (wanted.length === 0)
            return blobs;
        for (const sha of wanted)
            if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
                throw new GitError(`invalid blob id ${JSON.stringify(sha)}`);
        const r = await this.run(['cat-file', '--batch'], `${wanted.join('\n')}\n`);
        if (r.exitCode !== 0)
            throw new GitError(`git cat-file failed: ${firstLine(r.stderr)}`);
        const out = r.stdout;
        let pos = 0;
        while (pos < out.length) {
            const eol = out.indexOf(10, pos);
            if (eol === -1)
                break;
            const header = out.subarray(pos, eol).toString('utf8').split(' ');
            pos = eol + 1;
            if (header[1] === 'missing' || header.length < 3)
                continue;
            const size = Number(header[2]);
            blobs.set(header[0], out.subarray(pos, pos + size));
            pos += size + 1;
        }
        return blobs;
    }
    /**
     * The default branch as a ref to compare against: `origin/HEAD`'s target (e.g. `origin/main`), else the first
     * of origin/main, origin/master, main, master that exists; undefined when none does.
     */
    async defaultBranch() {
        const head = await this.run(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
        if (head.exitCode === 0 && head.stdout.toString('utf8').trim())
            return head.stdout.toString('utf8').trim();
        for (const candidate of ['origin/main', 'origin/master', 'main', 'master']) {
            const r = await this.run(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
            if (r.exitCode === 0)
                return candidate;
        }
        return undefined;
    }
}
/** The repository an Actions run belongs to (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY`), when GITHUB_REPOSITORY is set. */
function actionsRepositoryUrl(env = process.env) {
    const repo = env.GITHUB_REPOSITORY?.trim();
    if (!repo || !/^[^/\s]+\/[^/\s]+$/.test(repo))
        return undefined;
    const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${repo}`;
}
/**
 * URLs naming the repository checked out at `git.dir`: its `origin` remote; without one (no git checkout, no
 * remote), the Actions repository from the environment. The environment is not added next to a remote: a
 * workflow may check out a repository other than its own, and the remote then tells the truth.
 */
async function repositoryUrls(git, inGit, env = process.env) {
    const origin = inGit ? await git.remoteUrl() : undefined;
    if (origin)
        return [origin];
    const actions = actionsRepositoryUrl(env);
    return actions ? [actions] : [];
}


/***/ }),

/***/ 3926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ readAhead),
/* harmony export */   vI: () => (/* binding */ readHere)
/* harmony export */ });
/* unused harmony export serveReadAhead */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
/* harmony import */ var _read_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5751);




/**
 * Reading files ahead in a worker thread of the `read` role: when the files are judged in this thread only
 * (no judging workers, e.g. on two CPUs), another thread opens and reads them — system calls that cost this
 * thread a tenth of a run on a large repository — while this one parses and judges. Results are exactly
 * readSource's, in listing order; a reader that stops leaves the rest to be read here.
 *
 * The reader only helps, so it runs at the lowest scheduling priority where a thread can have its own (Linux).
 * On two CPUs the judging thread shares the machine with the reader and with V8's compiler and garbage
 * collector threads; the compiler's optimized code then comes sooner, and the secret scan of the bench
 * repository took 20–60 ms (3–8%) less, median of 80–100 alternating runs. The reader gets its turn while the
 * judging thread waits for it (15–90 ms in all, on that repository). When other work keeps it from running, so
 * that the waits grow long, the judging thread stops waiting and reads the rest itself.
 */
/**
 * Files per message: large enough to keep messages few. The first messages are smaller (2, 4, 8, …), so that
 * the judging thread gets its first files at once instead of waiting for a whole batch.
 */
const BATCH = 32;
const FIRST_BATCH = 2;
/** Bytes of the buffer a batch's small files are read into: room for a full batch of typical manifests. */
const POOL_BYTES = (/* unused pure expression or super */ null && (512 * 1024));
/** Nice value of the reader: the lowest priority, so that it takes only CPU time no other thread wants. */
const READER_NICE = 19;
/**
 * Waits for the reader after which the judging thread reads the rest itself: one wait this long, or more than
 * this much waiting in all when that is also over a quarter of the time spent. On the bench repository the
 * longest wait is under 20 ms, and all of them add up to 15–90 ms of a scan of about 500 ms.
 */
const LONGEST_WAIT_MS = 30;
const MOST_WAITING_MS = 120;
/**
 * Lowers this thread's scheduling priority where a thread has its own: on Linux, by its thread id, which
 * /proc/thread-self gives as `<pid>/task/<tid>`. Elsewhere (or when /proc is not this process's) nothing changes,
 * and neither does it on a machine already busy with other work (a load average of twice the CPUs), where
 * the reader would hardly run.
 */
function lowerThisThreadsPriority() {
    if (loadavg()[0] >= 2 * availableParallelism())
        return;
    try {
        const [pid, task, tid] = readlinkSync('/proc/thread-self').split('/');
        if (Number(pid) === process.pid && task === 'task' && /^\d+$/.test(tid) && Number(tid) !== process.pid)
            setPriority(Number(tid), READER_NICE);
    }
    catch {
        // No /proc/thread-self (not Linux), or not allowed: the reader keeps the usual priority.
    }
}
/** In a worker thread of the `read` role: reads the files asked for, in order, posting them in batches. */
function serveReadAhead() {
    const port = parentPort;
    if (!port)
        throw new Error('serveReadAhead runs only in a worker thread');
    lowerThisThreadsPriority();
    port.on('message', ({ root, paths, maxBytes }) => {
        let batch = [];
        // Small files are read into one buffer per batch, moved with the batch; larger ones have buffers of their own.
        let pool = { buffer: Buffer.allocUnsafeSlow(POOL_BYTES), at: 0 };
        let moved = [];
        let size = FIRST_BATCH;
        const send = () => {
            if (pool.at > 0)
                moved.push(pool.buffer.buffer);
            port.postMessage(batch, moved);
            batch = [];
            moved = [];
            if (pool.at > 0)
                pool = { buffer: Buffer.allocUnsafeSlow(POOL_BYTES), at: 0 };
            size = Math.min(BATCH, size * 2);
        };
        for (const path of paths) {
            // Every file gets at least SMALL_FILE bytes of room for its first read, as readSourceBytes alone gives it.
            if (pool.buffer.length - pool.at < SMALL_FILE)
                send();
            let read;
            try {
                read = readSourceBytes(root, path, maxBytes, true, pool);
            }
            catch {
                // This thread cannot say why (the file vanished, say): stop, and the files left are read by the caller.
                break;
            }
            batch.push(read);
            if ('bytes' in read && read.bytes.buffer !== pool.buffer.buffer)
                moved.push(read.bytes.buffer);
            if (batch.length === size)
                send();
        }
        send();
        // The end (possibly early): what was not sent is read by the caller.
        port.postMessage(null);
    });
}
/** Reads each file when asked, in this thread. */
function readHere(root, paths, maxBytes) {
    let i = 0;
    return { next: () => (0,_read_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .readSource */ .o$)(root, paths[i++], maxBytes), close: () => undefined };
}
/**
 * Reads `paths` ahead in `worker` (a thread of the `read` role). `next` gives the files in order; whatever the
 * reader has not delivered when it stops (or fails to start), or when it keeps this thread waiting too long
 * (see LONGEST_WAIT_MS), is read in this thread.
 */
function readAhead(worker, root, paths, maxBytes) {
    let ready = [];
    let head = 0;
    let taken = 0;
    /** No more batches will come: the reader is done, stopped, or never started. */
    let ended = worker.threadId === -1;
    let wake;
    let waited = 0;
    const began = performance.now();
    const onMessage = (batch) => {
        if (batch === null)
            ended = true;
        else
            ready.push(...batch);
        wake?.();
    };
    const onStop = () => {
        ended = true;
        wake?.();
    };
    worker.on('message', onMessage);
    worker.on('error', onStop);
    worker.on('exit', onStop);
    if (!ended)
        worker.postMessage({ root, paths, maxBytes });
    const detach = () => {
        worker.off('message', onMessage);
        worker.off('error', onStop);
        worker.off('exit', onStop);
    };
    const next = () => {
        if (head < ready.length) {
            const read = ready[head++];
            taken++;
            if (head === ready.length) {
                ready = [];
                head = 0;
            }
            return 'bytes' in read ? (0,_read_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceText */ .rI)(read) : read;
        }
        if (ended) {
            // Nothing more will arrive (a batch that still did would be out of step): read the rest here.
            detach();
            return (0,_read_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .readSource */ .o$)(root, paths[taken++], maxBytes);
        }
        const start = performance.now();
        let timer;
        return new Promise((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, LONGEST_WAIT_MS);
        }).then(() => {
            clearTimeout(timer);
            wake = undefined;
            waited += performance.now() - start;
            const late = head === ready.length && !ended;
            if (late || (waited > MOST_WAITING_MS && waited > (performance.now() - began) / 4)) {
                // The reader hardly runs (the machine is busy): stop it, and read the rest here.
                ended = true;
                void worker.terminate();
            }
            return next();
        });
    };
    return {
        next,
        close: () => {
            detach();
            void worker.terminate();
        },
    };
}


/***/ }),

/***/ 5751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   Nu: () => (/* binding */ readRepository),
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   j3: () => (/* binding */ listRepository),
/* harmony export */   o$: () => (/* binding */ readSource),
/* harmony export */   rI: () => (/* binding */ sourceText),
/* harmony export */   tW: () => (/* binding */ readSources),
/* harmony export */   xu: () => (/* binding */ isYamlPath)
/* harmony export */ });
/* unused harmony exports SMALL_FILE, readSourceBytes */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(379);




const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
const isYamlPath = (path) => /\.ya?ml$/i.test(path);
function fileFinding(file, ruleId, message, hint, line = 1, severity = 'error') {
    return { ruleId, severity, file, line, column: 1, message, hint };
}
/** Line (1-based) of the first byte that is not valid UTF-8, or 0 when the bytes are valid. */
function firstInvalidUtf8Line(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return 0;
    {
        let line = 1;
        for (let i = 0; i < bytes.length;) {
            const b = bytes[i];
            const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
            if (len === 0 || i + len > bytes.length)
                return line;
            try {
                new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
            }
            catch {
                return line;
            }
            if (b === 10)
                line++;
            i += len;
        }
        return line;
    }
}
/** Why a file's bytes are not text the core can read (binary, invalid UTF-8), or undefined when they are. */
function notTextFinding(path, bytes) {
    if (bytes.includes(0)) {
        return fileFinding(path, 'file/binary', 'This file holds binary data (NUL bytes), not YAML text.', 'Remove it or rename it so it does not end in .yaml/.yml, or add it to the ignore list.');
    }
    const bad = firstInvalidUtf8Line(bytes);
    if (bad) {
        return fileFinding(path, 'file/encoding', 'This file is not valid UTF-8.', 'Save the file as UTF-8; Kubernetes only accepts UTF-8 YAML.', bad);
    }
    return undefined;
}
/**
 * Decodes a file's bytes as the core expects them. Binary content, invalid UTF-8 and oversize files become
 * findings instead of text.
 */
function decodeSource(path, bytes) {
    return notTextFinding(path, bytes) ?? { path, text: decodeText(bytes) };
}
/** The text of bytes that readSourceBytes checked. */
function sourceText({ path, bytes }) {
    return { path, text: decodeText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
}
/** UTF-8 bytes as text; ASCII (most YAML) is copied as it is, which is the same text without the decoding. */
function decodeText(bytes) {
    return (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
/**
 * Walks a checkout and lists the files `include` selects. Skips .git and node_modules and the ignore globs;
 * never follows a symbolic link (a link pointing outside the repository is reported).
 */
function listRepository(root, options) {
    const ignore = (options.ignore ?? []).filter((p) => p.trim()).map(_core_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globToRegExp */ .t);
    const paths = [];
    const findings = [];
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(root).isDirectory())
        throw new Error(`${root} is not a directory`);
    const rootReal = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
    function walk(dir, rel) {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const base = dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? dir : dir + node_path__WEBPACK_IMPORTED_MODULE_2__.sep;
        for (const entry of entries) {
            if (ALWAYS_SKIPPED.has(entry.name))
                continue;
            const abs = base + entry.name;
            const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (ignore.length && (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesAny */ ._)(path, ignore))
                continue;
            if (entry.isSymbolicLink()) {
                if (!options.include(path))
                    continue;
                let target;
                try {
                    target = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(abs);
                }
                catch {
                    target = undefined;
                }
                const inside = target !== undefined && (target === rootReal || target.startsWith(rootReal + node_path__WEBPACK_IMPORTED_MODULE_2__.sep));
                if (!inside) {
                    findings.push(fileFinding(path, 'file/symlink-outside', 'Symbolic link pointing outside the repository (or nowhere); it was not followed.', 'Replace the link with the file itself; Flux reads only what the repository holds.', 1, 'warning'));
                }
                continue;
            }
            if (entry.isDirectory())
                walk(abs, path);
            else if (entry.isFile() && options.include(path))
                paths.push(path);
        }
    }
    walk(root, '');
    return { paths, findings };
}
/**
 * Reads listed files. Synchronous on purpose: thousands of small files read far faster in one loop than
 * through the async thread pool.
 */
function readSources(root, paths, maxBytes = DEFAULT_MAX_BYTES) {
    const files = [];
    const findings = [];
    for (const path of paths) {
        const r = readSource(root, path, maxBytes);
        if ('text' in r)
            files.push(r);
        else
            findings.push(r);
    }
    return { files, findings };
}
/** Lists and reads a checkout (see listRepository and readSources). */
async function readRepository(root, options) {
    const listing = listRepository(root, options);
    const read = readSources(root, listing.paths, options.maxBytes);
    return { files: read.files, findings: [...listing.findings, ...read.findings] };
}
/** One file read whole (see readSourceBytes); oversize or undecodable → a finding. */
function readSource(root, path, maxBytes) {
    const read = readSourceBytes(root, path, maxBytes);
    return 'bytes' in read ? sourceText(read) : read;
}
/** Files up to this size are read in one call into a buffer kept for the purpose, then copied out. */
const SMALL_FILE = 64 * 1024;
let small;
/**
 * readSource without the decoding. `own`: the bytes fill a buffer of their own (never a slice of Node's shared
 * pool), so that it can be transferred to another thread; with a `pool`, a small file's bytes are a view of the
 * pool's buffer instead (see ReadPool), which is transferred whole with the files read into it.
 *
 * Most files are small: one open, one read and one close. A read that returns less than it asked for has
 * reached the end of a regular file, so no fstat is needed (nor the Stats object Node makes of it) unless the
 * file fills the first read.
 */
function readSourceBytes(root, path, maxBytes, own = false, pool) {
    // Listed paths are relative, `/`-separated and normal already (Windows accepts `/` too).
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(`${root}/${path}`, 'r');
    let bytes;
    try {
        const first = pool ?? { buffer: (small ??= Buffer.allocUnsafeSlow(SMALL_FILE)), at: 0 };
        const room = first.buffer.length - first.at;
        const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, first.buffer, first.at, room, 0);
        const size = got < room ? got : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).size;
        if (size > maxBytes) {
            return fileFinding(path, 'file/too-large', `File is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit; it was not read.`, 'Split it into smaller files, or add it to the ignore list.');
        }
        if (got < room && pool) {
            bytes = pool.buffer.subarray(pool.at, pool.at + got);
            pool.at += got;
        }
        else if (got < room) {
            bytes = own ? Buffer.allocUnsafeSlow(got) : Buffer.allocUnsafe(got);
            first.buffer.copy(bytes, 0, first.at, first.at + got);
        }
        else {
            bytes = own || pool ? Buffer.allocUnsafeSlow(size) : Buffer.allocUnsafe(size);
            let n = first.buffer.copy(bytes, 0, first.at, first.at + Math.min(got, size));
            while (n < size) {
                const r = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, bytes, n, size - n, n);
                if (r === 0)
                    break;
                n += r;
            }
            if (n < size)
                bytes = bytes.subarray(0, n);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return notTextFinding(path, bytes) ?? { path, bytes };
}


/***/ })

};
