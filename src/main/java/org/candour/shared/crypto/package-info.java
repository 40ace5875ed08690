@NullMarked
package org.candour.shared.crypto;

import org.jspecify.annotations.NullMarked;
