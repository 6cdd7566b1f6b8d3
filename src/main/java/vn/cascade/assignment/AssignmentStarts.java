package vn.cascade.assignment;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import vn.cascade.dispatch.DispatchRecipients;
import vn.cascade.organisation.Groups;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.UserDirectory;

/**
 * Starts the units' {@code assignment} instances of one batch of a dispatch (a multi-instance job of
 * {@code directive} or of a re-dispatching {@code assignment}), all in the job's transaction: a retried batch starts
 * them again from nothing. The instances stand alone (no call activity), so a nationwide dispatch does not hang
 * thousands of executions under one parent; they carry the parent's business key, and the last one to complete
 * tells the parent (see {@code notifyParentAssignment}).
 */
@Service
public class AssignmentStarts {

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final UserDirectory users;
  private final Groups groups;
  private final OrganisationService organisation;

  AssignmentStarts(RuntimeService runtimeService, RepositoryService repositoryService, UserDirectory users,
      Groups groups, OrganisationService organisation) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.users = users;
    this.groups = groups;
    this.organisation = organisation;
  }

  /**
   * @param batch the units, as {@link DispatchRecipients#batches} gives them
   * @param parentAssignmentId the re-dispatching unit's assignment, or null for a provincial dispatch
   * @return the process instance ids, in the batch's order
   */
  public List<String> startBatch(Long dispatchId, String batch, String businessKey, Long parentAssignmentId) {
    // the latest version, looked up once per batch instead of once per unit
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(AssignmentProcess.KEY).latestVersion().singleResult();
    List<String> units = DispatchRecipients.unitsOf(batch);
    organisation.preload(units);
    // every unit's staff (the leader's form lists them) and leaders (mailed the new task), read with one query
    users.preload(units.stream().flatMap(unit -> Stream.of(groups.staff(unit), groups.leaders(unit))).toList());
    return units.stream().map(unit -> {
      Map<String, Object> variables = new HashMap<>();
      variables.put(DISPATCH_ID, dispatchId);
      variables.put(UNIT_CODE, unit);
      if (parentAssignmentId != null) {
        variables.put(PARENT_ASSIGNMENT_ID, parentAssignmentId);
      }
      return runtimeService.startProcessInstanceById(definition.getId(), businessKey, variables).getId();
    }).toList();
  }
}
