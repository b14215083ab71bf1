import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Allow,
  CreateUserDto,
  CurrentActor,
  DisableUserDto,
  ResetPasswordDto,
  UpdateUserDto,
  UsersService,
  UserView,
  userList,
} from '@tracker/auth';
import { AuditEvent, AuditQuery } from '@tracker/audit';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';

@ApiTags('users')
@Controller('users')
@Allow('users.manage')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditQuery,
  ) {}

  @Get()
  @ListEndpoint(userList, UserView)
  list(@ListQuery(userList) request: ListRequest) {
    return this.users.list(request);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserView })
  get(@IdParam() id: string) {
    return this.users.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create an account' })
  create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor) {
    return this.users.create(dto, actor);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Change name, ministry, roles or clearance (send the version you read)',
  })
  update(@IdParam() id: string, @Body() dto: UpdateUserDto, @CurrentActor() actor: Actor) {
    return this.users.update(id, dto, actor);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable the account; its tokens stop working at once' })
  disable(@IdParam() id: string, @Body() dto: DisableUserDto, @CurrentActor() actor: Actor) {
    return this.users.disable(id, dto, actor);
  }

  @Post(':id/enable')
  @HttpCode(200)
  enable(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.users.enable(id, actor);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a new password; every sign-in of the user ends' })
  resetPassword(
    @IdParam() id: string,
    @Body() dto: ResetPasswordDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.users.resetPassword(id, dto, actor);
  }

  @Get(':id/history')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.audit.historyOf('app_user', id);
  }
}
