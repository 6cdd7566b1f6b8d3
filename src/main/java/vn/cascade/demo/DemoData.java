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
import vn.cascade.organisation.PersonName;
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

  /** code, name, kind, parent, symbol, leader's and specialist's names (Vietnamese order). */
  record DemoUnit(String code, String name, UnitKind kind, String parent, String symbol, PersonName leader,
      PersonName specialist) {}

  static final List<DemoUnit> CENTRAL = List.of(
      new DemoUnit("ttg", "Thủ tướng Chính phủ", UnitKind.CENTRAL, null, "TTg", null, null),
      new DemoUnit("vpcp", "Văn phòng Chính phủ", UnitKind.CENTRAL, null, "VPCP", null, null),
      new DemoUnit("bkhdt", "Bộ Kế hoạch và Đầu tư", UnitKind.CENTRAL, null, "BKHĐT", null, null),
      new DemoUnit("btc", "Bộ Tài chính", UnitKind.CENTRAL, null, "BTC", null, null));

  static final List<DemoUnit> PROVINCE = List.of(
      new DemoUnit("ubnd-tinh", "Ủy ban nhân dân tỉnh Kon Tum", UnitKind.PROVINCIAL_PC, null, "UBND",
          n("Trần Quốc Văn"), null),
      new DemoUnit("vp-ubnd", "Văn phòng UBND tỉnh", UnitKind.PROVINCIAL_OFFICE, "ubnd-tinh", "VP",
          n("Lê Mạnh Hùng"), n("Phạm Thị Thảo")),
      new DemoUnit("skhdt", "Sở Kế hoạch và Đầu tư", UnitKind.DEPARTMENT, "ubnd-tinh", "SKHĐT",
          n("Nguyễn Tiến Dũng"), n("Võ Thị Ngọc Lan")),
      new DemoUnit("stnmt", "Sở Tài nguyên và Môi trường", UnitKind.DEPARTMENT, "ubnd-tinh", "STNMT",
          n("Đặng Hữu Phúc"), n("Trịnh Thu Hà")),
      new DemoUnit("stc", "Sở Tài chính", UnitKind.DEPARTMENT, "ubnd-tinh", "STC",
          n("Hoàng Thanh Bình"), n("Lý Thị Mai")),
      new DemoUnit("sct", "Sở Công Thương", UnitKind.DEPARTMENT, "ubnd-tinh", "SCT",
          n("Vũ Đình Quang"), n("Bùi Thị Hương")),
      new DemoUnit("bchqs", "Bộ Chỉ huy Quân sự tỉnh", UnitKind.DEPARTMENT, "ubnd-tinh", "BCHQS",
          n("Phan Văn Thắng"), n("Đỗ Minh Toàn")),
      new DemoUnit("bdbp", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", UnitKind.DEPARTMENT, "ubnd-tinh", "BĐBP",
          n("Ngô Quốc Cường"), n("Dương Anh Khoa")),
      new DemoUnit("snnptnt", "Sở Nông nghiệp và Phát triển nông thôn", UnitKind.DEPARTMENT, "ubnd-tinh", "SNNPTNT",
          n("Hồ Sỹ Nam"), n("Mai Thị Hải Yến")),
      new DemoUnit("skhcn", "Sở Khoa học và Công nghệ", UnitKind.DEPARTMENT, "ubnd-tinh", "SKHCN",
          n("Lương Anh Tuấn"), n("Đinh Thị Thu Trang")),
      new DemoUnit("nhnn", "Ngân hàng Nhà nước - Chi nhánh tỉnh Kon Tum", UnitKind.DEPARTMENT, "ubnd-tinh", "NHNN",
          n("Tạ Hoàng Long"), n("Chu Thị Hồng Nhung")),
      new DemoUnit("sldtbxh", "Sở Lao động - Thương binh và Xã hội", UnitKind.DEPARTMENT, "ubnd-tinh", "SLĐTBXH",
          n("Kiều Văn Sơn"), n("Cao Thùy Linh")),
      new DemoUnit("sxd", "Sở Xây dựng", UnitKind.DEPARTMENT, "ubnd-tinh", "SXD",
          n("Quách Văn Hải"), n("Tôn Nữ Tường Vy")),
      new DemoUnit("sgtvt", "Sở Giao thông vận tải", UnitKind.DEPARTMENT, "ubnd-tinh", "SGTVT",
          n("La Văn Thành"), n("Âu Thị Kim Ngân")),
      new DemoUnit("ngoc-hoi", "UBND huyện Ngọc Hồi", UnitKind.DISTRICT_PC, "ubnd-tinh", "UBND",
          n("Nguyễn Chí Tường"), n("A Minh Đức")),
      new DemoUnit("plei-kan", "UBND thị trấn Plei Kần", UnitKind.COMMUNE_PC, "ngoc-hoi", "UBND",
          n("Y Văn Hiếu"), n("Y Thị Nga")),
      new DemoUnit("bo-y", "UBND xã Bờ Y", UnitKind.COMMUNE_PC, "ngoc-hoi", "UBND",
          n("A Văn Phương"), n("Y Thị Bích Hoa")),
      new DemoUnit("dak-xu", "UBND xã Đăk Xú", UnitKind.COMMUNE_PC, "ngoc-hoi", "UBND",
          n("A Đình Khánh"), n("Y Thị Thanh Thủy")));

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
    user("chutich", n("Nguyễn Văn Hòa"), Groups.PROVINCE_LEADERS, groups.leaders("ubnd-tinh"));
    user("phochutich", n("Trần Thị Thanh"), Groups.PROVINCE_LEADERS, groups.leaders("ubnd-tinh"));
    user("vanthu", n("Nguyễn Thị Hoa"), Groups.PROVINCE_CLERKS, groups.staff("vp-ubnd"));
    user("stc.theodoi", n("Trương Công Minh"), Groups.COORDINATORS, groups.staff("stc"));
    LOG.info("Demo data loaded: Kon Tum province, {} units; every demo password is '{}'", PROVINCE.size(), PASSWORD);
  }

  private void user(String id, PersonName name, String... groupIds) {
    User user = name.applyTo(identityService.newUser(id));
    user.setEmail(id + "@kontum.gov.vn");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    for (String group : groupIds) {
      identityService.createMembership(id, group);
    }
  }

  /** A name as Vietnamese write it, "Trịnh Thu Hà" (family, middle, given). */
  private static PersonName n(String fullName) {
    return PersonName.parse(fullName);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
