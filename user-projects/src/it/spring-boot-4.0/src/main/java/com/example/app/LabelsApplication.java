package com.example.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application that keeps the labels of a FindMatches transform. */
@SpringBootApplication
public class LabelsApplication {

  public static void main(String[] args) {
    SpringApplication.run(LabelsApplication.class, args);
  }
}
