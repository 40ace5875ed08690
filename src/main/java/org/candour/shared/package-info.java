/**
 * Value types used everywhere (boroughs, London time, encryption of personal data) and the common UI frame.
 * Open: every module may use all of it.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.candour.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
