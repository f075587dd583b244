package org.crms.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import org.crms.application.port.in.auth.AuthenticatedUser;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.Test;

class ActorsTest {

  @Test
  void anAuthenticatedUser_roundTripsToTheSameActor() {
    var user = new AuthenticatedUser(UserId.newId(), new Username("limiteduser"), Role.LIMITED);

    var authentication = Actors.authentication(user);

    assertThat(authentication.getName()).isEqualTo("limiteduser");
    assertThat(authentication.getRoles()).containsExactly("LIMITED");
    assertThat(Actors.from(authentication)).isEqualTo(new Actor(user.id(), Role.LIMITED));
  }

  @Test
  void anAuthenticationNotMadeByUs_isAnInternalError() {
    var foreign = Authentication.build("someone", List.of("ADMIN"));

    assertThatThrownBy(() -> Actors.from(foreign)).isInstanceOf(IllegalStateException.class);
  }
}
