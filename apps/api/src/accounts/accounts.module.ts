import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { NotificationsModule } from '../notifications/notifications.module';
import { AccessGuard } from './access/access.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LocalStrategy } from './auth/local.strategy';
import { RateLimiter } from './auth/rate-limiter.service';
import { SessionService } from './auth/session.service';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsService } from './invitations/invitations.service';
import { AccountLinksService } from './links/account-links.service';
import { MyAccountController } from './my-account/my-account.controller';
import { MyAccountService } from './my-account/my-account.service';
import { PasswordResetController } from './password-reset/password-reset.controller';
import { PasswordResetService } from './password-reset/password-reset.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

@Module({
  imports: [PassportModule, NotificationsModule],
  controllers: [AuthController, InvitationsController, PasswordResetController, UsersController, MyAccountController],
  providers: [
    AuthService,
    SessionService,
    RateLimiter,
    LocalStrategy,
    AccountLinksService,
    InvitationsService,
    PasswordResetService,
    UsersService,
    MyAccountService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionService],
})
export class AccountsModule {}
