/**
 * Staff accounts and their roles: who may sign in, with which roles, and the rules for passwords and lockout.
 * {@link org.candour.identity.StaffAccounts} is the API; the {@code security} module signs staff in against it.
 */
@NullMarked
package org.candour.identity;

import org.jspecify.annotations.NullMarked;
