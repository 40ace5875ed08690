/**
 * Redaction review of the disclosure module: jobs that find the faces in an original clip and render the disclosure
 * copy in the background (bounded, with progress any session can read), the caseworker's plan, timeline thumbnails,
 * and the supervisor's approval of the copy through the request's decision sign-off. Used by the module's own pages.
 */
@NullMarked
package org.candour.disclosure.review;

import org.jspecify.annotations.NullMarked;
