package org.crms.adapters.web.contact;

import java.util.List;
import org.crms.adapters.web.audit.HistoryLine;
import org.crms.adapters.web.page.Chrome;

/**
 * One contact record with its history, newest first.
 *
 * @param moreHistory whether older events exist than the timeline shows
 */
public record ContactRecordDetailPage(
    Chrome chrome, ContactRecordView record, List<HistoryLine> history, boolean moreHistory) {}
