/**
 * The redaction engine of the disclosure module: finds faces in a clip and follows them (tracks), and renders a
 * disclosure copy in which the planned boxes are blurred beyond recovery, chosen audio is silenced and a line naming
 * the request is burned in. It works on plain files given to it and knows nothing of storage, requests or pages;
 * {@link org.candour.disclosure.redaction.RedactionEngine} is its entry point, the records here are its values, and
 * {@code engine} holds the FFmpeg and OpenCV work.
 */
@NullMarked
package org.candour.disclosure.redaction;

import org.jspecify.annotations.NullMarked;
