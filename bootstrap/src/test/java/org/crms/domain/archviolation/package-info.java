/**
 * Deliberately bad classes that prove the architecture rules can fail; never imported by the real
 * check.
 */
package org.crms.domain.archviolation;
