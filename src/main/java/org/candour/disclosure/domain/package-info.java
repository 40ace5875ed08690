@NullMarked
package org.candour.disclosure.domain;

import org.jspecify.annotations.NullMarked;
