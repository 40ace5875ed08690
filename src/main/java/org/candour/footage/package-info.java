/**
 * The footage catalogue: metadata of body-worn video recordings imported from the force's digital evidence
 * management system (never the video itself), the 31-day retention rule with its daily sweep, and preservation
 * holds. The services in this package are the module's API; {@code domain}, {@code internal}, {@code web} and
 * {@code ui} are its own.
 */
@NullMarked
package org.candour.footage;

import org.jspecify.annotations.NullMarked;
