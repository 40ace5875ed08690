@NullMarked
package org.candour.footage.web;

import org.jspecify.annotations.NullMarked;
