import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HOST_ROUTES, HostProfileResponse, ReturnRequest, UpdateHostProfileRequest, VersionedActionRequest } from '@renkei/contract';
import { Request } from 'express';
import { Access } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { HostProfilesService } from './host-profiles.service';

const OWN_FACILITY = { facilityId: { param: 'facilityId' } } as const;

@ApiTags('hosts')
@Controller()
export class HostProfilesController {
  constructor(private readonly profiles: HostProfilesService) {}

  @Access({ role: 'host-facility', ...OWN_FACILITY }, { role: 'prefecture' }, { role: 'jmsb' })
  @Get(`${HOST_ROUTES.profiles}/:facilityId`)
  @ApiOperation({ summary: 'A host’s profile: the draft with its completeness, and the published version' })
  get(@CurrentUser() user: CurrentUserContext, @Param('facilityId', ParseUUIDPipe) facilityId: string): Promise<HostProfileResponse> {
    return this.profiles.get(user, facilityId);
  }

  @Access({ role: 'host-facility', ...OWN_FACILITY }, { role: 'prefecture' })
  @Put(`${HOST_ROUTES.profiles}/:facilityId`)
  @ApiOperation({ summary: 'Save the draft (version 0 for a first save; 409 when someone saved meanwhile)' })
  update(
    @CurrentUser() user: CurrentUserContext,
    @Param('facilityId', ParseUUIDPipe) facilityId: string,
    @Body() body: UpdateHostProfileRequest,
    @Req() request: Request,
  ): Promise<HostProfileResponse> {
    return this.profiles.update(user, facilityId, body, request.ip ?? null);
  }

  @Access({ role: 'host-facility', ...OWN_FACILITY }, { role: 'prefecture' })
  @Post(`${HOST_ROUTES.profiles}/:facilityId/submit`)
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the prefecture to approve the draft' })
  submit(
    @CurrentUser() user: CurrentUserContext,
    @Param('facilityId', ParseUUIDPipe) facilityId: string,
    @Body() body: VersionedActionRequest,
    @Req() request: Request,
  ): Promise<HostProfileResponse> {
    return this.profiles.submit(user, facilityId, body.version, request.ip ?? null);
  }

  @Access({ role: 'prefecture' })
  @Post(`${HOST_ROUTES.profiles}/:facilityId/approve`)
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve the submitted draft: it becomes the public profile' })
  approve(
    @CurrentUser() user: CurrentUserContext,
    @Param('facilityId', ParseUUIDPipe) facilityId: string,
    @Body() body: VersionedActionRequest,
    @Req() request: Request,
  ): Promise<HostProfileResponse> {
    return this.profiles.approve(user, facilityId, body.version, request.ip ?? null);
  }

  @Access({ role: 'prefecture' })
  @Post(`${HOST_ROUTES.profiles}/:facilityId/return`)
  @HttpCode(200)
  @ApiOperation({ summary: 'Return the submitted draft to the host with a comment' })
  returnToHost(
    @CurrentUser() user: CurrentUserContext,
    @Param('facilityId', ParseUUIDPipe) facilityId: string,
    @Body() body: ReturnRequest,
    @Req() request: Request,
  ): Promise<HostProfileResponse> {
    return this.profiles.returnToHost(user, facilityId, body, request.ip ?? null);
  }
}
