@NullMarked
package org.candour.disclosure.internal;

import org.jspecify.annotations.NullMarked;
