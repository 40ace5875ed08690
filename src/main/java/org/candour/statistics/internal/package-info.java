@NullMarked
package org.candour.statistics.internal;

import org.jspecify.annotations.NullMarked;
