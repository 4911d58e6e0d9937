export const id = 81;
export const ids = [81];
export const modules = {

/***/ 8081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendVerificationEmail: () => (/* binding */ sendVerificationEmail)
/* harmony export */ });
/* unused harmony export verificationEmailBody */
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4491);

/** The request body carries only the fields given, as the seed SDK sends it. */
function verificationEmailBody(settings) {
    return {
        user_id: settings.userId,
        ...(settings.emailClientId !== undefined ? { client_id: settings.emailClientId } : {}),
        ...(settings.identity !== undefined ? { identity: settings.identity } : {}),
        ...(settings.organizationId !== undefined ? { organization_id: settings.organizationId } : {}),
    };
}
async function sendVerificationEmail(settings, context, outcome) {
    const job = await context.api.createVerificationEmail(verificationEmailBody(settings));
    context.logger.info(`Verification email job ${job.id} created for ${settings.userId}.`);
    outcome.update(job);
    if (!settings.wait)
        return;
    const tracker = context.newTracker();
    tracker.track(job);
    await tracker.next();
    outcome.failure = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeJobs */ .e)([...outcome.jobs.values()])[0];
}


/***/ }),

/***/ 4491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ judgeJobs)
/* harmony export */ });
/** Jobs that ended `failed` or `expired` fail the step; one sentence each, saying what to do. */
function judgeJobs(jobs) {
    const failures = [];
    for (const job of jobs) {
        if (job.status === 'failed') {
            const details = job.status_details ? `: ${job.status_details}` : '';
            failures.push(`Job ${job.id} failed${details}. See the error report, or run operation: get-job-errors with job_id: ${job.id}.`);
        }
        else if (job.status === 'expired') {
            failures.push(`Job ${job.id} expired: Auth0 no longer holds its results (jobs expire hours after creation). Run the operation again.`);
        }
    }
    return failures;
}


/***/ })

};
