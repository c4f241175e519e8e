export const id = 668;
export const ids = [668];
export const modules = {

/***/ 9668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3991);


/**
 * Runs an action entry with the one place that turns a thrown error into a failed step; the worker threads
 * the entry started are stopped when it is done.
 */
function runAction(entry, workers) {
    entry()
        .catch((err) => {
        const message = err instanceof Error ? err.message : String(err);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(err instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? message : `openchoreo-gitops failed: ${message}`);
    })
        .finally(() => workers?.close());
}


/***/ })

};
