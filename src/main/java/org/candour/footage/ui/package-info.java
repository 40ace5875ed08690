@NullMarked
package org.candour.footage.ui;

import org.jspecify.annotations.NullMarked;
