import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AccessGuard } from './access/access.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LocalStrategy } from './auth/local.strategy';
import { RateLimiter } from './auth/rate-limiter.service';
import { SessionService } from './auth/session.service';

@Module({
  imports: [PassportModule],
  controllers: [AuthController],
  providers: [AuthService, SessionService, RateLimiter, LocalStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionService],
})
export class AccountsModule {}
