import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PREFECTURE_CODE_PATTERN, ROUTES, ScarceDesignationRequest, ScarceSpotRequest, ScarceSpotResponse } from '@renkei/contract';
import { Access, Public } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { PatternPipe } from '../common/http/pattern.pipe';
import { DesignationsService } from './designations.service';

const PREFECTURE_CODE = new PatternPipe('code', PREFECTURE_CODE_PATTERN, 'a two-digit prefecture code such as 02');
const AREA_CODE = new PatternPipe('areaCode', /^\d{4}$/, 'a four-digit area code such as 0204');

@ApiTags('reference data')
@Controller(ROUTES.reference.root)
export class DesignationsController {
  constructor(private readonly designations: DesignationsService) {}

  @Put('areas/:areaCode/designation')
  @Access({ role: 'jmsb' }, { role: 'prefecture' })
  @ApiOperation({
    summary: 'A prefecture designates (or undesignates) one of its areas as physician-scarce, with a reason',
  })
  designate(
    @CurrentUser() user: CurrentUserContext,
    @Param('areaCode', AREA_CODE) areaCode: string,
    @Body() body: ScarceDesignationRequest,
  ): Promise<{ areaCode: string; physicianScarce: boolean; version: number }> {
    return this.designations.designateArea(user, areaCode, body);
  }

  @Public()
  @Get('prefectures/:code/scarce-spots')
  @ApiOperation({
    summary: 'The physician-scarce spots (municipalities) a prefecture designates',
  })
  listSpots(@Param('code', PREFECTURE_CODE) code: string): Promise<ScarceSpotResponse[]> {
    return this.designations.listSpots(code);
  }

  @Post('prefectures/:code/scarce-spots')
  @Access({ role: 'jmsb' }, { role: 'prefecture', prefectureCode: { param: 'code' } })
  @ApiOperation({
    summary: 'Designate a municipality as a physician-scarce spot, with a reason',
  })
  addSpot(
    @CurrentUser() user: CurrentUserContext,
    @Param('code', PREFECTURE_CODE) code: string,
    @Body() body: ScarceSpotRequest,
  ): Promise<ScarceSpotResponse> {
    return this.designations.addSpot(user, code, body);
  }

  @Delete('prefectures/:code/scarce-spots/:spotId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Access({ role: 'jmsb' }, { role: 'prefecture', prefectureCode: { param: 'code' } })
  @ApiOperation({ summary: 'Remove a physician-scarce spot' })
  removeSpot(
    @CurrentUser() user: CurrentUserContext,
    @Param('code', PREFECTURE_CODE) code: string,
    @Param('spotId', ParseUUIDPipe) spotId: string,
  ): Promise<void> {
    return this.designations.removeSpot(user, code, spotId);
  }
}
