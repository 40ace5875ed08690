@NullMarked
package org.candour.footage.internal;

import org.jspecify.annotations.NullMarked;
