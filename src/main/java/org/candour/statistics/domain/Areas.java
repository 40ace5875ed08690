package org.candour.statistics.domain;

import java.util.ArrayList;
import java.util.List;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.statistics.Level;

/**
 * The cells of one month's table for one measure, in a fixed order: the 32 Met boroughs, then the 12 BCUs, then
 * London; and the sums that link them (each BCU is the sum of its boroughs, London the sum of the BCUs), which are
 * exactly the relations a reader could use for differencing.
 */
public final class Areas {

    public record Area(Level level, String code, String name, String bcu) {
    }

    private static final Areas MET = new Areas(Boroughs.policedByTheMet());

    private final List<Area> areas = new ArrayList<>();
    private final List<SumRule> rules = new ArrayList<>();

    Areas(List<Borough> boroughs) {
        boroughs.forEach(b -> areas.add(new Area(Level.BOROUGH, b.gssCode(), b.name(), b.bcu())));
        List<String> bcus = boroughs.stream().map(Borough::bcu).distinct().sorted().toList();
        bcus.forEach(bcu -> areas.add(new Area(Level.BCU, bcu, bcu, bcu)));
        areas.add(new Area(Level.LONDON, Level.LONDON_CODE, Level.LONDON_NAME, ""));
        for (String bcu : bcus) {
            int[] parts = new int[(int) boroughs.stream().filter(b -> b.bcu().equals(bcu)).count()];
            int k = 0;
            for (int i = 0; i < boroughs.size(); i++) {
                if (boroughs.get(i).bcu().equals(bcu)) {
                    parts[k++] = i;
                }
            }
            rules.add(new SumRule(indexOf(Level.BCU, bcu), parts));
        }
        int[] bcuCells = new int[bcus.size()];
        for (int i = 0; i < bcus.size(); i++) {
            bcuCells[i] = boroughs.size() + i;
        }
        rules.add(new SumRule(areas.size() - 1, bcuCells));
    }

    public static Areas met() {
        return MET;
    }

    public List<Area> all() {
        return List.copyOf(areas);
    }

    public int size() {
        return areas.size();
    }

    public Area get(int index) {
        return areas.get(index);
    }

    public List<SumRule> rules() {
        return List.copyOf(rules);
    }

    public int indexOf(Level level, String code) {
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).level() == level && areas.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
