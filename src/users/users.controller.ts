import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { CreateUserDto, UpdateUserDto, UserView } from './users.dto';
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

  @Get(':id')
  @Roles(Role.ADMIN)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return UserView.of(await this.users.get(id));
  }

  @Patch(':id')
  @Roles(Role.ADMIN)
  async update(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return UserView.of(await this.users.update(caller, id, dto));
  }
}
