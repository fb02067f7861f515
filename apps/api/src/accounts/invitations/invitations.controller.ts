import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AcceptInvitationRequest, CurrentUserResponse, InvitationRequest, InvitationStatusResponse } from '@renkei/contract';
import { Request, Response } from 'express';
import { PatternPipe } from '../../common/http/pattern.pipe';
import { Access, Public } from '../access/access.decorators';
import { setSessionCookies } from '../access/csrf';
import { CurrentUser, CurrentUserContext } from '../access/current-user';
import { InvitationsService } from './invitations.service';

export const LINK_TOKEN = new PatternPipe('token', /^[A-Za-z0-9_-]{43}$/, 'the token from the e-mail link');

@ApiTags('accounts')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Access({ role: 'jmsb' }, { role: 'prefecture' })
  @ApiOperation({
    summary: 'Invite a person to a role: the JMSB any role, a prefecture officer facility users of its prefecture',
  })
  invite(@CurrentUser() user: CurrentUserContext, @Body() body: InvitationRequest, @Req() request: Request): Promise<{ id: string }> {
    return this.invitations.invite(user, body, request.ip ?? null);
  }

  @Public()
  @Get(':token')
  @ApiOperation({
    summary: 'Whether an invitation link is valid, expired or used',
  })
  status(@Param('token', LINK_TOKEN) token: string): Promise<InvitationStatusResponse> {
    return this.invitations.status(token);
  }

  @Public()
  @Post(':token/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Choose a password, use up the link and sign in' })
  async accept(
    @Param('token', LINK_TOKEN) token: string,
    @Body() body: AcceptInvitationRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CurrentUserResponse> {
    const { session, user } = await this.invitations.accept(token, body.password, request.ip ?? null);
    setSessionCookies(request, response, session);
    return user;
  }
}
