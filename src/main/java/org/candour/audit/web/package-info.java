@NullMarked
package org.candour.audit.web;

import org.jspecify.annotations.NullMarked;
