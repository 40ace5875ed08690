@NullMarked
package org.candour.identity.ui;

import org.jspecify.annotations.NullMarked;
