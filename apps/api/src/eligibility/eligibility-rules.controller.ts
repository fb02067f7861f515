import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateEligibilityExceptionRequest,
  CreateRuleSetRequest,
  ELIGIBILITY_ROUTES,
  EligibilityExceptionResponse,
  RuleSetDiffResponse,
  RuleSetResponse,
} from '@renkei/contract';
import { Request } from 'express';
import { Access, Public } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { EligibilityExceptionsService } from './eligibility-exceptions.service';
import { RuleSetDiffService } from './rule-set-diff.service';
import { RuleSetsService } from './rule-sets.service';

const routes = ELIGIBILITY_ROUTES;

/** Rule sets and transitional exceptions: public to read, JMSB to change. */
@ApiTags('eligibility')
@Controller(routes.root)
export class EligibilityRulesController {
  constructor(
    private readonly ruleSets: RuleSetsService,
    private readonly exceptions: EligibilityExceptionsService,
    private readonly diffs: RuleSetDiffService,
  ) {}

  @Public()
  @Get(routes.ruleSets)
  @ApiOperation({ summary: 'Every rule set version with its status' })
  @ApiOkResponse({ description: 'RuleSetResponse[]' })
  listRuleSets(): Promise<RuleSetResponse[]> {
    return this.ruleSets.list();
  }

  @Public()
  @Get(`${routes.ruleSets}/:id`)
  @ApiOperation({ summary: 'One rule set version with its definition' })
  getRuleSet(@Param('id', ParseUUIDPipe) id: string): Promise<RuleSetResponse> {
    return this.ruleSets.get(id);
  }

  @Access({ role: 'jmsb' })
  @Post(routes.ruleSets)
  @ApiOperation({
    summary: 'Create a draft version of a year’s rule set (validated; not in force until activated)',
  })
  createRuleSet(@CurrentUser() user: CurrentUserContext, @Body() body: CreateRuleSetRequest, @Req() request: Request): Promise<RuleSetResponse> {
    return this.ruleSets.createDraft(body, user, request.ip ?? null);
  }

  @Access({ role: 'jmsb' })
  @Get(`${routes.ruleSets}/:id/diff`)
  @ApiOperation({
    summary: 'Re-evaluate every decision under this version and show what would move against the active one (saves nothing)',
  })
  diffRuleSet(@Param('id', ParseUUIDPipe) id: string): Promise<RuleSetDiffResponse> {
    return this.diffs.diff(id);
  }

  @Access({ role: 'jmsb' })
  @Post(`${routes.ruleSets}/:id/activate`)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Activate a version: the year’s active version is retired in the same transaction (audited)',
  })
  activateRuleSet(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
  ): Promise<RuleSetResponse> {
    return this.ruleSets.activate(id, user, request.ip ?? null);
  }

  @Public()
  @Get(routes.exceptions)
  @ApiOperation({ summary: 'Transitional exceptions, active and inactive' })
  listExceptions(): Promise<EligibilityExceptionResponse[]> {
    return this.exceptions.list();
  }

  @Access({ role: 'jmsb' })
  @Post(routes.exceptions)
  @ApiOperation({
    summary: 'Grant a transitional exception (validated, audited)',
  })
  createException(
    @CurrentUser() user: CurrentUserContext,
    @Body() body: CreateEligibilityExceptionRequest,
    @Req() request: Request,
  ): Promise<EligibilityExceptionResponse> {
    return this.exceptions.create(body, user, request.ip ?? null);
  }

  @Access({ role: 'jmsb' })
  @Post(`${routes.exceptions}/:id/deactivate`)
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate an exception (audited)' })
  deactivateException(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
  ): Promise<EligibilityExceptionResponse> {
    return this.exceptions.deactivate(id, user, request.ip ?? null);
  }
}
