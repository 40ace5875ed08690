@NullMarked
package org.candour.disclosure.ui;

import org.jspecify.annotations.NullMarked;
