@NullMarked
package org.candour.requests.domain;

import org.jspecify.annotations.NullMarked;
