package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.SubDispatches;
import vn.cascade.common.JsonVariables;

/** Service task "collect sub-results" ({@code ${collectSubResults}}): the table the consolidating leader sees. */
@Component("collectSubResults")
class CollectSubResultsDelegate implements JavaDelegate {

  private final SubDispatches subDispatches;

  CollectSubResultsDelegate(SubDispatches subDispatches) {
    this.subDispatches = subDispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> rows = subDispatches.results(Long.valueOf(execution.getVariable(ASSIGNMENT_ID)
        .toString()));
    execution.setVariable(SUB_RESULTS, JsonVariables.json(rows));
    List<String> missing = rows.stream().filter(r -> "(chưa báo cáo)".equals(r.get("result")))
        .map(r -> r.get("unitName").toString()).toList();
    execution.setVariable(MISSING_UNITS, missing.isEmpty() ? "" : String.join(", ", missing));
  }
}
