package vn.cascade.calendar;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Registers {@link WorkingDayBusinessCalendar} in the process engine under {@value WorkingDayBusinessCalendar#NAME}.
 * The Camunda Spring Boot starter applies every {@code ProcessEnginePlugin} bean automatically.
 *
 * <p>Registration happens in {@link #postInit}: by then {@code ProcessEngineConfigurationImpl.initBusinessCalendarManager()}
 * has created the default {@link MapBusinessCalendarManager} (duration, dueDate, cycle), and the calendar is added to
 * it. A custom manager set by someone else is wrapped so that it keeps answering for all other names. The default
 * calendars are left untouched.
 */
@Component
public class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

    private final WorkingDayBusinessCalendar businessCalendar;

    public WorkingDayCalendarPlugin(WorkingDayCalendar calendar) {
        this.businessCalendar = new WorkingDayBusinessCalendar(calendar);
    }

    public WorkingDayBusinessCalendar businessCalendar() {
        return businessCalendar;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        BusinessCalendarManager manager = configuration.getBusinessCalendarManager();
        if (manager == null) {
            MapBusinessCalendarManager defaults = new MapBusinessCalendarManager();
            defaults.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
            defaults.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
            defaults.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
            manager = defaults;
            configuration.setBusinessCalendarManager(defaults);
        }
        if (manager instanceof MapBusinessCalendarManager map) {
            map.addBusinessCalendar(WorkingDayBusinessCalendar.NAME, businessCalendar);
        } else {
            BusinessCalendarManager delegate = manager;
            configuration.setBusinessCalendarManager(name -> WorkingDayBusinessCalendar.NAME.equals(name)
                    ? businessCalendar : delegate.getBusinessCalendar(name));
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
