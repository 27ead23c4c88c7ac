import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UniformityController } from './uniformity.controller';
import { UniformityRepository } from './uniformity.repository';
import { UniformityService } from './uniformity.service';

/** The auditor's uniformity report (policy IV.B.9). AccessService comes from the global AccessModule. */
@Module({
  imports: [AuditModule],
  controllers: [UniformityController],
  providers: [UniformityService, UniformityRepository],
})
export class UniformityModule {}
