package org.crms.domain.archviolationa;

/** With FeatureB, breaks "domain features are free of cycles". */
public class FeatureA {
  org.crms.domain.archviolationb.FeatureB b;
}
