@NullMarked
package org.candour.requests.internal;

import org.jspecify.annotations.NullMarked;
