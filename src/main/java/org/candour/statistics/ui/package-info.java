@NullMarked
package org.candour.statistics.ui;

import org.jspecify.annotations.NullMarked;
