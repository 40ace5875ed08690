/**
 * Oversight for complaint bodies (IOPC, professional standards, monitoring groups): requests linked to complaints,
 * their clocks and deletion countdowns, and asks for preservation. Read-mostly; the requester's identity only for
 * a request linked to the body's own complaint. The rules live in the requests module's {@code ComplaintCases}.
 */
@NullMarked
package org.candour.oversight;

import org.jspecify.annotations.NullMarked;
