@NullMarked
package org.candour.shared.audit;

import org.jspecify.annotations.NullMarked;
