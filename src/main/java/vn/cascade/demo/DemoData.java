package vn.cascade.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.organisation.Groups;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.UnitKind;
import vn.cascade.organisation.UnitRepository;

/**
 * Demo profile only: Kon Tum province as the seed documents show it (Công văn 2324/UBND-KTTH, 562/UBND-KTTH and Ngọc
 * Hồi's re-dispatch), with a leader and a specialist per unit. Every demo password is {@code demo}.
 */
@Component
@Profile("demo")
class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  static final String PASSWORD = "demo";

  /** code, name, kind, parent, symbol, leader (first, last), specialist (first, last). */
  record DemoUnit(String code, String name, UnitKind kind, String parent, String symbol, String[] leader,
      String[] specialist) {}

  static final List<DemoUnit> CENTRAL = List.of(
      new DemoUnit("ttg", "Thủ tướng Chính phủ", UnitKind.CENTRAL, null, "TTg", null, null),
      new DemoUnit("vpcp", "Văn phòng Chính phủ", UnitKind.CENTRAL, null, "VPCP", null, null),
      new DemoUnit("bkhdt", "Bộ Kế hoạch và Đầu tư", UnitKind.CENTRAL, null, "BKHĐT", null, null),
      new DemoUnit("btc", "Bộ Tài chính", UnitKind.CENTRAL, null, "BTC", null, null));

  static final List<DemoUnit> PROVINCE = List.of(
      new DemoUnit("ubnd-tinh", "Ủy ban nhân dân tỉnh Kon Tum", UnitKind.PROVINCIAL_PC, null, "UBND",
          n("Văn", "Trần Quốc"), null),
      new DemoUnit("vp-ubnd", "Văn phòng UBND tỉnh", UnitKind.PROVINCIAL_OFFICE, "ubnd-tinh", "VP",
          n("Hùng", "Lê Mạnh"), n("Thảo", "Phạm Thị")),
      new DemoUnit("skhdt", "Sở Kế hoạch và Đầu tư", UnitKind.DEPARTMENT, "ubnd-tinh", "SKHĐT",
          n("Dũng", "Nguyễn Tiến"), n("Lan", "Võ Thị Ngọc")),
      new DemoUnit("stnmt", "Sở Tài nguyên và Môi trường", UnitKind.DEPARTMENT, "ubnd-tinh", "STNMT",
          n("Phúc", "Đặng Hữu"), n("Hà", "Trịnh Thu")),
      new DemoUnit("stc", "Sở Tài chính", UnitKind.DEPARTMENT, "ubnd-tinh", "STC",
          n("Bình", "Hoàng Thanh"), n("Mai", "Lý Thị")),
      new DemoUnit("sct", "Sở Công Thương", UnitKind.DEPARTMENT, "ubnd-tinh", "SCT",
          n("Quang", "Vũ Đình"), n("Hương", "Bùi Thị")),
      new DemoUnit("bchqs", "Bộ Chỉ huy Quân sự tỉnh", UnitKind.DEPARTMENT, "ubnd-tinh", "BCHQS",
          n("Thắng", "Phan Văn"), n("Toàn", "Đỗ Minh")),
      new DemoUnit("bdbp", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", UnitKind.DEPARTMENT, "ubnd-tinh", "BĐBP",
          n("Cường", "Ngô Quốc"), n("Khoa", "Dương Anh")),
      new DemoUnit("snnptnt", "Sở Nông nghiệp và Phát triển nông thôn", UnitKind.DEPARTMENT, "ubnd-tinh", "SNNPTNT",
          n("Nam", "Hồ Sỹ"), n("Yến", "Mai Thị Hải")),
      new DemoUnit("skhcn", "Sở Khoa học và Công nghệ", UnitKind.DEPARTMENT, "ubnd-tinh", "SKHCN",
          n("Tuấn", "Lương Anh"), n("Trang", "Đinh Thị Thu")),
      new DemoUnit("nhnn", "Ngân hàng Nhà nước - Chi nhánh tỉnh Kon Tum", UnitKind.DEPARTMENT, "ubnd-tinh", "NHNN",
          n("Long", "Tạ Hoàng"), n("Nhung", "Chu Thị Hồng")),
      new DemoUnit("sldtbxh", "Sở Lao động - Thương binh và Xã hội", UnitKind.DEPARTMENT, "ubnd-tinh", "SLĐTBXH",
          n("Sơn", "Kiều Văn"), n("Linh", "Cao Thùy")),
      new DemoUnit("sxd", "Sở Xây dựng", UnitKind.DEPARTMENT, "ubnd-tinh", "SXD",
          n("Hải", "Quách Văn"), n("Vy", "Tôn Nữ Tường")),
      new DemoUnit("sgtvt", "Sở Giao thông vận tải", UnitKind.DEPARTMENT, "ubnd-tinh", "SGTVT",
          n("Thành", "La Văn"), n("Ngân", "Âu Thị Kim")),
      new DemoUnit("ngoc-hoi", "UBND huyện Ngọc Hồi", UnitKind.DISTRICT_PC, "ubnd-tinh", "UBND",
          n("Tường", "Nguyễn Chí"), n("Đức", "A Minh")),
      new DemoUnit("plei-kan", "UBND thị trấn Plei Kần", UnitKind.COMMUNE_PC, "ngoc-hoi", "UBND",
          n("Hiếu", "Y Văn"), n("Nga", "Y Thị")),
      new DemoUnit("bo-y", "UBND xã Bờ Y", UnitKind.COMMUNE_PC, "ngoc-hoi", "UBND",
          n("Phương", "A Văn"), n("Hoa", "Y Thị Bích")),
      new DemoUnit("dak-xu", "UBND xã Đăk Xú", UnitKind.COMMUNE_PC, "ngoc-hoi", "UBND",
          n("Khánh", "A Đình"), n("Thủy", "Y Thị Thanh")));

  private final OrganisationService organisation;
  private final UnitRepository units;
  private final IdentityService identityService;
  private final Groups groups;

  DemoData(OrganisationService organisation, UnitRepository units, IdentityService identityService, Groups groups) {
    this.organisation = organisation;
    this.units = units;
    this.identityService = identityService;
    this.groups = groups;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  @Transactional
  public void load() {
    if (units.existsById("ubnd-tinh")) {
      return;
    }
    for (DemoUnit u : concat(CENTRAL, PROVINCE)) {
      organisation.createUnit(u.code(), u.name(), u.kind(), u.parent(), u.symbol(), u.code() + "@kontum.gov.vn");
      if (u.leader() != null) {
        user(u.code() + ".lanhdao", u.leader(), groups.leaders(u.code()));
      }
      if (u.specialist() != null) {
        user(u.code() + ".chuyenvien", u.specialist(), groups.staff(u.code()));
      }
    }
    // The provincial leaders, the office clerk, the Finance coordinator.
    user("chutich", n("Hòa", "Nguyễn Văn"), Groups.PROVINCE_LEADERS, groups.leaders("ubnd-tinh"));
    user("phochutich", n("Thanh", "Trần Thị"), Groups.PROVINCE_LEADERS, groups.leaders("ubnd-tinh"));
    user("vanthu", n("Hoa", "Nguyễn Thị"), Groups.PROVINCE_CLERKS, groups.staff("vp-ubnd"));
    user("stc.theodoi", n("Minh", "Trương Công"), Groups.COORDINATORS, groups.staff("stc"));
    LOG.info("Demo data loaded: Kon Tum province, {} units; every demo password is '{}'", PROVINCE.size(), PASSWORD);
  }

  private void user(String id, String[] name, String... groupIds) {
    User user = identityService.newUser(id);
    user.setFirstName(name[0]);
    user.setLastName(name[1]);
    user.setEmail(id + "@kontum.gov.vn");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    for (String group : groupIds) {
      identityService.createMembership(id, group);
    }
  }

  private static String[] n(String first, String last) {
    return new String[] {first, last};
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
