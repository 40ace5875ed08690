/**
 * Delivery of approved disclosure copies to the requester: releases and their 28 days, passes bound to a tracking
 * session, the expiry sweep, police-station appointments, and the erasure of originals when a request closes.
 * The module's own; {@link org.candour.disclosure.FootageDeliveries} is its API.
 */
@NullMarked
package org.candour.disclosure.delivery;

import org.jspecify.annotations.NullMarked;
