import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'What the next retention purge would remove, and what holds keep' })
  @ApiOkResponse({ type: RetentionPreview })
  preview(): Promise<RetentionPreview> {
    return this.retention.preview();
  }
}
