@NullMarked
package org.candour.shared.charts;

import org.jspecify.annotations.NullMarked;
