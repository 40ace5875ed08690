/** Sign-in and access rules. Members of the public are anonymous; staff sign in with a role. */
@NullMarked
package org.candour.security;

import org.jspecify.annotations.NullMarked;
