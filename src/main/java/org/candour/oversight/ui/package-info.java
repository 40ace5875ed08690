@NullMarked
package org.candour.oversight.ui;

import org.jspecify.annotations.NullMarked;
