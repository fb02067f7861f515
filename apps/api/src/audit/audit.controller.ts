import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntryResponse, AuditQuery, PageResponse } from '@renkei/contract';
import { Access } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { AuditQueryService } from './audit-query.service';

const ANY_ROLE = [{ role: 'jmsb' }, { role: 'prefecture' }, { role: 'society' }, { role: 'base-facility' }, { role: 'host-facility' }] as const;

@ApiTags('audit')
@Controller('audit')
@Access(...ANY_ROLE)
export class AuditController {
  constructor(private readonly auditQuery: AuditQueryService) {}

  @Get()
  @ApiOperation({
    summary: 'Audit entries the caller may see (JMSB: all; others: their scope and their own actions), newest first',
  })
  list(@CurrentUser() user: CurrentUserContext, @Query() query: AuditQuery): Promise<PageResponse<AuditEntryResponse>> {
    return this.auditQuery.list(user, query);
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="renkei-audit.csv"')
  @ApiOperation({ summary: 'The same entries as CSV' })
  export(@CurrentUser() user: CurrentUserContext, @Query() query: AuditQuery): Promise<string> {
    return this.auditQuery.exportCsv(user, query);
  }
}
