package vn.cascade.deadline;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.directive.IncomingDocument;
import vn.cascade.directive.IncomingDocumentRepository;
import vn.cascade.dispatch.Dispatch;
import vn.cascade.dispatch.DispatchRepository;
import vn.cascade.document.DocumentType;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.reporting.UnitReportProcess;

/**
 * The document a mail is about, named with its type, number and issuer ("Công văn số 01/UBND-KTTH của UBND huyện
 * Ngọc Hồi"), so that two dispatches numbered {@code 01/UBND-KTTH} by different People's Committees are told apart
 * in subjects and bodies: an assignment's (or an issued directive's) dispatch, else the incoming document, else the
 * report request.
 */
@Component
public class NoticeDocuments {

  private final DispatchRepository dispatches;
  private final IncomingDocumentRepository incoming;
  private final OrganisationService organisation;

  NoticeDocuments(DispatchRepository dispatches, IncomingDocumentRepository incoming, OrganisationService organisation) {
    this.dispatches = dispatches;
    this.incoming = incoming;
    this.organisation = organisation;
  }

  /** The document the process is about, or null. */
  public String of(VariableScope process) {
    return of(ProcessFacts.of(process));
  }

  /** The document of an instance whose facts were loaded beforehand (the morning check's chunk), or null. */
  String of(ProcessFacts process) {
    Object dispatchNumber = variable(process, DirectiveProcess.Vars.DISPATCH_NUMBER);
    Object dispatchId = variable(process, DirectiveProcess.Vars.DISPATCH_ID);
    if (dispatchNumber != null && dispatchId != null) {
      // the dispatch row alone (no items): a batch of a fan-out or a daily sweep reads it once per transaction
      Dispatch dispatch = dispatches.findById(Long.valueOf(dispatchId.toString())).orElse(null);
      if (dispatch != null && dispatch.getNumberSymbol() != null) {
        return dispatch.type().reference(dispatch.getNumberSymbol(),
            organisation.require(dispatch.getIssuerCode(), "issuer").getDisplayName());
      }
    }
    Object incomingId = variable(process, DirectiveProcess.Vars.INCOMING_ID);
    if (incomingId != null) {
      IncomingDocument document = incoming.findById(Long.valueOf(incomingId.toString())).orElse(null);
      if (document != null) {
        return document.type().reference(document.getNumberSymbol(),
            organisation.require(document.getIssuerCode(), "issuer").getDisplayName());
      }
    }
    Object requestNumber = variable(process, UnitReportProcess.Vars.REQUEST_NUMBER);
    if (requestNumber != null) {
      return DocumentType.ofSymbol(requestNumber.toString()).reference(requestNumber.toString(), null);
    }
    Object number = dispatchNumber != null ? dispatchNumber : variable(process, DirectiveProcess.Vars.INCOMING_NUMBER);
    return number == null ? null : number.toString();
  }

  private static Object variable(ProcessFacts process, String name) {
    return process.get(name);
  }

  /** The variables {@link #of} reads, for loading them beforehand. */
  static final String[] VARIABLES = {DirectiveProcess.Vars.DISPATCH_NUMBER, DirectiveProcess.Vars.DISPATCH_ID,
      DirectiveProcess.Vars.INCOMING_ID, UnitReportProcess.Vars.REQUEST_NUMBER, DirectiveProcess.Vars.INCOMING_NUMBER};
}
