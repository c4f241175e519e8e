import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Kq: () => (/* binding */ partRole),
  Lo: () => (/* binding */ runningWorkers)
});

// UNUSED EXPORTS: PartWorkers, defaultWorkerCount, roleFor, secretScanInWorkers, workerScriptBeside

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./build/src/shell/part-workers.js


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
    tree;
    /**
     * `count`: how many threads to start for a role (default: defaultWorkerCount). With none, validation and the
     * secret scan still get one thread that reads files ahead while this one judges them.
     */
    constructor(script, count = defaultWorkerCount()) {
        this.script = script;
        this.count = count;
    }
    /**
     * Starts the workers for `role` now, before the command asks for them. Given the `root` the command will
     * list (an absolute path), the reader thread walks it at once (see takeTree).
     */
    prestart(role, root) {
        this.early = { role, workers: this.start(role, this.count) };
        if (this.count === 0) {
            const reader = this.start('read', 1, root)[0];
            this.reader = reader;
            if (root !== undefined)
                this.tree = { root, tree: treeFrom(reader) };
        }
        return this;
    }
    /**
     * The tree under `root` as the reader thread walked it while this one loaded the command's code, once;
     * undefined when no thread walks that root, or (resolved) when the walk failed: the caller then walks it.
     */
    takeTree(root) {
        const early = this.tree;
        if (!early || early.root !== root)
            return undefined;
        this.tree = undefined;
        return early.tree;
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
    start(role, count, root) {
        return Array.from({ length: count }, () => {
            const worker = new Worker(this.script, { workerData: root === undefined ? { role } : { role, root } });
            // A thread that fails to start (its bundle missing, say) must not take the process down: it stops, and
            // the work is done without it (see runningWorkers).
            worker.on('error', () => undefined);
            return worker;
        });
    }
}
/** The reader's first message when it walks a tree (see serveReadAhead); undefined if it stops first. */
function treeFrom(reader) {
    return new Promise((resolve) => {
        const done = (tree) => {
            reader.off('message', onMessage);
            reader.off('error', onStop);
            reader.off('exit', onStop);
            resolve(tree);
        };
        const onMessage = (message) => {
            if (message !== null && typeof message === 'object' && 'tree' in message)
                done(message.tree);
        };
        const onStop = () => done(undefined);
        reader.on('message', onMessage);
        reader.on('error', onStop);
        reader.on('exit', onStop);
    });
}
/** The workers still running: one that has stopped (or never started) gets no work. */
function runningWorkers(workers) {
    return workers.filter((w) => w.threadId !== -1);
}
/** In a worker thread started by PartWorkers: its role; undefined elsewhere. */
function partRole() {
    if (external_node_worker_threads_.isMainThread || !external_node_worker_threads_.parentPort)
        return undefined;
    const role = external_node_worker_threads_.workerData?.role;
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


/***/ }),

/***/ 8263:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Pg: () => (/* binding */ SMALL_FILE),
  o$: () => (/* binding */ readSource),
  ht: () => (/* binding */ readSourceBytes),
  tW: () => (/* binding */ readSources),
  Ir: () => (/* binding */ walkTree)
});

// UNUSED EXPORTS: DEFAULT_MAX_BYTES, decodeSource, isYamlPath, listRepository, readRepository, selectPaths, sourceText

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./build/src/shell/read-repo.js




const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
const isYamlPath = (path) => /\.ya?ml$/i.test(path);
function fileFinding(file, ruleId, message, hint, line = 1, severity = 'error') {
    return { ruleId, severity, file, line, column: 1, message, hint };
}
/** Line (1-based) of the first byte that is not valid UTF-8, or 0 when the bytes are valid. */
function firstInvalidUtf8Line(bytes) {
    if ((0,external_node_buffer_namespaceObject.isUtf8)(bytes))
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
    return (0,external_node_buffer_namespaceObject.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
/**
 * Walks a checkout (see Tree). `skip` prunes entries (and a directory's whole subtree) by path while walking;
 * selectPaths applies the ignore globs again, so a walk without it gives the same listing.
 */
function walkTree(root, skip) {
    if (!(0,external_node_fs_namespaceObject.lstatSync)(root).isDirectory())
        throw new Error(`${root} is not a directory`);
    const rootReal = (0,external_node_fs_namespaceObject.realpathSync)(root);
    const paths = [];
    let kinds = '';
    function walk(dir, rel) {
        const entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const base = dir.endsWith(external_node_path_namespaceObject.sep) ? dir : dir + external_node_path_namespaceObject.sep;
        for (const entry of entries) {
            if (ALWAYS_SKIPPED.has(entry.name))
                continue;
            const abs = base + entry.name;
            const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (skip?.(path))
                continue;
            paths.push(path);
            if (entry.isSymbolicLink()) {
                let target;
                try {
                    target = (0,external_node_fs_namespaceObject.realpathSync)(abs);
                }
                catch {
                    target = undefined;
                }
                kinds += target !== undefined && (target === rootReal || target.startsWith(rootReal + external_node_path_namespaceObject.sep)) ? 'i' : 'o';
            }
            else if (entry.isDirectory()) {
                kinds += 'd';
                walk(abs, path);
            }
            else
                kinds += entry.isFile() ? 'f' : 'x';
        }
    }
    walk(root, '');
    return { paths, kinds };
}
/** The files of a walked tree that `include` selects, less the ignore globs (see listRepository). */
function selectPaths(tree, options) {
    const ignore = (options.ignore ?? []).filter((p) => p.trim()).map(globToRegExp);
    const paths = [];
    const findings = [];
    const { paths: all, kinds } = tree;
    for (let i = 0; i < all.length; i++) {
        const path = all[i];
        const kind = kinds.charCodeAt(i);
        if (ignore.length && matchesAny(path, ignore)) {
            // An ignored directory takes its subtree with it: the entries that follow it and start with its path.
            if (kind === 100)
                while (i + 1 < all.length && all[i + 1].startsWith(`${path}/`))
                    i++;
            continue;
        }
        if (kind === 102) {
            if (options.include(path))
                paths.push(path);
        }
        else if (kind === 105 || kind === 111) {
            // A link is never listed; one that the caller would read and that leads outside is reported.
            if (options.include(path) && kind === 111)
                findings.push(fileFinding(path, 'file/symlink-outside', 'Symbolic link pointing outside the repository (or nowhere); it was not followed.', 'Replace the link with the file itself; Flux reads only what the repository holds.', 1, 'warning'));
        }
    }
    return { paths, findings };
}
/**
 * Walks a checkout and lists the files `include` selects. Skips .git and node_modules and the ignore globs
 * (without entering an ignored directory); never follows a symbolic link (a link pointing outside the
 * repository is reported).
 */
function listRepository(root, options) {
    const ignore = (options.ignore ?? []).filter((p) => p.trim()).map(globToRegExp);
    return selectPaths(walkTree(root, ignore.length ? (path) => matchesAny(path, ignore) : undefined), options);
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
    const fd = (0,external_node_fs_namespaceObject.openSync)(`${root}/${path}`, 'r');
    let bytes;
    try {
        const first = pool ?? { buffer: (small ??= Buffer.allocUnsafeSlow(SMALL_FILE)), at: 0 };
        const room = first.buffer.length - first.at;
        const got = (0,external_node_fs_namespaceObject.readSync)(fd, first.buffer, first.at, room, 0);
        const size = got < room ? got : (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
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
                const r = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, n, size - n, n);
                if (r === 0)
                    break;
                n += r;
            }
            if (n < size)
                bytes = bytes.subarray(0, n);
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    return notTextFinding(path, bytes) ?? { path, bytes };
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

// EXTERNAL MODULE: ./build/src/shell/part-workers.js + 1 modules
var part_workers = __nccwpck_require__(5352);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./build/src/shell/read-repo.js + 3 modules
var read_repo = __nccwpck_require__(8263);
;// CONCATENATED MODULE: ./build/src/shell/read-ahead.js


/**
 * Reading files ahead in a worker thread of the `read` role: when the files are judged in this thread only
 * (no judging workers, e.g. on two CPUs), another thread opens and reads them — system calls that cost this
 * thread a tenth of a run on a large repository — while this one parses and judges. Results are exactly
 * readSource's, in listing order; a reader that stops leaves the rest to be read here.
 */
/**
 * Files per message: large enough to keep messages few. The first messages are smaller (2, 4, 8, …), so that
 * the judging thread gets its first files at once instead of waiting for a whole batch.
 */
const BATCH = 32;
const FIRST_BATCH = 2;
/** Bytes of the buffer a batch's small files are read into: room for a full batch of typical manifests. */
const POOL_BYTES = 512 * 1024;
/**
 * In a worker thread of the `read` role: first, when started with a `root`, walks it and posts the tree (see
 * PartWorkers.takeTree); then reads the files asked for, in order, posting them in batches.
 */
function serveReadAhead() {
    const port = external_node_worker_threads_.parentPort;
    if (!port)
        throw new Error('serveReadAhead runs only in a worker thread');
    const root = external_node_worker_threads_.workerData?.root;
    if (typeof root === 'string') {
        let tree;
        try {
            tree = (0,read_repo/* walkTree */.Ir)(root);
        }
        catch {
            // The caller walks the tree itself and reports why it cannot.
            tree = undefined;
        }
        port.postMessage({ tree });
    }
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
        };
        for (const path of paths) {
            // Every file gets at least SMALL_FILE bytes of room for its first read, as readSourceBytes alone gives it.
            if (pool.buffer.length - pool.at < read_repo/* SMALL_FILE */.Pg) {
                send();
                size = Math.min(BATCH, size * 2);
            }
            let read;
            try {
                read = (0,read_repo/* readSourceBytes */.ht)(root, path, maxBytes, true, pool);
            }
            catch {
                // This thread cannot say why (the file vanished, say): stop, and the files left are read by the caller.
                break;
            }
            batch.push(read);
            if ('bytes' in read && read.bytes.buffer !== pool.buffer.buffer)
                moved.push(read.bytes.buffer);
            if (batch.length === size) {
                send();
                size = Math.min(BATCH, size * 2);
            }
        }
        send();
        // The end (possibly early): what was not sent is read by the caller.
        port.postMessage(null);
    });
}
/** Reads each file when asked, in this thread. */
function readHere(root, paths, maxBytes) {
    let i = 0;
    return { next: () => readSource(root, paths[i++], maxBytes), close: () => undefined };
}
/**
 * Reads `paths` ahead in `worker` (a thread of the `read` role). `next` gives the files in order; whatever the
 * reader has not delivered when it stops (or fails to start) is read in this thread.
 */
function readAhead(worker, root, paths, maxBytes) {
    let ready = [];
    let head = 0;
    let taken = 0;
    /** No more batches will come: the reader is done, stopped, or never started. */
    let ended = worker.threadId === -1;
    let wake;
    const onMessage = (batch) => {
        // The tree, when nobody took it, comes before any batch.
        if (batch !== null && !Array.isArray(batch))
            return;
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
            return 'bytes' in read ? sourceText(read) : read;
        }
        if (ended) {
            // Nothing more will arrive (a batch that still did would be out of step): read the rest here.
            detach();
            return readSource(root, paths[taken++], maxBytes);
        }
        return new Promise((resolve) => (wake = resolve)).then(() => {
            wake = undefined;
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

;// CONCATENATED MODULE: ./build/src/entries/worker.js


/**
 * The worker threads' bundle (dist/worker/index.js): each role loads only its own code, but for the small
 * reader, which is in this bundle so that it starts walking the tree (see PartWorkers.takeTree) at once.
 */
async function serve() {
    switch ((0,part_workers/* partRole */.Kq)()) {
        case 'validate':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(29), __nccwpck_require__.e(831), __nccwpck_require__.e(136)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2136))).serveValidatePart();
        case 'secrets':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(831), __nccwpck_require__.e(979)]).then(__nccwpck_require__.bind(__nccwpck_require__, 979))).serveSecretPart();
        case 'read':
            return serveReadAhead();
        default:
            throw new Error('dist/worker/index.js runs only as a worker thread of openchoreo-gitops.');
    }
}
void serve();

