@NullMarked
package org.candour;

import org.jspecify.annotations.NullMarked;
