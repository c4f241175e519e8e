export const id = 866;
export const ids = [866];
export const modules = {

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
