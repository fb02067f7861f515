import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { NOMINATION_ROUTES, TasksResponse } from '@renkei/contract';
import { Access } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { ANY_ROLE } from './rounds.controller';
import { TasksService } from './tasks.service';

@ApiTags('nominations')
@Controller(NOMINATION_ROUTES.tasks)
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Access(...ANY_ROLE)
  @Get()
  @ApiOperation({ summary: 'What is waiting for the signed-in person, with counts' })
  mine(@CurrentUser() user: CurrentUserContext): Promise<TasksResponse> {
    return this.tasks.forUser(user);
  }
}
