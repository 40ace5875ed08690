@NullMarked
package org.candour.identity.domain;

import org.jspecify.annotations.NullMarked;
