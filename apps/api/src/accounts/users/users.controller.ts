import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RoleAssignmentRequest, UserSummaryResponse } from '@renkei/contract';
import { Request } from 'express';
import { Access } from '../access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../access/current-user';
import { UsersService } from './users.service';

@ApiTags('accounts')
@Controller('users')
@Access({ role: 'jmsb' }, { role: 'prefecture' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({
    summary: 'Users the caller manages (JMSB: all; prefecture: facility users of its prefecture)',
  })
  list(@CurrentUser() user: CurrentUserContext): Promise<UserSummaryResponse[]> {
    return this.users.list(user);
  }

  @Post(':id/deactivate')
  @ApiOperation({ summary: 'Deactivate an account and end its sessions' })
  deactivate(@CurrentUser() user: CurrentUserContext, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<UserSummaryResponse> {
    return this.users.deactivate(user, id, request.ip ?? null);
  }

  @Post(':id/reactivate')
  @ApiOperation({ summary: 'Reactivate an account (they sign in again)' })
  reactivate(@CurrentUser() user: CurrentUserContext, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<UserSummaryResponse> {
    return this.users.reactivate(user, id, request.ip ?? null);
  }

  @Post(':id/invitation')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Send a new invitation link to someone who has not accepted yet' })
  resendInvitation(@CurrentUser() user: CurrentUserContext, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<void> {
    return this.users.resendInvitation(user, id, request.ip ?? null);
  }

  @Post(':id/roles')
  @ApiOperation({ summary: 'Give a user another role' })
  addRole(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RoleAssignmentRequest,
    @Req() request: Request,
  ): Promise<UserSummaryResponse> {
    return this.users.addRole(user, id, body, request.ip ?? null);
  }

  @Delete(':id/roles/:assignmentId')
  @ApiOperation({ summary: 'Take a role away from a user' })
  removeRole(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('assignmentId', ParseUUIDPipe) assignmentId: string,
    @Req() request: Request,
  ): Promise<UserSummaryResponse> {
    return this.users.removeRole(user, id, assignmentId, request.ip ?? null);
  }
}
