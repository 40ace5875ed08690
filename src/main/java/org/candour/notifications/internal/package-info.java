/** How notifications are made: which change is told, the letters, sending once through SMTP, retries. */
@NullMarked
package org.candour.notifications.internal;

import org.jspecify.annotations.NullMarked;
