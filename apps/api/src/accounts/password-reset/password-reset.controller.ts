import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CompletePasswordResetRequest, InvitationStatusResponse, PasswordResetRequest } from '@renkei/contract';
import { Request } from 'express';
import { Public } from '../access/access.decorators';
import { LINK_TOKEN } from '../invitations/invitations.controller';
import { PasswordResetService } from './password-reset.service';

@ApiTags('accounts')
@Public()
@Controller('password-reset')
export class PasswordResetController {
  constructor(private readonly passwordReset: PasswordResetService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'E-mail a reset link if the address has an account (same answer either way)',
  })
  request(@Body() body: PasswordResetRequest, @Req() request: Request): { message: string } {
    this.passwordReset.request(body.email, request.ip ?? null);
    return {
      message: 'If this address has an account, a link to set a new password is on its way.',
    };
  }

  @Get(':token')
  @ApiOperation({ summary: 'Whether a reset link is valid, expired or used' })
  status(@Param('token', LINK_TOKEN) token: string): Promise<InvitationStatusResponse> {
    return this.passwordReset.status(token);
  }

  @Post(':token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Set a new password with a reset link; ends every session of the account',
  })
  complete(@Param('token', LINK_TOKEN) token: string, @Body() body: CompletePasswordResetRequest, @Req() request: Request): Promise<void> {
    return this.passwordReset.complete(token, body.password, request.ip ?? null);
  }
}
