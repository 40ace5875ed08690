@NullMarked
package org.candour.disclosure.web;

import org.jspecify.annotations.NullMarked;
