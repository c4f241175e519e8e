export const id = 926;
export const ids = [926];
export const modules = {

/***/ 3926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readAhead: () => (/* binding */ readAhead),
/* harmony export */   readHere: () => (/* binding */ readHere),
/* harmony export */   serveReadAhead: () => (/* binding */ serveReadAhead)
/* harmony export */ });
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
const POOL_BYTES = 512 * 1024;
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
    if ((0,node_os__WEBPACK_IMPORTED_MODULE_1__.loadavg)()[0] >= 2 * (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)())
        return;
    try {
        const [pid, task, tid] = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)('/proc/thread-self').split('/');
        if (Number(pid) === process.pid && task === 'task' && /^\d+$/.test(tid) && Number(tid) !== process.pid)
            (0,node_os__WEBPACK_IMPORTED_MODULE_1__.setPriority)(Number(tid), READER_NICE);
    }
    catch {
        // No /proc/thread-self (not Linux), or not allowed: the reader keeps the usual priority.
    }
}
/** In a worker thread of the `read` role: reads the files asked for, in order, posting them in batches. */
function serveReadAhead() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort;
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
            if (pool.buffer.length - pool.at < _read_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .SMALL_FILE */ .Pg)
                send();
            let read;
            try {
                read = (0,_read_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .readSourceBytes */ .ht)(root, path, maxBytes, true, pool);
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
/* harmony export */   Pg: () => (/* binding */ SMALL_FILE),
/* harmony export */   ht: () => (/* binding */ readSourceBytes),
/* harmony export */   o$: () => (/* binding */ readSource),
/* harmony export */   rI: () => (/* binding */ sourceText),
/* harmony export */   tW: () => (/* binding */ readSources)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BYTES, isYamlPath, decodeSource, listRepository, readRepository */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);




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
    const ignore = (options.ignore ?? []).filter((p) => p.trim()).map(globToRegExp);
    const paths = [];
    const findings = [];
    if (!lstatSync(root).isDirectory())
        throw new Error(`${root} is not a directory`);
    const rootReal = realpathSync(root);
    function walk(dir, rel) {
        const entries = readdirSync(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const base = dir.endsWith(sep) ? dir : dir + sep;
        for (const entry of entries) {
            if (ALWAYS_SKIPPED.has(entry.name))
                continue;
            const abs = base + entry.name;
            const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (ignore.length && matchesAny(path, ignore))
                continue;
            if (entry.isSymbolicLink()) {
                if (!options.include(path))
                    continue;
                let target;
                try {
                    target = realpathSync(abs);
                }
                catch {
                    target = undefined;
                }
                const inside = target !== undefined && (target === rootReal || target.startsWith(rootReal + sep));
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
