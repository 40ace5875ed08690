@NullMarked
package org.candour.statistics.web;

import org.jspecify.annotations.NullMarked;
