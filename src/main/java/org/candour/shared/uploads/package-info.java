/**
 * Files uploaded by the public, held until they are filed in an encrypted temporary file each (never in the session
 * heap), and deleted when filed, replaced, abandoned with the session, or found orphaned by the hourly sweep.
 */
@NullMarked
package org.candour.shared.uploads;

import org.jspecify.annotations.NullMarked;
