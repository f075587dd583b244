package org.crms.adapters.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

/**
 * Where a request came from, as the audit trail records it: the address of the connection's peer,
 * never a header a client could write. Micronaut's default resolver believes {@code Forwarded} and
 * {@code X-Forwarded-For} from anyone, so this one replaces it.
 *
 * <p>Behind a reverse proxy, set {@code micronaut.server.client-address-header} to the header the
 * proxy writes. With a list header such as {@code X-Forwarded-For} the last entry is taken: it is
 * the one the nearest proxy added, the others came from the client. The value is cut to {@value
 * #MAX_LENGTH} characters, so that nobody can flood the audit trail through it.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
final class ConnectionClientAddressResolver implements HttpClientAddressResolver {
  static final int MAX_LENGTH = 64;

  private final String header;

  ConnectionClientAddressResolver(HttpServerConfiguration server) {
    this.header = server.getClientAddressHeader();
  }

  @Override
  @Nullable
  @SuppressWarnings("rawtypes")
  public String resolve(@NonNull HttpRequest request) {
    var address = header == null ? peer(request) : lastEntry(request.getHeaders().get(header));
    if (address == null || address.isEmpty()) {
      return null;
    }
    return address.length() <= MAX_LENGTH ? address : address.substring(0, MAX_LENGTH);
  }

  private static String peer(HttpRequest<?> request) {
    var socket = request.getRemoteAddress();
    if (socket == null) {
      return null;
    }
    return socket.getAddress() == null
        ? socket.getHostString()
        : socket.getAddress().getHostAddress();
  }

  private static String lastEntry(String value) {
    return value == null ? null : value.substring(value.lastIndexOf(',') + 1).strip();
  }
}
