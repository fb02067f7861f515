import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUserResponse, LoginRequest, SESSION_COOKIE } from '@renkei/contract';
import { Request, Response } from 'express';
import { Public } from '../access/access.decorators';
import { clearSessionCookies, readCookie, setSessionCookies } from '../access/csrf';
import { CurrentUser, CurrentUserContext } from '../access/current-user';
import { UserAccount } from '../entities/user-account.entity';
import { AuthService, toResponse } from './auth.service';
import { LoginGuard } from './local.strategy';
import { hashToken } from './tokens';

@ApiTags('authentication')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @UseGuards(LoginGuard)
  @ApiOperation({
    summary: 'Sign in with e-mail and password; sets the session cookie',
  })
  async login(
    @Body() _credentials: LoginRequest,
    @Req() request: Request & { user: UserAccount },
    @Res({ passthrough: true }) response: Response,
  ): Promise<CurrentUserResponse> {
    const previous = readCookie(request, SESSION_COOKIE);
    const { session, user } = await this.auth.startSession(request.user, request.ip ?? null, previous ? hashToken(previous) : undefined);
    setSessionCookies(request, response, session);
    return user;
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'End the session on the server and clear the cookie',
  })
  async logout(@CurrentUser() user: CurrentUserContext, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.endSession(user, request.ip ?? null);
    clearSessionCookies(request, response);
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user and their roles' })
  me(@CurrentUser() user: CurrentUserContext): CurrentUserResponse {
    return toResponse(user);
  }
}
