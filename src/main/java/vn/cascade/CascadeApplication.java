package vn.cascade;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CascadeApplication {

  public static void main(String[] args) {
    SpringApplication.run(CascadeApplication.class, args);
  }
}
