/** Footage-access requests: filing and tracking by the public, the statutory clock, casework. */
@NullMarked
package org.candour.requests;

import org.jspecify.annotations.NullMarked;
