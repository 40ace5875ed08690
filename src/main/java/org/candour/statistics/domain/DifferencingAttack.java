package org.candour.statistics.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.candour.statistics.Cell.Flag;
import org.jspecify.annotations.Nullable;

/**
 * What a reader can work out about withheld cells from the published cells of one table and its sums. Two attacks:
 * <ul>
 * <li><b>linear</b>: every published sum is an equation over the withheld cells; elimination finds each withheld
 * cell that the equations fix (single subtraction, BCU against its boroughs, London against the BCUs, and any
 * combination of them);</li>
 * <li><b>bounds</b>: a small count is known to lie between 1 and 9 and a secondary-suppressed count to be at least
 * 10; pushing these bounds (and what the linear attack found) through the sums and the "at least" relations
 * between a row's measures until nothing changes finds cells squeezed to a single value.</li>
 * </ul>
 * It sees only what is published: values of published cells and the reason each other cell is withheld.
 */
public final class DifferencingAttack {

    private static final double EPSILON = 1e-7;
    private static final int MAX_PASSES = 200;

    private DifferencingAttack() {
    }

    /** Withheld cells the attacker can pin to one value, with that value. Empty when the table is safe. */
    public static Map<Integer, Double> recover(@Nullable Double[] published, Flag[] flags, List<SumRule> rules) {
        var recovered = new TreeMap<Integer, Double>(linear(published, rules));
        @Nullable Double[] known = published.clone();
        recovered.forEach((cell, value) -> known[cell] = value);
        bounds(known, flags, rules).forEach(recovered::putIfAbsent);
        return recovered;
    }

    /**
     * Withheld cells fixed by the sums alone (the equalities; "at least" relations fix nothing by themselves).
     * Independent groups of sums (one measure's table, say) are solved separately.
     */
    public static Map<Integer, Double> linear(@Nullable Double[] published, List<SumRule> rules) {
        var result = new TreeMap<Integer, Double>();
        for (List<SumRule> block : blocks(published.length, rules)) {
            result.putAll(linearBlock(published, block));
        }
        return result;
    }

    /** Equality rules grouped by the cells they share (union-find over cells). */
    private static Collection<List<SumRule>> blocks(int cells, List<SumRule> rules) {
        int[] parent = new int[cells];
        for (int i = 0; i < cells; i++) {
            parent[i] = i;
        }
        for (SumRule rule : rules) {
            if (!rule.atLeast()) {
                for (int part : rule.parts()) {
                    parent[find(parent, part)] = find(parent, rule.total());
                }
            }
        }
        var blocks = new LinkedHashMap<Integer, List<SumRule>>();
        for (SumRule rule : rules) {
            if (!rule.atLeast()) {
                blocks.computeIfAbsent(find(parent, rule.total()), k -> new ArrayList<>()).add(rule);
            }
        }
        return blocks.values();
    }

    private static int find(int[] parent, int cell) {
        while (parent[cell] != cell) {
            parent[cell] = parent[parent[cell]];
            cell = parent[cell];
        }
        return cell;
    }

    private static Map<Integer, Double> linearBlock(@Nullable Double[] published, List<SumRule> rules) {
        int n = published.length;
        int[] column = new int[n];
        Arrays.fill(column, -1);
        int unknowns = 0;
        for (SumRule rule : rules) {   // only the withheld cells of this block's sums
            for (int cell : cells(rule)) {
                if (published[cell] == null && column[cell] < 0) {
                    column[cell] = unknowns++;
                }
            }
        }
        var result = new TreeMap<Integer, Double>();
        if (unknowns == 0) {
            return result;
        }
        double[][] m = new double[rules.size()][unknowns + 1];
        for (int r = 0; r < rules.size(); r++) {
            add(m[r], column, published, rules.get(r).total(), -1);
            for (int part : rules.get(r).parts()) {
                add(m[r], column, published, part, 1);
            }
        }
        int rank = reduce(m, unknowns);
        for (int r = 0; r < rank; r++) {
            int nonZero = -1;
            int count = 0;
            for (int c = 0; c < unknowns; c++) {
                if (Math.abs(m[r][c]) > EPSILON) {
                    nonZero = c;
                    count++;
                }
            }
            if (count == 1) {
                double value = m[r][unknowns] / m[r][nonZero];
                for (int i = 0; i < n; i++) {
                    if (column[i] == nonZero) {
                        result.put(i, value);
                    }
                }
            }
        }
        return result;
    }

    private static int[] cells(SumRule rule) {
        int[] cells = Arrays.copyOf(rule.parts(), rule.parts().length + 1);
        cells[rule.parts().length] = rule.total();
        return cells;
    }

    private static void add(double[] row, int[] column, @Nullable Double[] published, int cell, int coefficient) {
        Double value = published[cell];
        if (value == null) {
            row[column[cell]] += coefficient;
        } else {
            row[row.length - 1] -= coefficient * value;
        }
    }

    /** Reduced row echelon form in place; returns the rank. */
    private static int reduce(double[][] m, int unknowns) {
        int rank = 0;
        for (int c = 0; c < unknowns && rank < m.length; c++) {
            int pivot = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][c]) < EPSILON) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            double p = m[rank][c];
            for (int k = 0; k <= unknowns; k++) {
                m[rank][k] /= p;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][c]) > EPSILON) {
                    double f = m[r][c];
                    for (int k = 0; k <= unknowns; k++) {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    /** Withheld cells squeezed to one value by their known ranges and the sums. */
    public static Map<Integer, Double> bounds(@Nullable Double[] published, Flag[] flags, List<SumRule> rules) {
        int n = published.length;
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            if (published[i] != null) {
                lo[i] = published[i];
                hi[i] = published[i];
            } else if (flags[i] == Flag.SMALL_COUNT) {
                lo[i] = 1;
                hi[i] = 9;
            } else if (flags[i] == Flag.SECONDARY) {
                lo[i] = 10;
                hi[i] = Double.POSITIVE_INFINITY;
            } else {
                lo[i] = 0;
                hi[i] = Double.POSITIVE_INFINITY;
            }
        }
        // Worklist: a rule is looked at again only when a bound of one of its cells has moved.
        List<List<Integer>> rulesOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rulesOf.add(new ArrayList<>());
        }
        for (int r = 0; r < rules.size(); r++) {
            for (int cell : cells(rules.get(r))) {
                rulesOf.get(cell).add(r);
            }
        }
        var queue = new ArrayDeque<Integer>();
        boolean[] queued = new boolean[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            queue.add(r);
            queued[r] = true;
        }
        for (long steps = 0; !queue.isEmpty() && steps < (long) MAX_PASSES * rules.size(); steps++) {
            int r = queue.poll();
            queued[r] = false;
            SumRule rule = rules.get(r);
            int[] ruleCells = cells(rule);
            double[] snapshot = new double[ruleCells.length * 2];
            for (int k = 0; k < ruleCells.length; k++) {
                snapshot[2 * k] = lo[ruleCells[k]];
                snapshot[2 * k + 1] = hi[ruleCells[k]];
            }
            if (!tighten(rule, lo, hi)) {
                continue;
            }
            for (int k = 0; k < ruleCells.length; k++) {
                int cell = ruleCells[k];
                if (lo[cell] != snapshot[2 * k] || hi[cell] != snapshot[2 * k + 1]) {
                    for (int other : rulesOf.get(cell)) {
                        if (!queued[other]) {
                            queued[other] = true;
                            queue.add(other);
                        }
                    }
                }
            }
        }
        var result = new TreeMap<Integer, Double>();
        for (int i = 0; i < n; i++) {
            if (published[i] == null && hi[i] - lo[i] < 0.5) {
                result.put(i, lo[i]);
            }
        }
        return result;
    }

    /** total = sum(parts), or total >= sum(parts): each cell lies within what the others leave for it. */
    private static boolean tighten(SumRule rule, double[] lo, double[] hi) {
        boolean changed = false;
        double partsLo = 0;
        double partsHi = 0;
        for (int p : rule.parts()) {
            partsLo += lo[p];
            partsHi += hi[p];
        }
        int t = rule.total();
        changed |= narrow(t, partsLo, rule.atLeast() ? Double.POSITIVE_INFINITY : partsHi, lo, hi);
        for (int p : rule.parts()) {
            double othersLo = partsLo - lo[p];
            double othersHi = Double.isInfinite(hi[p]) ? sumHiExcept(rule, p, hi) : partsHi - hi[p];
            changed |= narrow(p, rule.atLeast() ? 0 : lo[t] - othersHi, hi[t] - othersLo, lo, hi);
        }
        return changed;
    }

    private static double sumHiExcept(SumRule rule, int except, double[] hi) {
        double sum = 0;
        for (int p : rule.parts()) {
            if (p != except) {
                sum += hi[p];
            }
        }
        return sum;
    }

    private static boolean narrow(int cell, double newLo, double newHi, double[] lo, double[] hi) {
        double l = Math.ceil(newLo - EPSILON);
        double h = Double.isInfinite(newHi) || Double.isNaN(newHi) ? Double.POSITIVE_INFINITY
                : Math.floor(newHi + EPSILON);
        boolean changed = false;
        if (l > lo[cell]) {
            lo[cell] = l;
            changed = true;
        }
        if (h < hi[cell]) {
            hi[cell] = h;
            changed = true;
        }
        return changed;
    }
}
