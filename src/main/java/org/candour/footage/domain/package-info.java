@NullMarked
package org.candour.footage.domain;

import org.jspecify.annotations.NullMarked;
