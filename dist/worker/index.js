import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 9885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ partRole),
/* harmony export */   Lo: () => (/* binding */ runningWorkers)
/* harmony export */ });
/* unused harmony exports defaultWorkerCount, workerScriptBeside, PartWorkers, secretScanInWorkers, roleFor */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);


/** Threads beyond this one by default; each part of the work also runs in this thread. */
const MAX_WORKERS = 3;
/**
 * Worker threads to start when not told: one per CPU beyond the first, up to MAX_WORKERS, but none on two
 * CPUs — measured there (`npm run bench`), a second judging thread made validation and the secret scan no
 * faster and cost 100 MB more memory, while a thread that only reads files ahead (see prestart) does pay.
 */
const defaultWorkerCount = (cpus = availableParallelism()) => (cpus <= 2 ? 0 : Math.min(cpus - 1, MAX_WORKERS));
/** The worker bundle that sits beside an entry bundle (dist/<job>/index.js → dist/worker/index.js). */
function workerScriptBeside(entryUrl) {
    return new URL('../worker/index.js', entryUrl);
}
/** Hands out worker threads for one role, started early by the entry or on demand. */
class PartWorkers {
    script;
    count;
    early;
    reader;
    /**
     * `count`: how many threads to start for a role (default: defaultWorkerCount). With none, validation and the
     * secret scan still get one thread that reads files ahead while this one judges them.
     */
    constructor(script, count = defaultWorkerCount()) {
        this.script = script;
        this.count = count;
    }
    /** Starts the workers for `role` now, before the command asks for them. */
    prestart(role) {
        this.early = { role, workers: this.start(role, this.count) };
        if (this.count === 0)
            this.reader = this.start('read', 1)[0];
        return this;
    }
    /** The thread started to read files ahead (see prestart), once; undefined when there is none. */
    takeReader() {
        const reader = this.reader;
        this.reader = undefined;
        return reader;
    }
    /** Workers for `role`: the prestarted ones when they serve it (the others are stopped), else new ones. */
    take(role) {
        const early = this.early;
        this.early = undefined;
        if (early && early.role === role)
            return early.workers;
        for (const w of early?.workers ?? [])
            void w.terminate();
        return this.start(role, this.count);
    }
    /** Stops prestarted workers no command took. */
    close() {
        for (const w of this.early?.workers ?? [])
            void w.terminate();
        if (this.reader)
            void this.reader.terminate();
        this.early = undefined;
        this.reader = undefined;
    }
    start(role, count) {
        return Array.from({ length: count }, () => {
            const worker = new Worker(this.script, { workerData: { role } });
            // A thread that fails to start (its bundle missing, say) must not take the process down: it stops, and
            // the work is done without it (see runningWorkers).
            worker.on('error', () => undefined);
            return worker;
        });
    }
}
/** The workers still running: one that has stopped (or never started) gets no work. */
function runningWorkers(workers) {
    return workers.filter((w) => w.threadId !== -1);
}
/** In a worker thread started by PartWorkers: its role; undefined elsewhere. */
function partRole() {
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread || !node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort)
        return undefined;
    const role = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.role;
    return role === 'validate' || role === 'secrets' || role === 'read' ? role : undefined;
}
/**
 * Whether the policy checks given run the secret scan in worker threads: only when no check needs every
 * manifest parsed in this thread (ownership and approvals judge parsed resources).
 */
function secretScanInWorkers(checks) {
    return checks.includes('secrets') && !checks.includes('ownership') && !checks.includes('approvals');
}
/** The role a command will want worker threads for, known before its code is loaded; undefined for none. */
function roleFor(command, policyChecks) {
    if (command === 'validate')
        return 'validate';
    if (command === 'policy' && policyChecks && secretScanInWorkers(policyChecks))
        return 'secrets';
    return undefined;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony import */ var _shell_part_workers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9885);

/** The worker threads' bundle (dist/worker/index.js): each role loads only its own code. */
async function serve() {
    switch ((0,_shell_part_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .partRole */ .Kq)()) {
        case 'validate':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(243), __nccwpck_require__.e(29), __nccwpck_require__.e(608), __nccwpck_require__.e(136)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2136))).serveValidatePart();
        case 'secrets':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(608), __nccwpck_require__.e(979)]).then(__nccwpck_require__.bind(__nccwpck_require__, 979))).serveSecretPart();
        case 'read':
            return (await __nccwpck_require__.e(/* import() */ 926).then(__nccwpck_require__.bind(__nccwpck_require__, 3926))).serveReadAhead();
        default:
            throw new Error('dist/worker/index.js runs only as a worker thread of openchoreo-gitops.');
    }
}
void serve();

