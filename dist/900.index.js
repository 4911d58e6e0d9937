export const id = 900;
export const ids = [900];
export const modules = {

/***/ 900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ AUTH0_MAX_IMPORT_BYTES),
/* harmony export */   x: () => (/* binding */ OPERATIONS)
/* harmony export */ });
/**
 * The typed result of parsing the action's inputs once (parse.ts). Everything downstream
 * takes these values; nothing else reads an input.
 */
const OPERATIONS = [
    'import-users',
    'export-users',
    'send-verification-email',
    'get-job',
    'get-job-errors',
];
/** Auth0 refuses a users file over this many bytes with a 413. */
const AUTH0_MAX_IMPORT_BYTES = 512_000;


/***/ })

};
