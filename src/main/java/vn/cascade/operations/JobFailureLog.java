package vn.cascade.operations;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One line an operator can grep for each failed job attempt, with the process, its business key (the directive's
 * incoming number, the restructuring, ...), the step, the job's retries and the failure's message:
 * {@code JOB FAILED process=assignment businessKey=646/VPCP-KTTH instance=... activity=... retries=3 ...}.
 * The engine's own log keeps the stack trace. Written from the job log's history event, which the engine produces
 * for every failure at Cascade's history level.
 */
@Component
class JobFailureLog extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  private static final Logger LOG = LoggerFactory.getLogger("vn.cascade.jobs");

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    if (!handlers.contains(this)) {
      handlers.add(this);
    }
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricJobLogEvent log && log.isFailureLog()) {
      String businessKey = null;
      if (log.getProcessInstanceId() != null) {
        ProcessInstance instance = configuration.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(log.getProcessInstanceId()).singleResult();
        businessKey = instance == null ? null : instance.getBusinessKey();
      }
      LOG.warn("JOB FAILED process={} businessKey={} instance={} activity={} job={} retries={} message={}",
          log.getProcessDefinitionKey(), businessKey, log.getProcessInstanceId(), log.getActivityId(),
          log.getJobId(), log.getJobRetries(), oneLine(log.getJobExceptionMessage()));
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ");
  }
}
