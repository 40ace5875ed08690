@NullMarked
package org.candour.search.internal;

import org.jspecify.annotations.NullMarked;
