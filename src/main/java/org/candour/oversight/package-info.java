/**
 * Oversight for complaint bodies (IOPC, professional standards, monitoring groups): each body's own requests
 * linked to complaints, their clocks and deletion countdowns, and asks for preservation that place holds. A link
 * is active only with the requester's consent or a supervisor's approval; the requester's identity only with the
 * requester's consent. The rules live in the requests module's {@code ComplaintCases} and {@code LinkApprovals}.
 */
@NullMarked
package org.candour.oversight;

import org.jspecify.annotations.NullMarked;
