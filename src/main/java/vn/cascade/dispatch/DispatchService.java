package vn.cascade.dispatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.Dates;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.Validation;
import vn.cascade.dispatch.FormItems.Item;
import vn.cascade.document.DocumentNumbers;
import vn.cascade.document.DocumentType;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.Unit;

/** Drafting, numbering and addressing of dispatches. */
@Service
public class DispatchService {

  private static final Pattern DRAFTING_SYMBOL = Pattern.compile("[A-ZĐ]{2,10}");

  private final DispatchRepository dispatches;
  private final DocumentNumbers numbers;
  private final OrganisationService organisation;
  private final WorkingDayCalendar calendar;
  private final SourceDocuments sources;
  /** Addressing of the most recently fanned-out (issued, hence unchanging) dispatches. */
  private final Map<Long, Addressing> issued = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Addressing> eldest) {
      return size() > 16;
    }
  });

  DispatchService(DispatchRepository dispatches, DocumentNumbers numbers, OrganisationService organisation,
      WorkingDayCalendar calendar, SourceDocuments sources) {
    this.dispatches = dispatches;
    this.numbers = numbers;
    this.organisation = organisation;
    this.calendar = calendar;
    this.sources = sources;
  }

  /**
   * A draft as the advisory unit entered it; every field is checked and all problems reported together. The type
   * is a {@link DocumentType} code; none means a công văn.
   */
  public record Draft(String type, String summary, String draftingSymbol, List<Map<String, Object>> items) {
    /** A công văn. */
    public Draft(String summary, String draftingSymbol, List<Map<String, Object>> items) {
      this(null, summary, draftingSymbol, items);
    }
  }

  /** {@code dispatch_item.text}: varchar(8000). */
  static final int MAX_ITEM_TEXT = 8000;

  /**
   * Validates and stores the draft of the dispatch that process instance {@code processInstanceId} prepares
   * (creating it on the first draft, replacing its items on a redraft).
   *
   * @param today the drafting date: no item may fall due before it
   * @param latest the deadline set from above (the centre, or the parent assignment), or null
   */
  @Transactional
  public Dispatch saveDraft(String processInstanceId, Long incomingId, String issuerCode, String advisoryUnitCode,
      Draft draft, LocalDate today, LocalDate latest) {
    Validation v = new Validation();
    DocumentType type = v.isBlank(draft.type()) ? DocumentType.CONG_VAN : DocumentType.byCode(draft.type()).orElse(null);
    v.require(type != null, "dispatchType",
        "Loại văn bản '" + draft.type() + "' không có trong danh mục của Nghị định 30/2020/NĐ-CP.");
    v.require(type == null || DocumentType.ASSIGNING.contains(type), "dispatchType",
        type == null ? null : type.label() + " không dùng để giao nhiệm vụ; chọn một trong: "
            + String.join(", ", DocumentType.ASSIGNING.stream().map(DocumentType::label).toList()) + ".");
    v.requireText(draft.summary(), "dispatchSummary", "Chưa nhập trích yếu của văn bản.");
    v.require(draft.summary() == null || draft.summary().length() <= 2000, "dispatchSummary",
        "Trích yếu dài quá 2000 ký tự.");
    v.require(draft.draftingSymbol() != null && DRAFTING_SYMBOL.matcher(draft.draftingSymbol().trim()).matches(),
        "dispatchSymbol", "Ký hiệu đơn vị soạn thảo gồm 2 đến 10 chữ in hoa, ví dụ KTTH.");
    v.require(!draft.items().isEmpty(), "items", "Văn bản phải có ít nhất một nhiệm vụ.");
    List<DispatchItem> items = new ArrayList<>();
    int no = 0;
    for (Map<String, Object> raw : draft.items()) {
      no++;
      String prefix = "Nhiệm vụ " + no + ": ";
      String field = "items[" + (no - 1) + "]";
      String text = string(v.text(raw.get(Item.TEXT), field + ".text", prefix + "nội dung"));
      String lead = string(v.text(raw.get(Item.LEAD_UNIT), field + ".leadUnit", prefix + "đơn vị chủ trì"));
      v.require(text == null || text.length() <= MAX_ITEM_TEXT, field + ".text",
          prefix + "nội dung dài quá " + MAX_ITEM_TEXT + " ký tự.");
      v.require(lead == null || lead.length() <= 64, field + ".leadUnit", prefix + "mã đơn vị chủ trì quá dài.");
      List<String> cooperating = strings(raw.get(Item.COOPERATING_UNITS));
      v.require(String.join(",", cooperating).length() <= 2000, field + ".cooperatingUnits",
          prefix + "danh sách đơn vị phối hợp quá dài.");
      v.requireText(text, field + ".text", prefix + "chưa nhập nội dung.");
      v.requireText(lead, field + ".leadUnit", prefix + "chưa chọn đơn vị chủ trì.");
      LocalDate due = null;
      try {
        due = Dates.parse(raw.get(Item.DUE_DATE), field + ".dueDate", prefix + "hạn hoàn thành");
        List<String> targets = new ArrayList<>(cooperating);
        if (lead != null) {
          targets.add(lead);
        }
        organisation.resolveNewTargets(issuerCode, targets, field);
      } catch (InvalidInputException e) {
        v.addAll(e, prefix);
      }
      v.require(due != null || raw.get(Item.DUE_DATE) != null, field + ".dueDate", prefix + "chưa nhập hạn hoàn thành.");
      if (due != null && !calendar.holidays().covers(due.getYear())) {
        v.require(false, field + ".dueDate", calendar.notCovered(prefix + "hạn hoàn thành", due));
        due = null;
      }
      if (due != null) {
        v.require(!due.isBefore(today), field + ".dueDate",
            prefix + "hạn hoàn thành " + Dates.vn(due) + " đã qua (trước ngày " + Dates.vn(today) + ").");
        v.require(latest == null || !due.isAfter(latest), field + ".dueDate",
            prefix + "hạn hoàn thành " + Dates.vn(due) + " muộn hơn thời hạn cấp trên yêu cầu (" + Dates.vn(latest) + ").");
      }
      v.require(lead == null || !cooperating.contains(lead), field + ".cooperatingUnits",
          prefix + "đơn vị chủ trì không đồng thời là đơn vị phối hợp.");
      if (text != null && lead != null && due != null) {
        items.add(new DispatchItem(no, text.trim(), lead, cooperating, due));
      }
    }
    v.throwIfInvalid();
    Dispatch dispatch = dispatches.findByProcessInstanceId(processInstanceId)
        .orElseGet(() -> new Dispatch(incomingId, issuerCode, advisoryUnitCode, processInstanceId));
    dispatch.redraft(type, draft.summary().trim(), draft.draftingSymbol().trim(), items);
    return dispatches.save(dispatch);
  }

  /** Marks a drafted dispatch as the re-dispatch of an assignment (its sub-assignments belong to that one). */
  @Transactional
  public void attachToAssignment(Long dispatchId, Long parentAssignmentId) {
    require(dispatchId).belongsTo(parentAssignmentId);
  }

  /** Numbers and dates the approved dispatch. Idempotent: a retried job keeps the number already given. */
  @Transactional
  public Dispatch issue(Long dispatchId, LocalDate issuedOn) {
    Dispatch dispatch = require(dispatchId);
    if (dispatch.getStatus() == DispatchStatus.ISSUED) {
      return dispatch;
    }
    Unit issuer = organisation.require(dispatch.getIssuerCode(), "issuer");
    DocumentNumbers.Issued n = numbers.issue(dispatch.type(), issuer.getCode(), issuer.getSymbol(),
        dispatch.getDraftingSymbol(), issuedOn);
    dispatch.issue(n.year(), n.number(), n.numberSymbol(), issuedOn);
    return dispatches.save(dispatch);
  }

  public Dispatch require(Long dispatchId) {
    return dispatches.findWithItemsById(dispatchId)
        .orElseThrow(() -> new IllegalStateException("No dispatch " + dispatchId));
  }

  /** Every unit that receives the dispatch, as lead or cooperating unit of at least one item, in item order. */
  @Transactional(readOnly = true)
  public List<String> recipients(Long dispatchId) {
    return addressing(dispatchId).recipients();
  }

  /** The items a unit must act on, with its role in each. */
  @Transactional(readOnly = true)
  public List<UnitItem> itemsFor(Long dispatchId, String unitCode) {
    return addressing(dispatchId).items().getOrDefault(unitCode, List.of());
  }

  /**
   * Who receives which items of a dispatch. Resolving a group target ("all communes") reads the organisation, so
   * it is done once per dispatch, not once per recipient unit: the fan-out to N units calls {@link #itemsFor} N
   * times. An issued dispatch never changes, so its addressing is kept (for the last few dispatches) and every
   * assignment job of the fan-out finds it without touching the database; a draft is resolved afresh.
   */
  private Addressing addressing(Long dispatchId) {
    Addressing cached = issued.get(dispatchId);
    if (cached != null) {
      return cached;
    }
    Dispatch dispatch = require(dispatchId);
    Set<String> recipients = new LinkedHashSet<>();
    Map<String, List<UnitItem>> items = new HashMap<>();
    for (DispatchItem item : dispatch.getItems()) {
      Set<String> lead = organisation.resolveTargets(dispatch.getIssuerCode(), List.of(item.getLeadTarget()), "items");
      Set<String> cooperating = organisation.resolveTargets(dispatch.getIssuerCode(), item.getCooperatingCodes(),
          "items");
      recipients.addAll(lead);
      recipients.addAll(cooperating);
      for (String unit : lead) {
        items.computeIfAbsent(unit, k -> new ArrayList<>())
            .add(new UnitItem(item.getItemNo(), item.getText(), UnitItem.LEAD, item.getDueDate()));
      }
      for (String unit : cooperating) {
        if (!lead.contains(unit)) {
          items.computeIfAbsent(unit, k -> new ArrayList<>())
              .add(new UnitItem(item.getItemNo(), item.getText(), UnitItem.COOPERATING, item.getDueDate()));
        }
      }
    }
    Map<String, List<UnitItem>> frozen = new HashMap<>();
    items.forEach((unit, list) -> frozen.put(unit, List.copyOf(list)));
    String links = dispatch.getIncomingId() == null ? "" : sources.attachmentLinks(dispatch.getIncomingId());
    Addressing addressing = new Addressing(new Heading(dispatch.getAdvisoryUnitCode(), dispatch.getNumberSymbol(),
        dispatch.getIssuedOn(), dispatch.getSummary(), links), List.copyOf(recipients), Map.copyOf(frozen));
    if (dispatch.getStatus() == DispatchStatus.ISSUED) {
      issued.put(dispatchId, addressing);
    }
    return addressing;
  }

  private record Addressing(Heading heading, List<String> recipients, Map<String, List<UnitItem>> items) {}

  /**
   * What a receiving unit is shown of the dispatch itself, with the link to the PDF of the directive it carries out
   * (Markdown, empty when the directive was registered without one).
   */
  public record Heading(String advisoryUnitCode, String numberSymbol, LocalDate issuedOn, String summary,
      String attachmentLinks) {}

  /** The dispatch's heading; for an issued dispatch from the addressing kept for its fan-out. */
  @Transactional(readOnly = true)
  public Heading heading(Long dispatchId) {
    return addressing(dispatchId).heading();
  }

  /** An item as one unit sees it. */
  public record UnitItem(int no, String text, String role, LocalDate dueDate) {
    public static final String LEAD = "Chủ trì";
    public static final String COOPERATING = "Phối hợp";
  }

  private static String string(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().filter(o -> o != null && !o.toString().isBlank()).map(Object::toString).toList();
    }
    if (value instanceof String s && !s.isBlank()) {
      return List.of(s.split("\\s*,\\s*"));
    }
    return List.of();
  }
}
