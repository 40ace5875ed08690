@NullMarked
package org.candour.audit.internal;

import org.jspecify.annotations.NullMarked;
