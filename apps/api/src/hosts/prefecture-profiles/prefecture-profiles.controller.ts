import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HOST_ROUTES, PREFECTURE_CODE_PATTERN, PrefectureProfileResponse, UpdatePrefectureProfileRequest } from '@renkei/contract';
import { Request } from 'express';
import { Access, Public } from '../../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../../accounts/access/current-user';
import { PatternPipe } from '../../common/http/pattern.pipe';
import { PrefectureProfilesService } from './prefecture-profiles.service';

const PREFECTURE_CODE = new PatternPipe('prefectureCode', PREFECTURE_CODE_PATTERN, 'a two-digit prefecture code such as 02');

@ApiTags('hosts')
@Controller(HOST_ROUTES.prefectureProfiles)
export class PrefectureProfilesController {
  constructor(private readonly profiles: PrefectureProfilesService) {}

  @Public()
  @Get(':prefectureCode')
  @ApiOperation({ summary: 'A prefecture’s master profile for residents (version 0 and empty until first saved)' })
  get(@Param('prefectureCode', PREFECTURE_CODE) prefectureCode: string): Promise<PrefectureProfileResponse> {
    return this.profiles.get(prefectureCode);
  }

  @Access({ role: 'prefecture', prefectureCode: { param: 'prefectureCode' } })
  @Put(':prefectureCode')
  @ApiOperation({ summary: 'Save the prefecture’s master profile (version 0 for a first save; 409 when someone saved meanwhile)' })
  update(
    @CurrentUser() user: CurrentUserContext,
    @Param('prefectureCode', PREFECTURE_CODE) prefectureCode: string,
    @Body() body: UpdatePrefectureProfileRequest,
    @Req() request: Request,
  ): Promise<PrefectureProfileResponse> {
    return this.profiles.update(user, prefectureCode, body, request.ip ?? null);
  }
}
