/**
 * Disclosure: footage files attached to a request (checked by opening them, encrypted at rest, streamed and
 * range-read), redaction of other people (detect, track, blur, mute, render with FFmpeg and OpenCV through JavaCV)
 * with a redaction log, and delivery of the redacted copy to the requester (expiring, audited). DPA 2018
 * s.45(4)(e): redaction comes before refusal. The services in this package are the module's API; its
 * sub-packages are its own.
 */
@NullMarked
package org.candour.disclosure;

import org.jspecify.annotations.NullMarked;
