export const id = 368;
export const ids = [368];
export const modules = {

/***/ 368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importForm: () => (/* binding */ importForm)
/* harmony export */ });
/* harmony import */ var form_data__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6454);
/* harmony import */ var form_data__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(form_data__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The multipart body of POST /jobs/users-imports as one Buffer, with its exact length.
 *
 * A Buffer, not the form-data stream: undici writes a stream body by adding `drain` and `error`
 * listeners to the socket and removes them only when the stream ends, which form-data's
 * CombinedStream never signals to it, so every upload on a kept-alive socket left two listeners
 * behind (MaxListenersExceededWarning after ten chunks). The body is at most 512000 bytes.
 */
function importForm(request) {
    const form = new (form_data__WEBPACK_IMPORTED_MODULE_0___default())();
    // Auth0 wants `users` as a file part; booleans travel as text.
    form.append('users', request.users, { filename: 'users.json', contentType: 'application/json' });
    form.append('connection_id', request.connectionId);
    form.append('upsert', String(request.upsert));
    if (request.externalId !== undefined)
        form.append('external_id', request.externalId);
    form.append('send_completion_email', String(request.sendCompletionEmail));
    const body = form.getBuffer();
    return { body, headers: { ...form.getHeaders(), 'content-length': String(body.length) } };
}


/***/ })

};
