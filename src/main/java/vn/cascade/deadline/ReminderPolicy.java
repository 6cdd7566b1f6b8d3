package vn.cascade.deadline;

import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Decision API of {@code bpmn/reminder-policy.dmn} (hit policy COLLECT, editable in Camunda Modeler): given the
 * working days left until a task's due date (negative when overdue), which notices go out and to whom.
 */
public final class ReminderPolicy {

  public static final String KEY = "reminder-policy";

  /** The input's expression. */
  public static final String DAYS_LEFT = "daysLeft";

  /** Output names. */
  public static final class Outputs {
    public static final String NOTICE = "notice";
    public static final String RECIPIENTS = "recipients";

    private Outputs() {}
  }

  /** One matching rule: the notice kind (a {@code MailKind} name) and the recipients ("assignee,unitLeaders"). */
  public record Rule(String notice, String recipients) {}

  /** The rules that match {@code daysLeft}, in the table's order. */
  public static List<Rule> evaluate(DecisionService decisions, int daysLeft) {
    return decisions.evaluateDecisionTableByKey(KEY, Variables.createVariables().putValue(DAYS_LEFT, daysLeft))
        .getResultList().stream()
        .map(r -> new Rule(String.valueOf(r.get(Outputs.NOTICE)), String.valueOf(r.get(Outputs.RECIPIENTS))))
        .toList();
  }

  private ReminderPolicy() {}
}
