package vn.cascade.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * The days off of the Vietnamese civil service, per year, read from YAML.
 *
 * <h2>Sources</h2>
 * <ol>
 *   <li>the shipped table, classpath resource {@value #SHIPPED_RESOURCE} (2025–2027 at the time of writing);</li>
 *   <li>optionally an external file named by the Spring property {@code cascade.calendar.holidays-file}
 *       (see {@link CalendarConfiguration}), so that years can be added or corrected without a release.</li>
 * </ol>
 *
 * <h2>Merge rule (external file over shipped table), per year</h2>
 * <ul>
 *   <li>a year only in the shipped table is kept as shipped;</li>
 *   <li>a year only in the external file is added;</li>
 *   <li>a year in both <b>replaces</b> the shipped year completely (this is how a provisional or wrong shipped
 *       year is corrected, including removing days) — unless the external year block says {@code extend: true},
 *       in which case its entries are <b>added</b> to the shipped ones (e.g. one extra bridging day).</li>
 * </ul>
 *
 * <h2>Format</h2>
 * <pre>
 * years:
 *   2026:
 *     extend: false                # external file only; default false = replace the shipped year
 *     holidays:                    # statutory holidays at their nominal date (1/1, Hùng Kings, 30/4, 1/5, 2/9 + adjacent)
 *       - { date: 2026-04-26, name: "Giỗ Tổ Hùng Vương" }
 *     days-off:                    # announced days off (Tết, bridging days), taken as they are
 *       - { from: 2026-02-14, to: 2026-02-22, name: "Tết Nguyên đán" }
 *       - 2026-01-02               # a bare date is allowed too
 *     make-up-working-days:        # Saturdays/Sundays announced as working days (ngày làm bù)
 *       - { date: 2025-02-08, name: "Làm bù" }
 * </pre>
 * Every entry may carry {@code provisional: true} (not yet announced, our estimate). Unknown keys, dates outside
 * their year block, make-up days that are not on a weekend or that are also days off are rejected with an
 * {@link IllegalStateException} naming the source, so a broken file stops the application at start-up.
 *
 * <h2>Weekend rule</h2>
 * A statutory holiday ({@code holidays}) whose nominal date is a Saturday or Sunday is given back on the next
 * Monday–Friday that is not already a day off (Labour Code 2019, Art. 112(3)); weekend holidays are placed after
 * all weekday ones, in date order, so 30/4 (Fri) and 1/5 (Sat) in 2027 give Fri 30/4 and Mon 3/5. Announced {@code days-off} are never
 * moved: the government's announcement already includes the given-back days. A statutory weekday that is already
 * an announced day off adds nothing.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HolidayTable {

    /** Classpath location of the shipped table. */
    public static final String SHIPPED_RESOURCE = "calendar/holidays.yml";

    /** Suffix added to the name of a holiday given back on a working day. */
    static final String GIVEN_BACK_SUFFIX = " (nghỉ bù)";

    /**
     * A day off (or a make-up working day).
     *
     * @param date        the day
     * @param name        Vietnamese name, for display ("Tết Nguyên đán Bính Ngọ", "Giỗ Tổ Hùng Vương (nghỉ bù)")
     * @param provisional true if not yet announced by the government (our estimate)
     */
    public record Holiday(LocalDate date, String name, boolean provisional) {
    }

    private static volatile HolidayTable shipped;

    private final SortedSet<Integer> years;
    private final NavigableMap<LocalDate, Holiday> daysOff;
    private final NavigableMap<LocalDate, Holiday> makeUpWorkingDays;
    private final List<String> sources;

    private HolidayTable(Map<Integer, YearSpec> specs, List<String> sources) {
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(specs.keySet()));
        this.sources = List.copyOf(sources);
        NavigableMap<LocalDate, Holiday> off = new TreeMap<>();
        NavigableMap<LocalDate, Holiday> makeUp = new TreeMap<>();
        List<YearSpec> ordered = specs.values().stream().sorted(Comparator.comparingInt(YearSpec::year)).toList();

        for (YearSpec spec : ordered) {
            for (Entry e : spec.daysOff()) {
                for (LocalDate d = e.from(); !d.isAfter(e.to()); d = d.plusDays(1)) {
                    off.putIfAbsent(d, new Holiday(d, e.name(), e.provisional()));
                }
            }
        }
        List<Entry> statutory = new ArrayList<>();
        ordered.forEach(spec -> statutory.addAll(spec.holidays()));
        statutory.sort(Comparator.comparing(Entry::from));
        // weekday holidays first, so that a weekend holiday is never given back on a day that is itself a holiday
        for (Entry e : statutory) {
            if (!isWeekend(e.from())) {
                off.putIfAbsent(e.from(), new Holiday(e.from(), e.name(), e.provisional()));
            }
        }
        for (Entry e : statutory) {
            if (isWeekend(e.from())) {
                LocalDate back = e.from().plusDays(1);
                while (isWeekend(back) || off.containsKey(back)) {
                    back = back.plusDays(1);
                }
                off.put(back, new Holiday(back, e.name() + GIVEN_BACK_SUFFIX, e.provisional()));
            }
        }
        for (YearSpec spec : ordered) {
            for (Entry e : spec.makeUpWorkingDays()) {
                LocalDate d = e.from();
                if (!isWeekend(d)) {
                    throw new IllegalStateException(spec.source() + ": make-up working day " + d
                            + " is a " + d.getDayOfWeek() + "; only a Saturday or Sunday can be a make-up working day");
                }
                if (off.containsKey(d)) {
                    throw new IllegalStateException(spec.source() + ": " + d + " is listed both as a day off ("
                            + off.get(d).name() + ") and as a make-up working day");
                }
                makeUp.put(d, new Holiday(d, e.name(), e.provisional()));
            }
        }
        this.daysOff = Collections.unmodifiableNavigableMap(off);
        this.makeUpWorkingDays = Collections.unmodifiableNavigableMap(makeUp);
    }

    // ------------------------------------------------------------------ factories

    /** The shipped table ({@value #SHIPPED_RESOURCE}) alone. Loaded once and cached. */
    public static HolidayTable shipped() {
        HolidayTable table = shipped;
        if (table == null) {
            synchronized (HolidayTable.class) {
                table = shipped;
                if (table == null) {
                    table = new HolidayTable(shippedSpecs(), List.of("classpath:" + SHIPPED_RESOURCE));
                    shipped = table;
                }
            }
        }
        return table;
    }

    /**
     * The shipped table merged with an external YAML file (see the class javadoc for the merge rule).
     *
     * @throws IllegalStateException if the file cannot be read or is invalid
     */
    public static HolidayTable shippedWith(Path externalFile) {
        String text;
        try {
            text = Files.readString(externalFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read holiday file " + externalFile.toAbsolutePath()
                    + " (cascade.calendar.holidays-file): " + e, e);
        }
        return shippedWithYaml(text, externalFile.toString());
    }

    /** The shipped table merged with external YAML text; {@code source} names it in error messages. */
    public static HolidayTable shippedWithYaml(String yaml, String source) {
        Map<Integer, YearSpec> merged = new TreeMap<>(shippedSpecs());
        for (YearSpec external : parse(yaml, source).values()) {
            YearSpec base = merged.get(external.year());
            merged.put(external.year(), external.extend() && base != null ? base.plus(external) : external);
        }
        return new HolidayTable(merged, List.of("classpath:" + SHIPPED_RESOURCE, source));
    }

    /** A table made only from the given YAML text (no shipped years); mainly for tests. */
    public static HolidayTable fromYaml(String yaml, String source) {
        return new HolidayTable(parse(yaml, source), List.of(source));
    }

    // ------------------------------------------------------------------ queries

    /** Years that have a table. */
    public Set<Integer> years() {
        return years;
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    /**
     * @throws YearNotCovered if there is no table for the year
     */
    public void requireYear(int year) {
        if (!covers(year)) {
            throw new YearNotCovered(year, years);
        }
    }

    /** A date was asked about in a year the table does not know (input checks refuse such dates first). */
    public static final class YearNotCovered extends IllegalArgumentException
            implements vn.cascade.common.UserFacingRefusal {
        private final int year;
        private final transient Set<Integer> known;

        YearNotCovered(int year, Set<Integer> known) {
            super("no holiday table for year " + year + "; add it to cascade.calendar.holidays-file");
            this.year = year;
            this.known = Set.copyOf(known);
        }

        public int year() {
            return year;
        }

        /** The years the table knows. */
        public Set<Integer> known() {
            return known;
        }

        /** The years the table knows, e.g. "2025, 2026, 2027". */
        public String knownYears() {
            return String.join(", ", new TreeSet<>(known).stream().map(String::valueOf).toList());
        }

        @Override
        public String userMessage() {
            return "Không tính được thời hạn trong năm " + year + ": lịch ngày nghỉ lễ, Tết hiện chỉ có các năm "
                    + knownYears() + ".";
        }
    }

    /** True if the date is a public holiday, an announced day off or a given-back day (weekends are not included). */
    public boolean isDayOff(LocalDate date) {
        return daysOff.containsKey(date);
    }

    /** True if the date is a Saturday or Sunday announced as a working day (ngày làm bù). */
    public boolean isMakeUpWorkingDay(LocalDate date) {
        return makeUpWorkingDays.containsKey(date);
    }

    /** The day off on this date, if any (weekends are not days off in this sense). */
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(daysOff.get(date));
    }

    /** All days off of a year, in date order, as the calendar applies them (given-back days included). */
    public List<Holiday> daysOff(int year) {
        return List.copyOf(daysOff.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    /** All make-up working days of a year, in date order. */
    public List<Holiday> makeUpWorkingDays(int year) {
        return List.copyOf(makeUpWorkingDays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .values());
    }

    /** Where the table was read from, for diagnostics. */
    public List<String> sources() {
        return sources;
    }

    @Override
    public String toString() {
        return "HolidayTable" + years + " from " + sources;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    // ------------------------------------------------------------------ parsing

    /** A date or an inclusive date range from one YAML entry. */
    private record Entry(LocalDate from, LocalDate to, String name, boolean provisional) {
    }

    private record YearSpec(int year, boolean extend, List<Entry> holidays, List<Entry> daysOff,
                            List<Entry> makeUpWorkingDays, String source) {
        YearSpec plus(YearSpec other) {
            return new YearSpec(year, false, concat(holidays, other.holidays), concat(daysOff, other.daysOff),
                    concat(makeUpWorkingDays, other.makeUpWorkingDays), source + " + " + other.source);
        }

        private static List<Entry> concat(List<Entry> a, List<Entry> b) {
            List<Entry> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    private static Map<Integer, YearSpec> shippedSpecs() {
        ClassLoader loader = HolidayTable.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("shipped holiday table classpath:" + SHIPPED_RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + SHIPPED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves only null, booleans and integers implicitly: dates stay strings (no java.util.Date / time zone). */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    private static Map<Integer, YearSpec> parse(String yaml, String source) {
        LoaderOptions options = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new PlainResolver())
                    .load(yaml);
        } catch (RuntimeException e) {
            throw new IllegalStateException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> top = map(root, source, "top level");
        checkKeys(top, Set.of("years"), source, "top level");
        Map<String, Object> years = map(top.get("years"), source, "years");
        Map<Integer, YearSpec> specs = new TreeMap<>();
        for (Map.Entry<String, Object> y : years.entrySet()) {
            int year;
            try {
                year = Integer.parseInt(y.getKey());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(source + ": year key '" + y.getKey() + "' is not a year");
            }
            String where = "year " + year;
            Map<String, Object> block = y.getValue() == null ? Map.of() : map(y.getValue(), source, where);
            checkKeys(block, Set.of("extend", "holidays", "days-off", "make-up-working-days"), source, where);
            Object extend = block.getOrDefault("extend", Boolean.FALSE);
            if (!(extend instanceof Boolean)) {
                throw new IllegalStateException(source + ": " + where + ": 'extend' must be true or false");
            }
            specs.put(year, new YearSpec(year, (Boolean) extend,
                    entries(block.get("holidays"), year, false, source, where + " holidays"),
                    entries(block.get("days-off"), year, true, source, where + " days-off"),
                    entries(block.get("make-up-working-days"), year, false, source, where + " make-up-working-days"),
                    source));
        }
        return specs;
    }

    private static List<Entry> entries(Object value, int year, boolean rangesAllowed, String source, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException(source + ": " + where + " must be a list");
        }
        List<Entry> result = new ArrayList<>();
        for (Object item : list) {
            Entry e;
            if (item instanceof Map<?, ?>) {
                Map<String, Object> m = map(item, source, where);
                checkKeys(m, Set.of("date", "from", "to", "name", "provisional"), source, where);
                String name = m.get("name") == null ? "Ngày nghỉ" : String.valueOf(m.get("name"));
                Object prov = m.getOrDefault("provisional", Boolean.FALSE);
                if (!(prov instanceof Boolean)) {
                    throw new IllegalStateException(source + ": " + where + ": 'provisional' must be true or false");
                }
                if (m.containsKey("date") && !m.containsKey("from") && !m.containsKey("to")) {
                    LocalDate d = date(m.get("date"), source, where);
                    e = new Entry(d, d, name, (Boolean) prov);
                } else if (rangesAllowed && m.containsKey("from") && m.containsKey("to") && !m.containsKey("date")) {
                    e = new Entry(date(m.get("from"), source, where), date(m.get("to"), source, where), name,
                            (Boolean) prov);
                    if (e.to().isBefore(e.from())) {
                        throw new IllegalStateException(source + ": " + where + ": range " + e.from() + " – " + e.to()
                                + " ends before it starts");
                    }
                } else {
                    throw new IllegalStateException(source + ": " + where + ": an entry needs 'date'"
                            + (rangesAllowed ? " or 'from' and 'to'" : "") + ", got " + m);
                }
            } else {
                LocalDate d = date(item, source, where);
                e = new Entry(d, d, "Ngày nghỉ", false);
            }
            if (e.from().getYear() != year || e.to().getYear() != year) {
                throw new IllegalStateException(source + ": " + where + ": " + e.from()
                        + (e.to().equals(e.from()) ? "" : " – " + e.to()) + " is not in year " + year);
            }
            result.add(e);
        }
        return result;
    }

    private static LocalDate date(Object value, String source, String where) {
        try {
            return LocalDate.parse(String.valueOf(value).trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(source + ": " + where + ": '" + value + "' is not a date (yyyy-mm-dd)");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String source, String where) {
        if (!(value instanceof Map<?, ?> raw)) {
            throw new IllegalStateException(source + ": " + where + " must be a mapping");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        ((Map<Object, Object>) raw).forEach((k, v) -> m.put(String.valueOf(k), v));
        return m;
    }

    private static void checkKeys(Map<String, Object> m, Set<String> allowed, String source, String where) {
        for (String key : m.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalStateException(source + ": " + where + ": unknown key '" + key + "' (allowed: "
                        + new TreeSet<>(allowed) + ")");
            }
        }
    }
}
