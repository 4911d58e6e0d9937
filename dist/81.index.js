export const id = 81;
export const ids = [81];
export const modules = {

/***/ 8081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendVerificationEmail: () => (/* binding */ sendVerificationEmail)
/* harmony export */ });
/* unused harmony export verificationEmailBody */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _report_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8347);


/** The request body carries only the fields given, as the seed SDK sends it. */
function verificationEmailBody(settings, userId) {
    return {
        user_id: userId,
        ...(settings.emailClientId !== undefined ? { client_id: settings.emailClientId } : {}),
        ...(settings.identity !== undefined ? { identity: settings.identity } : {}),
        ...(settings.organizationId !== undefined ? { organization_id: settings.organizationId } : {}),
    };
}
/**
 * One job per user, in the order given. A user Auth0 refuses (400/404: no such user, no email)
 * counts as failed and the others go on; any other refusal (credentials, scope) stops the step.
 * The Transport paces requests by the rate-limit headers, so a long list does not run into 429s.
 */
async function sendVerificationEmail(settings, context, outcome) {
    const tracker = context.newTracker();
    const indexOfJob = new Map();
    const failures = [];
    for (const [index, userId] of settings.userIds.entries()) {
        let job;
        try {
            job = await context.api.createVerificationEmail(verificationEmailBody(settings, userId));
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) || (error.status !== 400 && error.status !== 404))
                throw error;
            context.logger.warning(`Verification email for ${userId}: ${error.message}`);
            failures.push(failure(null, index, userId, error.errorCode ?? 'REFUSED', error.message));
            continue;
        }
        context.logger.info(`Verification email job ${job.id} created for ${userId}.`);
        indexOfJob.set(job.id, index);
        if (settings.wait)
            tracker.track(job);
        else
            outcome.update(job);
    }
    outcome.report = failures;
    if (!settings.wait)
        return finish(settings, outcome, failures);
    for (let left = indexOfJob.size; left > 0; left--) {
        const job = await tracker.next();
        if (job.status === 'completed')
            continue;
        const index = indexOfJob.get(job.id) ?? 0;
        const details = job.status_details ?? `the job ended ${job.status}`;
        failures.push(failure(job.id, index, settings.userIds[index] ?? '', 'JOB_FAILED', details));
    }
    failures.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    finish(settings, outcome, failures);
}
function failure(jobId, index, userId, code, message) {
    return { job_id: jobId, index, user: { user_id: userId }, errors: [{ code, message }] };
}
function finish(settings, outcome, failures) {
    const total = settings.userIds.length;
    outcome.notes.push(`Verification emails: ${total - failures.length} of ${total} sent.`);
    const gate = (0,_report_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .applyGate */ .e)(settings.maxFailedUsers, failures.length, total);
    if (settings.userIds.length > 1)
        outcome.notes.push(`Gate: ${gate.description}.`);
    if (gate.passed)
        return;
    const first = failures[0];
    const reason = first ? describeFailure(first) : 'see the jobs above';
    outcome.failure =
        total === 1
            ? reason
            : `Too many verification emails failed: ${gate.description}. First: ${reason}`;
}
function describeFailure(entry) {
    const message = entry.errors[0]?.message ?? 'no details';
    const userId = entry.user.user_id;
    return entry.job_id
        ? `Job ${entry.job_id} failed: ${message} (verification email for ${userId}).`
        : `Auth0 refused the verification email for ${userId}: ${message}`;
}


/***/ }),

/***/ 8347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ applyGate)
/* harmony export */ });
/**
 * `max_failed_users`: the step fails when MORE users than allowed failed. A percentage is of the
 * users looked at (the users in the file, or the job's total), so 1% of 150 users allows 1.
 */
function applyGate(threshold, failed, total) {
    if (threshold.kind === 'count') {
        return {
            passed: failed <= threshold.max,
            allowed: threshold.max,
            description: `${failed} of ${total} users failed; max_failed_users allows ${threshold.max}`,
        };
    }
    // Compare in hundredths of a percent as integers, so 2.55% of 1000 is not lost to rounding.
    const basisPoints = Math.round(threshold.max * 100);
    const passed = failed * 10_000 <= basisPoints * total;
    const allowed = Math.floor((basisPoints * total) / 10_000);
    return {
        passed,
        allowed,
        description: `${failed} of ${total} users failed; max_failed_users ${threshold.max}% allows ${allowed}`,
    };
}


/***/ })

};
