package vn.cascade.restructuring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RestructuringMoveRepository extends JpaRepository<RestructuringMove, Long> {

  List<RestructuringMove> findByRestructuringIdOrderById(Long restructuringId);
}
