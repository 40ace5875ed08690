/** FFmpeg and OpenCV work of the redaction engine (JavaCV): decoding, face detection, blurring, encoding. */
@NullMarked
package org.candour.disclosure.redaction.engine;

import org.jspecify.annotations.NullMarked;
