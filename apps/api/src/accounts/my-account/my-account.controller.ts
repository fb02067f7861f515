import { Body, Controller, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChangePasswordRequest, CurrentUserResponse, UpdateAccountRequest } from '@renkei/contract';
import { CurrentUser, CurrentUserContext } from '../access/current-user';
import { MyAccountService } from './my-account.service';

/** Any signed-in person's own account (no @Access: a session is enough). */
@ApiTags('accounts')
@Controller('account')
export class MyAccountController {
  constructor(private readonly myAccount: MyAccountService) {}

  @Patch()
  @ApiOperation({ summary: 'Change my display name or language' })
  update(@CurrentUser() user: CurrentUserContext, @Body() body: UpdateAccountRequest): Promise<CurrentUserResponse> {
    return this.myAccount.update(user, body);
  }

  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change my password (ends my other sessions)' })
  changePassword(@CurrentUser() user: CurrentUserContext, @Body() body: ChangePasswordRequest): Promise<void> {
    return this.myAccount.changePassword(user, body.currentPassword, body.newPassword);
  }
}
