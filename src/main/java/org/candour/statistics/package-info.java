/** Public, disclosure-controlled statistics releases by borough: pages, charts and the open-data API. */
@NullMarked
package org.candour.statistics;

import org.jspecify.annotations.NullMarked;
