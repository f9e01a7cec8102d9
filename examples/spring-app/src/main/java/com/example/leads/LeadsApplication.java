package com.example.leads;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service that enriches sales leads with The Hog API; its HogClient comes from hog-spring-boot-starter. */
@SpringBootApplication
public class LeadsApplication {

  public static void main(String[] args) {
    SpringApplication.run(LeadsApplication.class, args);
  }
}
