@NullMarked
package org.candour.statistics.domain;

import org.jspecify.annotations.NullMarked;
