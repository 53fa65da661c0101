package com.example.app;

import org.springframework.stereotype.Service;

/** Where the application backs a transform's labels up. */
@Service
public class LabelBackups {

  public String outputPathOf(String transformId) {
    return "s3://label-backups/" + transformId + "/";
  }
}
