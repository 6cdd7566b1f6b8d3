package vn.cascade.organisation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.TransactionScoped;
import vn.cascade.common.Validation;

/** The organisation: units in Cascade's tables, mirrored into Camunda groups. */
@Service
public class OrganisationService {

  /** Special dispatch targets: every department, every local People's Committee, or both. */
  public static final String ALL_DEPARTMENTS = "ALL_DEPARTMENTS";
  public static final String ALL_LOCAL = "ALL_LOCAL";
  public static final String ALL = "ALL";

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

  private final UnitRepository units;
  private final CamundaGroupSync groupSync;
  private final IdentityService identityService;
  private final Groups groups;
  private final JdbcTemplate jdbc;
  /** The same, for queries with an IN list of named parameters. */
  private final NamedParameterJdbcTemplate namedJdbc;
  private final UserDirectory directory;

  OrganisationService(UnitRepository units, CamundaGroupSync groupSync, IdentityService identityService, Groups groups,
      JdbcTemplate jdbc, UserDirectory directory) {
    this.units = units;
    this.groupSync = groupSync;
    this.identityService = identityService;
    this.groups = groups;
    this.jdbc = jdbc;
    this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
    this.directory = directory;
  }

  @Transactional
  public Unit createUnit(String code, String name, UnitKind kind, String parentCode, String symbol, String email) {
    Validation v = new Validation();
    v.require(code != null && CODE.matcher(code).matches(), "code",
        "Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu '-', từ 2 đến 63 ký tự.");
    v.requireText(name, "name", "Tên đơn vị là bắt buộc.");
    v.require(kind != null, "kind", "Loại đơn vị là bắt buộc.");
    v.requireText(symbol, "symbol", "Chữ viết tắt (ký hiệu) của đơn vị là bắt buộc.");
    v.require(code == null || !units.existsById(code), "code", "Mã đơn vị '" + code + "' đã tồn tại.");
    v.require(parentCode == null || units.findById(parentCode).filter(Unit::isActive).isPresent(), "parentCode",
        "Không tìm thấy đơn vị cấp trên '" + parentCode + "'.");
    v.throwIfInvalid();
    Unit unit = units.save(new Unit(code, name.trim(), kind, parentCode, symbol.trim(), email));
    groupSync.mirror(unit);
    return unit;
  }

  public Unit require(String code, String field) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException(field, "Chưa chọn đơn vị.");
    }
    return units.findById(code)
        .orElseThrow(() -> new InvalidInputException(field, "Không tìm thấy đơn vị '" + code + "'."));
  }

  /**
   * The unit that now carries out the functions of {@code code}: itself, or its successor after a merger or
   * abolition (Resolution 190/2025/QH15: the old agency's name in existing documents means its successor).
   */
  public String current(String code) {
    String current = code;
    for (int hops = 0; hops < 20; hops++) {
      Unit unit = units.findById(current).orElse(null);
      if (unit == null || unit.isActive() || unit.getSuccessorCode() == null) {
        return current;
      }
      current = unit.getSuccessorCode();
    }
    return current;
  }

  public Unit requireActive(String code, String field) {
    Unit unit = require(code, field);
    if (!unit.isActive()) {
      throw new InvalidInputException(field, "Đơn vị '" + unit.getDisplayName() + "' không còn hoạt động.");
    }
    return unit;
  }

  /**
   * For a fan-out batch: reads the units with one query (later look-ups by code are answered from the transaction's
   * persistence context) and notes which of them have no active unit below (so {@link #hasRecipientBelow} needs no
   * query for them), until the transaction ends.
   */
  public void preload(Collection<String> codes) {
    Preloaded preloaded = TransactionScoped.current(Preloaded.class, Preloaded::new);
    if (preloaded == null || codes.isEmpty()) {
      return;
    }
    units.findAllById(codes);
    Set<String> childless = new HashSet<>(codes);
    childless.removeAll(namedJdbc.queryForList(
        "select distinct parent_code from unit where parent_code in (:codes) and status = :status",
        Map.of("codes", codes, "status", UnitStatus.ACTIVE.name()), String.class));
    preloaded.childless.addAll(childless);
  }

  /** What {@link #preload} learnt in this transaction. */
  private static final class Preloaded implements TransactionSynchronization {
    final Set<String> childless = new HashSet<>();
  }

  public List<Unit> activeUnits() {
    return units.findByStatusOrderByName(UnitStatus.ACTIVE);
  }

  /**
   * Whether an active recipient unit (one that can be dispatched to) sits anywhere below {@code code}: one indexed
   * query per level, so a commune (the common case, thousands in one fan-out) costs one query that finds nothing.
   * Plain JDBC: no entities to load, and no flush of the fan-out's pending entities before the query.
   */
  public boolean hasRecipientBelow(String code) {
    Preloaded preloaded = TransactionScoped.find(Preloaded.class);
    if (preloaded != null && preloaded.childless.contains(code)) {
      return false;
    }
    List<String> frontier = List.of(code);
    while (!frontier.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (String parent : frontier) {
        for (Map<String, Object> child : jdbc.queryForList(
            "select code, kind from unit where parent_code = ? and status = ?", parent, UnitStatus.ACTIVE.name())) {
          if (UnitKind.valueOf((String) child.get("kind")).isRecipient()) {
            return true;
          }
          next.add((String) child.get("code"));
        }
      }
      frontier = next;
    }
    return false;
  }

  /** Every active unit below {@code rootCode} (not the root itself), breadth first; one query. */
  public List<Unit> subtree(String rootCode) {
    Map<String, List<Unit>> children = new HashMap<>();
    for (Unit unit : units.findByStatusOrderByName(UnitStatus.ACTIVE)) {
      if (unit.getParentCode() != null) {
        children.computeIfAbsent(unit.getParentCode(), k -> new ArrayList<>()).add(unit);
      }
    }
    List<Unit> result = new ArrayList<>();
    List<String> frontier = List.of(rootCode);
    while (!frontier.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (String parent : frontier) {
        for (Unit child : children.getOrDefault(parent, List.of())) {
          result.add(child);
          next.add(child.getCode());
        }
      }
      frontier = next;
    }
    return result;
  }

  /**
   * Units a dispatch of {@code issuerCode} may address: recipients in its subtree. A target is a unit code or
   * one of {@link #ALL_DEPARTMENTS}, {@link #ALL_LOCAL}, {@link #ALL}. A group resolves to the issuer's own units
   * of that kind, which may be none (a district has no departments below it): see {@link #resolveNewTargets}.
   */
  public Set<String> resolveTargets(String issuerCode, Collection<String> targets, String field) {
    return resolve(issuerCode, targets, field, false);
  }

  /**
   * {@link #resolveTargets} for a new dispatch or request: besides refusing a unit outside the issuer's subtree, it
   * refuses a group that reaches none of the issuer's units and a set of targets that reaches no unit at all.
   */
  public Set<String> resolveNewTargets(String issuerCode, Collection<String> targets, String field) {
    Set<String> result = resolve(issuerCode, targets, field, true);
    if (result.isEmpty()) {
      throw new InvalidInputException(field, "Không có đơn vị nào nhận: hãy chọn ít nhất một đơn vị cấp dưới của "
          + issuerName(issuerCode) + ".");
    }
    return result;
  }

  private Set<String> resolve(String issuerCode, Collection<String> targets, String field, boolean strict) {
    List<Unit> reachable = reachable(issuerCode);
    Set<String> reachableCodes = new LinkedHashSet<>();
    reachable.forEach(u -> reachableCodes.add(u.getCode()));
    Set<String> result = new LinkedHashSet<>();
    for (String named : targets) {
      String target = named;
      Set<String> group = group(reachable, target);
      if (group != null) {
        if (strict && group.isEmpty()) {
          throw new InvalidInputException(field, "'" + groupLabel(target, reachable) + "': " + issuerName(issuerCode)
              + " không có đơn vị cấp dưới nào thuộc nhóm này, văn bản sẽ không đến đơn vị nào. Hãy chọn các đơn vị"
              + " cấp dưới của mình.");
        }
        result.addAll(group);
        continue;
      }
      target = current(target);
      if (!reachableCodes.contains(target)) {
        Unit unit = units.findById(target).orElse(null);
        throw new InvalidInputException(field, unit == null
            ? "Không tìm thấy đơn vị '" + target + "'."
            : "Đơn vị '" + unit.getDisplayName() + "' không thuộc phạm vi giao nhiệm vụ của đơn vị ban hành.");
      }
      result.add(target);
    }
    return result;
  }

  /** The recipient units in the issuer's subtree. */
  private List<Unit> reachable(String issuerCode) {
    return subtree(issuerCode).stream().filter(u -> u.getKind().isRecipient()).toList();
  }

  /** The units a group target reaches among {@code reachable}; null when the target is not a group. */
  private static Set<String> group(List<Unit> reachable, String target) {
    if (target == null) {
      return null;
    }
    Set<String> result = new LinkedHashSet<>();
    switch (target) {
      case ALL_DEPARTMENTS -> reachable.stream().filter(u -> u.getKind() == UnitKind.DEPARTMENT)
          .forEach(u -> result.add(u.getCode()));
      case ALL_LOCAL -> reachable.stream().filter(u -> u.getKind() == UnitKind.DISTRICT_PC
              || u.getKind() == UnitKind.COMMUNE_PC)
          .forEach(u -> result.add(u.getCode()));
      case ALL -> reachable.stream().filter(u -> u.getKind() != UnitKind.PROVINCIAL_OFFICE)
          .forEach(u -> result.add(u.getCode()));
      default -> {
        return null;
      }
    }
    return result;
  }

  /** How a group target is offered: "all communes" for a district, "all district and commune PCs" for the province. */
  private static String groupLabel(String target, List<Unit> reachable) {
    boolean districts = reachable.stream().anyMatch(u -> u.getKind() == UnitKind.DISTRICT_PC);
    boolean communes = reachable.stream().anyMatch(u -> u.getKind() == UnitKind.COMMUNE_PC);
    boolean departments = reachable.stream().anyMatch(u -> u.getKind() == UnitKind.DEPARTMENT);
    return switch (target) {
      case ALL_DEPARTMENTS -> "Tất cả các sở, ban, ngành";
      case ALL_LOCAL -> districts ? "Tất cả UBND cấp huyện, cấp xã" : communes ? "Tất cả UBND cấp xã trực thuộc"
          : "Tất cả UBND cấp huyện, cấp xã";
      case ALL -> departments ? "Tất cả sở, ban, ngành và địa phương" : "Tất cả các đơn vị cấp dưới";
      default -> target;
    };
  }

  private String issuerName(String issuerCode) {
    return units.findById(issuerCode).map(Unit::getDisplayName).orElse(issuerCode);
  }

  /**
   * Select options ({@code label}, {@code value}) of the units a dispatch of the issuer may address: with
   * {@code withGroups} first the groups that reach at least one of its units (a group reaching the same units as
   * one offered before it is left out: a district's "all local PCs" and "all" are both its communes).
   */
  public List<Map<String, String>> recipientOptions(String issuerCode, boolean withGroups) {
    List<Map<String, String>> options = new ArrayList<>();
    List<Unit> reachable = reachable(issuerCode);
    if (withGroups) {
      List<Set<String>> offered = new ArrayList<>();
      for (String target : List.of(ALL_DEPARTMENTS, ALL_LOCAL, ALL)) {
        Set<String> group = group(reachable, target);
        if (!group.isEmpty() && !offered.contains(group)) {
          offered.add(group);
          options.add(option(groupLabel(target, reachable), target));
        }
      }
    }
    reachable.forEach(u -> options.add(option(u.getName(), u.getCode())));
    return options;
  }

  /** Specialists of a unit, as select options, in Vietnamese order of names (given name first, PersonName.sortKey). */
  public List<Map<String, String>> specialistOptions(String unitCode) {
    List<Map<String, String>> options = new ArrayList<>();
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    Comparator<User> byName = Comparator.comparing((User u) -> PersonName.of(u).sortKey(), vietnamese)
        .thenComparing(User::getId);
    for (User user : directory.members(groups.staff(unitCode)).stream().sorted(byName).toList()) {
      options.add(option(UserDirectory.fullName(user), user.getId()));
    }
    return options;
  }

  public String fullName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : UserDirectory.fullName(user);
  }

  public List<String> memberIds(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
  }

  public boolean isMember(String userId, String groupId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  private static Map<String, String> option(String label, String value) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }
}
