@NullMarked
package org.candour.security.ui;

import org.jspecify.annotations.NullMarked;
