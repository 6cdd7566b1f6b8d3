package vn.cascade.assignment;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.cascade.history.RecordCopies;

/** The assignment's variables that copy its row and its dispatch's: no history of their values. */
@Component
class AssignmentRecordCopies implements RecordCopies {

  @Override
  public String processKey() {
    return AssignmentProcess.KEY;
  }

  @Override
  public Set<String> variables() {
    return AssignmentProcess.Vars.RECORD_COPIES;
  }
}
