@NullMarked
package org.candour.shared.ui;

import org.jspecify.annotations.NullMarked;
