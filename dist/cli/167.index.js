export const id = 167;
export const ids = [167,866];
export const modules = {

/***/ 5167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var _finding_at_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3520);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1874);
/* harmony import */ var _position_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3866);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1037);
/* harmony import */ var _repo_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4900);





const KNOWN_KEYS = ['ignore', 'openchoreo-version', 'policy'];
/** Parses the config file's text; problems become findings and the bad parts are ignored. */
function parseConfig(text, file = _repo_config_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)({ path: file, text });
    const findings = [...parsed.findings];
    const config = { ..._repo_config_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_CONFIG */ .$, ignore: [], file };
    const doc = parsed.documents[0];
    if (!doc)
        return { config, findings };
    const positions = new _position_js__WEBPACK_IMPORTED_MODULE_1__.PositionIndex();
    const bad = (path, message, hint) => findings.push((0,_finding_at_js__WEBPACK_IMPORTED_MODULE_4__/* .findingAt */ .d)(positions, doc, path, { ruleId: 'config/invalid', severity: 'error', message, hint }));
    const value = doc.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        bad([], `${file} must be a mapping.`, `Write keys such as \`ignore:\` and \`openchoreo-version:\`.`);
        return { config, findings };
    }
    const v = value;
    for (const key of Object.keys(v)) {
        if (!KNOWN_KEYS.includes(key))
            bad([key], `Unknown key "${key}" in ${file}.`, `Known keys: ${KNOWN_KEYS.join(', ')}.`);
    }
    if (v.ignore !== undefined) {
        if (Array.isArray(v.ignore) && v.ignore.every((p) => typeof p === 'string'))
            config.ignore = v.ignore;
        else
            bad(['ignore'], '`ignore` must be a list of path globs.', 'Example: `ignore: ["charts/**", "**/*.tmpl.yaml"]`.');
    }
    const version = v['openchoreo-version'];
    if (version !== undefined) {
        // `1.0` in YAML is the number 1: read it back as the release it names.
        const s = typeof version === 'number' && Number.isInteger(version) ? `${version}.0` : String(version);
        if (_release_names_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_CHOICES */ .p.includes(s))
            config.openchoreoVersion = s;
        else
            bad(['openchoreo-version'], `Unsupported openchoreo-version "${s}".`, `Use one of: ${_release_names_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_CHOICES */ .p.join(', ')}.`);
    }
    config.policy = v.policy;
    return { config, findings };
}


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ findingAt)
/* harmony export */ });
/** Builds a Finding that points at the node `path` of a document (its key when it is a map entry). */
function findingAt(positions, doc, path, draft) {
    const { line, column } = positions.locate(doc, path);
    return {
        ruleId: draft.ruleId,
        severity: draft.severity,
        file: doc.file,
        line,
        column,
        message: draft.message,
        hint: draft.hint ?? '',
    };
}


/***/ }),

/***/ 3866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PositionIndex: () => (/* binding */ PositionIndex)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/**
 * Finds the line and column of a node given by path. Only documents with a finding are re-parsed, with the
 * `yaml` package (which keeps source ranges); the result is cached per document.
 */
class PositionIndex {
    cache = new WeakMap();
    load(doc) {
        let hit = this.cache.get(doc);
        if (!hit) {
            const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
            let parsed;
            try {
                const composer = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ keepSourceTokens: false });
                const docs = [...composer.compose(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lines.addNewLine).parse(doc.text), true)];
                parsed = docs[0];
            }
            catch {
                parsed = undefined;
            }
            hit = { doc: parsed, lines };
            this.cache.set(doc, hit);
        }
        return hit;
    }
    /**
     * Position of the node at path. For a map entry this is its key (where an editor puts the cursor); for a
     * path that does not exist (a missing required field) it is the deepest existing ancestor's key.
     */
    locate(doc, path) {
        const { doc: parsed, lines } = this.load(doc);
        const fallback = { line: doc.startLine, column: 1 };
        if (!parsed || !parsed.contents)
            return fallback;
        let node = parsed.contents;
        let anchor = rangeStart(node);
        for (const seg of path) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && scalarKey(p.key) === String(seg));
                if (!pair)
                    break;
                anchor = rangeStart(pair.key) ?? rangeStart(pair.value) ?? anchor;
                node = pair.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
                const item = node.items[seg];
                if (item === undefined)
                    break;
                anchor = rangeStart(item) ?? anchor;
                node = item;
            }
            else {
                break;
            }
        }
        if (anchor === undefined)
            return fallback;
        const { line, col } = lines.linePos(anchor);
        return { line: doc.startLine + line - 1, column: col };
    }
}
function scalarKey(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return String(key.value);
    return undefined;
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}


/***/ })

};
