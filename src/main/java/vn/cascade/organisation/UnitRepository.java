package vn.cascade.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, String> {

  List<Unit> findByStatusOrderByName(UnitStatus status);

  List<Unit> findByParentCodeAndStatus(String parentCode, UnitStatus status);

  List<Unit> findByCodeIn(Collection<String> codes);
}
