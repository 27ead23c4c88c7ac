import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Role } from '../auth/role.enum';
import { CreateUserDto, UpdateUserDto, UserDirectoryEntry, UserView } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Roles(Role.ADMIN)
  async create(@Body() dto: CreateUserDto): Promise<UserView> {
    return UserView.of(await this.users.create(dto));
  }

  @Get()
  @Roles(Role.ADMIN)
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
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return UserView.of(await this.users.get(id));
  }

  @Patch(':id')
  @Roles(Role.ADMIN)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return UserView.of(await this.users.update(id, dto));
  }
}
