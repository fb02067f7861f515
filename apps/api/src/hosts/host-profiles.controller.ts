import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HOST_ROUTES,
  HostPlaceResponse,
  HostProfileListQuery,
  HostProfileResponse,
  HostProfileSummary,
  ReturnRequest,
  SPECIALTY_CODE_PATTERN,
  UpdateHostPlaceRequest,
  UpdateHostProfileRequest,
  VersionedActionRequest,
} from '@renkei/contract';
import { Request } from 'express';
import { PatternPipe } from '../common/http/pattern.pipe';
import { Access } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { HostPlacesService } from './host-places.service';
import { HostProfilesService } from './host-profiles.service';

const SPECIALTY_CODE = new PatternPipe('specialtyCode', SPECIALTY_CODE_PATTERN, 'a specialty code such as internal-medicine');
const OWN_FACILITY = { facilityId: { param: 'facilityId' } } as const;

@ApiTags('hosts')
@Controller()
export class HostProfilesController {
  constructor(
    private readonly profiles: HostProfilesService,
    private readonly places: HostPlacesService,
  ) {}

  @Access({ role: 'prefecture' }, { role: 'jmsb' })
  @Get(HOST_ROUTES.profiles)
  @ApiOperation({ summary: 'The host profiles of a prefecture, for its review (prefecture: own; JMSB: any)' })
  list(@CurrentUser() user: CurrentUserContext, @Query() query: HostProfileListQuery): Promise<HostProfileSummary[]> {
    return this.profiles.list(user, query);
  }

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
  @Put(`${HOST_ROUTES.profiles}/:facilityId/places/:specialtyCode`)
  @ApiOperation({ summary: 'Change the acceptable number and periods of one specialty (written to the candidate list or the published host)' })
  updatePlace(
    @CurrentUser() user: CurrentUserContext,
    @Param('facilityId', ParseUUIDPipe) facilityId: string,
    @Param('specialtyCode', SPECIALTY_CODE) specialtyCode: string,
    @Body() body: UpdateHostPlaceRequest,
    @Req() request: Request,
  ): Promise<HostPlaceResponse> {
    return this.places.update(user, facilityId, specialtyCode, body, request.ip ?? null);
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
