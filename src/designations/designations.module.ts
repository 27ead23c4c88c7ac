import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DesignationListController } from './designation-list.controller';
import { DesignationsController } from './designations.controller';
import { DesignationsService } from './designations.service';

@Module({
  imports: [AuditModule],
  controllers: [DesignationsController, DesignationListController],
  providers: [DesignationsService],
  exports: [DesignationsService],
})
export class DesignationsModule {}
