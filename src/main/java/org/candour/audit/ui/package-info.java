@NullMarked
package org.candour.audit.ui;

import org.jspecify.annotations.NullMarked;
