import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccountSecurityController } from './account-security.controller';
import { AccountSecurityService } from './account-security.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule],
  // AccountSecurityController first: its `users/locked` must win over `users/:id`.
  controllers: [AccountSecurityController, UsersController],
  providers: [UsersService, AccountSecurityService],
  exports: [UsersService],
})
export class UsersModule {}
