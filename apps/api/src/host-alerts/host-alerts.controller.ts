import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateHostAlertRequest, HOST_ROUTES, HostAlertCreatedResponse, HostAlertResponse, HostAlertTokenRequest } from '@renkei/contract';
import { Request } from 'express';
import { Public } from '../accounts/access/access.decorators';
import { HostAlertsService } from './host-alerts.service';

@ApiTags('hosts')
@Controller(HOST_ROUTES.alerts)
export class HostAlertsController {
  constructor(private readonly alerts: HostAlertsService) {}

  @Public()
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask for alerts about saved hosts: a confirmation link is mailed (the answer is the same for every address)' })
  create(@Body() body: CreateHostAlertRequest, @Req() request: Request): Promise<HostAlertCreatedResponse> {
    return this.alerts.subscribe(body, request.ip ?? null);
  }

  @Public()
  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the address with the token from the confirmation mail' })
  confirm(@Body() body: HostAlertTokenRequest): Promise<HostAlertResponse> {
    return this.alerts.confirm(body.token);
  }

  @Public()
  @Post('unsubscribe')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop all host alerts to the address, with the token from any alert mail' })
  unsubscribe(@Body() body: HostAlertTokenRequest): Promise<HostAlertResponse> {
    return this.alerts.unsubscribe(body.token);
  }
}
