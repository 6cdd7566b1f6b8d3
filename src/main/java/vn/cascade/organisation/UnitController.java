package vn.cascade.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The organisation: every signed-in user may list units; administrators create them. */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Đơn vị (units)")
class UnitController {

  private final OrganisationService organisation;
  private final UnitRepository units;
  private final IdentityService identityService;

  UnitController(OrganisationService organisation, UnitRepository units, IdentityService identityService) {
    this.organisation = organisation;
    this.units = units;
    this.identityService = identityService;
  }

  record UnitView(String code, String name, String kind, String kindLabel, String parentCode, String symbol,
      String status, String successorCode) {
    static UnitView of(Unit u) {
      return new UnitView(u.getCode(), u.getDisplayName(), u.getKind().name(), u.getKind().label(), u.getParentCode(),
          u.getSymbol(), u.getStatus().name(), u.getSuccessorCode());
    }
  }

  record CreateUnit(
      @Size(max = 63, message = "Mã đơn vị dài quá {max} ký tự.") String code,
      @Size(max = 255, message = "Tên đơn vị dài quá {max} ký tự.") String name,
      UnitKind kind,
      @Size(max = 64, message = "Mã đơn vị cấp trên dài quá {max} ký tự.") String parentCode,
      @Size(max = 32, message = "Chữ viết tắt dài quá {max} ký tự.") String symbol,
      @Size(max = 255, message = "Địa chỉ thư điện tử dài quá {max} ký tự.")
      @Email(message = "Địa chỉ thư điện tử không hợp lệ.") String email) {}

  @Operation(summary = "Danh sách đơn vị")
  @GetMapping
  public List<UnitView> list() {
    return units.findAll().stream().map(UnitView::of).toList();
  }

  @Operation(summary = "Tạo đơn vị (quản trị viên); tạo kèm nhóm chuyên viên và nhóm lãnh đạo trong Camunda")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public UnitView create(@Valid @RequestBody CreateUnit request) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(Groups.ADMINS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được tạo đơn vị.");
    }
    return UnitView.of(organisation.createUnit(request.code(), request.name(), request.kind(), request.parentCode(),
        request.symbol(), request.email()));
  }
}
