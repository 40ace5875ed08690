@NullMarked
package org.candour.requests.ui;

import org.jspecify.annotations.NullMarked;
