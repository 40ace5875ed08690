package org.candour.statistics.domain;

/** A published additive relation between cells of one table: {@code total = sum of parts} (cell indexes). */
public record SumRule(int total, int[] parts) {
}
