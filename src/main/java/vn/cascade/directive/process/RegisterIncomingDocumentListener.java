package vn.cascade.directive.process;

import static vn.cascade.directive.DirectiveProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.cascade.attachment.AttachmentService;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.FormValues;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.JsonVariables;
import vn.cascade.common.Validation;
import vn.cascade.directive.DirectiveIntake;
import vn.cascade.directive.IncomingDocument;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.UnitKind;
import vn.cascade.security.CurrentUser;

/**
 * Start listener of {@code directive} ({@code ${registerIncomingDocument}}): registers the incoming document in the
 * same transaction as the process start, so bad input starts nothing and saves nothing.
 */
@Component("registerIncomingDocument")
class RegisterIncomingDocumentListener implements ExecutionListener {

  private final DirectiveIntake intake;
  private final OrganisationService organisation;
  private final AttachmentService attachmentService;
  private final CurrentUser currentUser;
  private final CascadeProperties properties;

  RegisterIncomingDocumentListener(DirectiveIntake intake, OrganisationService organisation,
      AttachmentService attachmentService, CurrentUser currentUser,
      CascadeProperties properties) {
    this.intake = intake;
    this.organisation = organisation;
    this.attachmentService = attachmentService;
    this.currentUser = currentUser;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Validation v = new Validation();
    String number = v.text(execution.getVariable(INCOMING_NUMBER), INCOMING_NUMBER, "Số, ký hiệu văn bản");
    String issuer = v.text(execution.getVariable(INCOMING_ISSUER), INCOMING_ISSUER, "Cơ quan ban hành");
    String type = v.text(execution.getVariable(INCOMING_TYPE), INCOMING_TYPE, "Loại văn bản");
    String summary = v.text(execution.getVariable(INCOMING_SUMMARY), INCOMING_SUMMARY, "Trích yếu");
    Long attachmentId = null;
    try {
      attachmentId = FormValues.id(execution.getVariable(ATTACHMENT_ID), ATTACHMENT_ID);
    } catch (InvalidInputException e) {
      v.addAll(e, "");
    }
    v.throwIfInvalid();
    IncomingDocument document = intake.register(new DirectiveIntake.Registration(number,
        execution.getVariable(INCOMING_DATE), issuer, type, summary, execution.getVariable(CENTRAL_DEADLINE),
        attachmentId),
        execution.getProcessInstanceId(), currentUser.idOr("system"));

    execution.setProcessBusinessKey(document.getNumberSymbol());
    execution.setVariable(INCOMING_NUMBER, document.getNumberSymbol());
    execution.setVariable(INCOMING_ID, document.getId());
    // as recorded, also when the start form left it empty: the later steps' forms show it
    execution.setVariable(CENTRAL_DEADLINE, document.getCentralDeadline() == null ? null
        : document.getCentralDeadline().toString());
    execution.setVariable(INCOMING_ISSUER_NAME, organisation.require(document.getIssuerCode(), INCOMING_ISSUER).getName());
    execution.setVariable(ATTACHMENT_LINKS, attachmentService.linkOf(document.getAttachmentId()));
    execution.setVariable(UNIT_OPTIONS, JsonVariables.json(organisation.subtree(properties.provinceUnit()).stream()
        .filter(u -> u.getKind() == UnitKind.DEPARTMENT || u.getKind() == UnitKind.PROVINCIAL_OFFICE)
        .map(u -> java.util.Map.of("label", u.getName(), "value", u.getCode()))
        .toList()));
  }
}
