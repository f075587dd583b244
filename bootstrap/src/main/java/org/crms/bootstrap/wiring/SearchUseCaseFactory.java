package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.crms.application.port.out.DashboardQueries;
import org.crms.application.port.out.SearchIndex;
import org.crms.application.port.out.TrashQueries;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.service.dashboard.GetDashboardService;
import org.crms.application.service.search.SearchService;
import org.crms.application.service.trash.ListTrashService;

/**
 * Builds the use cases that read across every kind of item: search, the dashboard and the trash.
 */
@Factory
class SearchUseCaseFactory {
  @Singleton
  SearchService search(SearchIndex index, UnitOfWork uow) {
    return new SearchService(index, uow);
  }

  @Singleton
  GetDashboardService dashboard(DashboardQueries queries, UnitOfWork uow, Clock clock) {
    return new GetDashboardService(queries, uow, clock);
  }

  @Singleton
  ListTrashService trash(TrashQueries trash, UnitOfWork uow) {
    return new ListTrashService(trash, uow);
  }
}
