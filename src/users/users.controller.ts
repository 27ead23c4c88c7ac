import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { CreateUserDto, UpdateUserDto, UserDirectoryEntry, UserView } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Create a user account' })
  @ApiCreatedResponse({ type: UserView })
  @ApiErrors(400, [409, 'A user with this e-mail address already exists'], 413)
  async create(@Body() dto: CreateUserDto): Promise<UserView> {
    return UserView.of(await this.users.create(dto));
  }

  @Get()
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'List user accounts' })
  @ApiOkResponse({ type: UserView, isArray: true })
  async list(): Promise<UserView[]> {
    return (await this.users.list()).map((u) => UserView.of(u));
  }

  /** Declared before ':id' so Express matches it first. */
  @Get('directory')
  @Roles(Role.ADMIN, Role.AUDITOR)
  @ApiOperation({
    summary: 'Every account as id, name and roles (to name actors in the audit log)',
  })
  @ApiOkResponse({ type: [UserDirectoryEntry] })
  async directory(): Promise<UserDirectoryEntry[]> {
    return (await this.users.list()).map((u) => ({ id: u.id, name: u.name, roles: u.roles }));
  }

  @Get(':id')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'One user account' })
  @ApiOkResponse({ type: UserView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return UserView.of(await this.users.get(id));
  }

  @Patch(':id')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: "Change a user's name, roles or active flag" })
  @ApiOkResponse({ type: UserView })
  @ApiUuidParams('id')
  @ApiErrors(
    400,
    404,
    [409, 'The change conflicts with a rule (e.g. separation of duties, the last admin)'],
    413,
  )
  async update(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return UserView.of(await this.users.update(caller, id, dto));
  }
}
