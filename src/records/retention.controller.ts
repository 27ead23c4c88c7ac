import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Role } from '../auth/role.enum';
import { RetentionPreview } from './records.dto';
import { RetentionService } from './retention.service';

@ApiTags('records')
@Controller('records')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  /** What the next retention purge would remove and why, and what holds keep. Removes nothing. */
  @Get('retention/preview')
  @Roles(Role.RECORDS_CUSTODIAN)
  preview(): Promise<RetentionPreview> {
    return this.retention.preview();
  }
}
