import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { LoginRequest } from '@renkei/contract';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Request } from 'express';
import { Strategy } from 'passport-local';
import { toFieldErrors, ValidationFailedException } from '../../common/http/validation.exception';
import { UserAccount } from '../entities/user-account.entity';
import { AuthService } from './auth.service';

/** passport-local: e-mail + password from the JSON body. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({
      usernameField: 'email',
      passwordField: 'password',
      passReqToCallback: true,
    });
  }

  validate(request: Request, email: string, password: string): Promise<UserAccount> {
    return this.auth.verifyCredentials(email, password, request.ip ?? null);
  }
}

/** Validates the body like every other DTO (field messages, unknown fields refused) before passport runs. */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<Request>().body;
    const errors = await validate(plainToInstance(LoginRequest, body ?? {}), {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    if (errors.length > 0) {
      throw new ValidationFailedException(toFieldErrors(errors));
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error) {
      throw error;
    }
    return user;
  }
}
