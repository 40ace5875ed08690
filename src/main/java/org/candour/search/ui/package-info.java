@NullMarked
package org.candour.search.ui;

import org.jspecify.annotations.NullMarked;
