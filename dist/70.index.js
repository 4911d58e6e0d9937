export const id = 70;
export const ids = [70];
export const modules = {

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveValidation: () => (/* binding */ serveValidation)
/* harmony export */ });
/* harmony import */ var _validate_block_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1164);
/**
 * The worker's side of validate-thread.ts: its budget first, then a verdict for every block
 * (validate-block.ts), until it is terminated. Loaded only in that worker (src/index.ts).
 */

function serveValidation(port) {
    let budget = { users: 0, bytes: 0 };
    let slots = [];
    // One request at a time, in the order sent: a block may wait for the generated validator.
    let queue = Promise.resolve();
    const serve = async (request) => {
        if ('budget' in request) {
            budget = { ...request.budget };
            slots = request.slots.map((shared) => Buffer.from(shared));
            return;
        }
        try {
            const { block, slot, spans } = request;
            const bytes = slots[slot].subarray(0, request.length);
            const verdict = await (0,_validate_block_js__WEBPACK_IMPORTED_MODULE_0__/* .validateBlock */ .Y)(bytes, request.base, spans, request.firstIndex, budget);
            port.postMessage({ block, slot, verdict }, [verdict.keys.buffer]);
        }
        catch (error) {
            port.postMessage({ failure: error instanceof Error ? error.message : String(error) });
        }
    };
    port.on('message', (request) => {
        queue = queue.then(() => serve(request));
    });
}


/***/ })

};
