package vn.cascade.restructuring;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RestructuringRepository extends JpaRepository<Restructuring, Long> {}
