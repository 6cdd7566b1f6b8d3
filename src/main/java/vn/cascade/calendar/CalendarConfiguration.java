package vn.cascade.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the {@link HolidayTable} bean: the shipped table, merged with the file named by
 * {@code cascade.calendar.holidays-file} if that property is set.
 *
 * <p>The property is a file-system path ({@code /etc/cascade/holidays.yml}, optionally prefixed {@code file:}) or a
 * classpath resource ({@code classpath:calendar/holidays-local.yml}). A property that is set but points to a
 * missing or invalid file stops the application at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    /** Name of the Spring property with the external holiday file. */
    public static final String HOLIDAYS_FILE_PROPERTY = "cascade.calendar.holidays-file";

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    public HolidayTable holidayTable(@Value("${" + HOLIDAYS_FILE_PROPERTY + ":}") String holidaysFile) {
        HolidayTable table = load(holidaysFile);
        log.info("Working-day calendar: holiday tables for years {} from {}", table.years(), table.sources());
        return table;
    }

    /** The shipped table, merged with {@code location} unless it is null or blank. */
    public static HolidayTable load(String location) {
        if (location == null || location.isBlank()) {
            return HolidayTable.shipped();
        }
        String loc = location.trim();
        if (loc.startsWith("classpath:")) {
            String resource = loc.substring("classpath:".length()).replaceFirst("^/", "");
            ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : CalendarConfiguration.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("holiday file " + loc + " (" + HOLIDAYS_FILE_PROPERTY + ") not found");
                }
                return HolidayTable.shippedWithYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), loc);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read holiday file " + loc + ": " + e, e);
            }
        }
        if (loc.startsWith("file:")) {
            loc = loc.substring("file:".length());
        }
        return HolidayTable.shippedWith(Path.of(loc));
    }
}
