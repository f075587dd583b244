package org.crms.domain.archviolationb;

/** With FeatureA, breaks "domain features are free of cycles". */
public class FeatureB {
  org.crms.domain.archviolationa.FeatureA a;
}
