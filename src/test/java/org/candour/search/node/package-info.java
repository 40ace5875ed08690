@NullMarked
package org.candour.search.node;

import org.jspecify.annotations.NullMarked;
