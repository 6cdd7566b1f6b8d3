package vn.cascade.restructuring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.common.EngineAccess;
import vn.cascade.common.EngineClock;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.JsonVariables;
import vn.cascade.common.RecordNotFoundException;
import vn.cascade.common.Validation;
import vn.cascade.organisation.Groups;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.Unit;
import vn.cascade.organisation.UnitKind;
import vn.cascade.organisation.UnitRepository;

/**
 * Mergers, renamings and abolitions with an effective date, carried out on a running system (Resolution
 * 190/2025/QH15: work is not interrupted, duplicated or dropped). A request can be previewed (dry run); applying
 * runs in one transaction of the {@code restructuring} process's async job, so it either completes or, when
 * interrupted, is retried as a whole; every moved item is audited.
 */
@Service
public class RestructuringService {


  private final RestructuringRepository restructurings;
  private final RestructuringMoveRepository moves;
  private final Succession succession;
  private final OrganisationService organisation;
  private final UnitRepository units;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final Groups groups;
  private final EngineAccess engine;
  private final EngineClock clock;

  RestructuringService(RestructuringRepository restructurings, RestructuringMoveRepository moves,
      Succession succession, OrganisationService organisation, UnitRepository units, IdentityService identityService,
      RuntimeService runtimeService, Groups groups, EngineAccess engine, EngineClock clock) {
    this.restructurings = restructurings;
    this.moves = moves;
    this.succession = succession;
    this.organisation = organisation;
    this.units = units;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.groups = groups;
    this.engine = engine;
    this.clock = clock;
  }

  /** A new unit a merger creates. */
  public record NewUnit(
      @Size(max = 63, message = "Mã đơn vị dài quá {max} ký tự.") String code,
      @Size(max = 255, message = "Tên đơn vị dài quá {max} ký tự.") String name,
      UnitKind kind,
      @Size(max = 64, message = "Mã đơn vị cấp trên dài quá {max} ký tự.") String parentCode,
      @Size(max = 32, message = "Chữ viết tắt dài quá {max} ký tự.") String symbol) {}

  /**
   * What the administrator asks for. MERGE: {@code sources} into {@code targetCode} or into {@code newUnit};
   * RENAME: one source and {@code newName}; ABOLISH: one source, and per open assignment ({@code routing}: id →
   * unit) up to its parent (the default) or down to a unit below it.
   */
  public record Request(RestructuringKind kind,
      @Size(max = 100, message = "Danh sách đơn vị quá dài (tối đa {max}).")
      List<@Size(max = 64, message = "Mã đơn vị dài quá {max} ký tự.") String> sources,
      @Size(max = 64, message = "Mã đơn vị tiếp nhận dài quá {max} ký tự.") String targetCode,
      @Valid NewUnit newUnit,
      @Size(max = 255, message = "Tên mới dài quá {max} ký tự.") String newName,
      @Size(max = 1000, message = "Bảng chuyển việc quá dài (tối đa {max}).") Map<Long, String> routing,
      Boolean moveStaff, LocalDate effectiveDate) {}

  public record Plan(Long id, RestructuringKind kind, LocalDate effectiveDate, String status, List<Move> moves) {}

  /** The dry run: everything that would move, nothing changed. */
  @Transactional(readOnly = true)
  public Plan preview(Request request) {
    Restructuring r = validate(request, "preview");
    return new Plan(null, r.getKind(), r.getEffectiveDate(), "PREVIEW", engine.asSystem(() -> run(r, false)));
  }

  /** Records the request and starts its process, which applies it on the effective date. */
  @Transactional
  public Plan schedule(Request request, String administrator) {
    Restructuring r = restructurings.save(validate(request, administrator));
    List<Move> planned = engine.asSystem(() -> run(r, false));
    String pid = engine.asSystem(() -> runtimeService.startProcessInstanceByKey(RestructuringProcess.KEY,
        RestructuringProcess.businessKey(r.getId()), RestructuringProcess.RESTRUCTURING.putIn(new HashMap<>(), r.getId()))
        .getId());
    r.startedAs(pid);
    return new Plan(r.getId(), r.getKind(), r.getEffectiveDate(), r.getStatus().name(), planned);
  }

  /** Applies it; a second call (a retried job) does nothing more. */
  @Transactional
  public Plan apply(Long id) {
    Restructuring r = restructurings.findById(id).orElseThrow();
    if (r.getStatus() == Restructuring.Status.SCHEDULED) {
      List<Move> applied = engine.asSystem(() -> run(r, true));
      applied.forEach(m -> moves.save(new RestructuringMove(id, m, clock.now())));
      r.applied(clock.now());
    }
    return audit(id);
  }

  @Transactional(readOnly = true)
  public Plan audit(Long id) {
    Restructuring r = restructurings.findById(id)
        .orElseThrow(() -> new RecordNotFoundException("id", "Không tìm thấy yêu cầu sắp xếp đơn vị " + id + "."));
    return new Plan(id, r.getKind(), r.getEffectiveDate(), r.getStatus().name(),
        moves.findByRestructuringIdOrderById(id).stream().map(RestructuringMove::toMove).toList());
  }

  public java.util.Date effectiveAt(Long id) {
    Restructuring r = restructurings.findById(id).orElseThrow();
    return java.util.Date.from(r.getEffectiveDate().atStartOfDay(vn.cascade.calendar.WorkingDayCalendar.ZONE).toInstant());
  }

  private List<Move> run(Restructuring r, boolean apply) {
    List<Move> result = new ArrayList<>();
    switch (r.getKind()) {
      case MERGE -> {
        String target = r.getTargetCode();
        if (r.getNewUnit() != null) {
          NewUnit n = newUnit(r);
          target = n.code();
          if (!units.existsById(n.code())) {
            result.add(new Move(Move.CREATE_UNIT, n.code(), null, n.code(), n.name()));
            if (apply) {
              organisation.createUnit(n.code(), n.name(), n.kind(), n.parentCode(), n.symbol(), null);
            }
          }
        }
        for (String source : r.getSources()) {
          String to = target;
          result.addAll(succession.move(source, to, id -> to, r.isMoveStaff(), apply));
          result.add(retire(source, to, apply));
        }
      }
      case RENAME -> {
        Unit unit = units.findById(r.getSources().get(0)).orElseThrow();
        if (!unit.getName().equals(r.getNewName())) {
          result.add(new Move(Move.RENAME_UNIT, unit.getCode(), unit.getCode(), unit.getCode(),
              unit.getName() + " → " + r.getNewName()));
          if (apply) {
            unit.rename(r.getNewName());
            renameGroups(unit);
          }
        }
      }
      case ABOLISH -> {
        Unit unit = units.findById(r.getSources().get(0)).orElseThrow();
        Map<Long, String> routing = routing(r);
        String parent = unit.getParentCode();
        result.addAll(succession.move(unit.getCode(), parent, id -> routing.getOrDefault(id, parent), false, apply));
        result.add(retire(unit.getCode(), parent, apply));
      }
      default -> throw new IllegalStateException();
    }
    return result;
  }

  private Move retire(String code, String successor, boolean apply) {
    Unit unit = units.findById(code).orElseThrow();
    if (apply && unit.isActive()) {
      unit.mergeInto(successor);
    }
    return new Move(Move.UNIT_STATUS, code, code, successor, unit.getName() + " (cũ)");
  }

  private void renameGroups(Unit unit) {
    for (String[] g : new String[][] {{groups.staff(unit.getCode()), "Chuyên viên - "},
        {groups.leaders(unit.getCode()), "Lãnh đạo - "}}) {
      Group group = identityService.createGroupQuery().groupId(g[0]).singleResult();
      if (group != null) {
        group.setName(g[1] + unit.getName());
        identityService.saveGroup(group);
      }
    }
  }

  private Restructuring validate(Request q, String user) {
    Validation v = new Validation();
    v.require(q.kind() != null, "kind", "Chưa chọn hình thức sắp xếp (MERGE, RENAME, ABOLISH).");
    List<String> sources = q.sources() == null ? List.of() : q.sources();
    v.require(!sources.isEmpty(), "sources", "Chưa chọn đơn vị được sắp xếp.");
    for (String s : sources) {
      v.require(units.findById(s).filter(Unit::isActive).isPresent(), "sources",
          "Không tìm thấy đơn vị đang hoạt động '" + s + "'.");
    }
    if (q.kind() == RestructuringKind.MERGE) {
      boolean hasTarget = q.targetCode() != null && !q.targetCode().isBlank();
      v.require(hasTarget ^ (q.newUnit() != null), "targetCode",
          "Hợp nhất vào một đơn vị có sẵn (targetCode) hoặc vào đơn vị mới (newUnit), chọn một.");
      v.require(!hasTarget || units.findById(q.targetCode()).filter(Unit::isActive).isPresent(), "targetCode",
          "Không tìm thấy đơn vị tiếp nhận '" + q.targetCode() + "'.");
      v.require(!hasTarget || !sources.contains(q.targetCode()), "targetCode",
          "Đơn vị tiếp nhận không được là đơn vị bị hợp nhất.");
      if (q.newUnit() != null) {
        v.require(q.newUnit().code() != null && !units.existsById(q.newUnit().code()), "newUnit.code",
            "Mã đơn vị mới đã tồn tại hoặc để trống.");
        v.requireText(q.newUnit().name(), "newUnit.name", "Chưa nhập tên đơn vị mới.");
        v.requireText(q.newUnit().symbol(), "newUnit.symbol", "Chưa nhập chữ viết tắt của đơn vị mới.");
        v.require(q.newUnit().kind() != null, "newUnit.kind", "Chưa chọn loại đơn vị mới.");
      }
    }
    if (q.kind() == RestructuringKind.RENAME) {
      v.require(sources.size() == 1, "sources", "Đổi tên từng đơn vị một.");
      v.requireText(q.newName(), "newName", "Chưa nhập tên mới.");
    }
    if (q.kind() == RestructuringKind.ABOLISH) {
      v.require(sources.size() == 1, "sources", "Giải thể từng đơn vị một.");
      Unit unit = sources.isEmpty() ? null : units.findById(sources.get(0)).orElse(null);
      v.require(unit == null || unit.getParentCode() != null, "sources", "Không thể giải thể đơn vị cấp cao nhất.");
      if (unit != null && q.routing() != null) {
        List<String> below = organisation.subtree(unit.getCode()).stream().map(Unit::getCode).toList();
        q.routing().forEach((assignment, to) -> v.require(to.equals(unit.getParentCode()) || below.contains(to),
            "routing", "Nhiệm vụ " + assignment + " chỉ có thể chuyển lên cấp trên hoặc xuống một đơn vị thuộc '"
                + unit.getName() + "', không chuyển cho '" + to + "'."));
      }
    }
    LocalDate effective = q.effectiveDate() == null ? clock.today() : q.effectiveDate();
    v.throwIfInvalid();
    boolean moveStaff = q.moveStaff() != null ? q.moveStaff() : q.kind() == RestructuringKind.MERGE;
    return new Restructuring(q.kind(), sources, q.targetCode(), q.newUnit() == null ? null : json(q.newUnit()),
        q.newName(), q.routing() == null ? null : json(q.routing()), moveStaff, effective, user, clock.now());
  }

  private static String json(Object value) {
    try {
      return JsonVariables.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static NewUnit newUnit(Restructuring r) {
    try {
      return JsonVariables.mapper().readValue(r.getNewUnit(), NewUnit.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<Long, String> routing(Restructuring r) {
    if (r.getRouting() == null) {
      return Map.of();
    }
    try {
      return JsonVariables.mapper().readValue(r.getRouting(), new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
