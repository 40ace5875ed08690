/** Pages of the notifications module: the demo mailbox. */
@NullMarked
package org.candour.notifications.ui;

import org.jspecify.annotations.NullMarked;
