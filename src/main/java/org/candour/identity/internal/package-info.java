@NullMarked
package org.candour.identity.internal;

import org.jspecify.annotations.NullMarked;
