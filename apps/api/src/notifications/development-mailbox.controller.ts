import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../accounts/access/access.decorators';
import { DevelopmentMailboxService, DevelopmentMailDetail, DevelopmentMailSummary } from './development-mailbox.service';

/** JMSB-only view of what the development transport "delivered" (no SMTP_URL). */
@ApiTags('development mailbox')
@Controller('dev-mailbox')
@Access({ role: 'jmsb' })
export class DevelopmentMailboxController {
  constructor(private readonly mailbox: DevelopmentMailboxService) {}

  @Get()
  @ApiOperation({
    summary: 'E-mails delivered to the development mailbox, newest first',
  })
  async list(): Promise<{
    active: boolean;
    messages: DevelopmentMailSummary[];
  }> {
    return { active: this.mailbox.active, messages: await this.mailbox.list() };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One development e-mail with its text and HTML parts',
  })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<DevelopmentMailDetail> {
    return this.mailbox.get(id);
  }
}
