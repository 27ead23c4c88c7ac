import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { FilterReviewService } from './filter-review.service';
import { FindingTextService } from './finding-text.service';
import {
  CandidateResponseDto,
  CandidateResponseView,
  FilterReviewDto,
  FilterReviewView,
  ScreeningView,
  UpdateFindingTextDto,
} from './screening.dto';
import { ScreeningService } from './screening.service';
import { RawFindingView } from '../findings/findings.dto';

@ApiTags('screening')
@Controller('findings')
export class ScreeningController {
  constructor(
    private readonly screening: ScreeningService,
    private readonly reviews: FilterReviewService,
    private readonly texts: FindingTextService,
  ) {}

  @Get(':id/screening')
  @Roles(Role.SEARCHER)
  @ApiOperation({ summary: "The protected-class screening of the finding's text: flags to review" })
  @ApiOkResponse({ type: ScreeningView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  view(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ScreeningView> {
    return this.screening.view(caller, id);
  }

  @Post(':id/filter-review')
  @Roles(Role.SEARCHER)
  @ApiOperation({ summary: 'Decide every screening flag (REDACT or KEEP) and add redactions' })
  @ApiCreatedResponse({ type: FilterReviewView })
  @ApiUuidParams('id')
  @ApiErrors(
    400,
    404,
    [409, 'Screening is not done for the current text, or the review is not allowed'],
    413,
    [422, 'The decisions do not cover the flags, or a redaction is out of range'],
  )
  review(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: FilterReviewDto,
  ): Promise<FilterReviewView> {
    return this.reviews.review(caller, id, dto);
  }

  /** The assigned searcher corrects the finding's text; screening and review start over. */
  @Patch(':id')
  @Roles(Role.SEARCHER)
  @ApiOperation({ summary: "Correct the finding's text (screening and review start over)" })
  @ApiOkResponse({ type: RawFindingView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, [409, 'The finding was purged or can no longer change'], 413)
  update(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateFindingTextDto,
  ): Promise<RawFindingView> {
    return this.texts.update(caller, id, dto);
  }

  @Post(':id/candidate-response')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: "Record the candidate's response to the finding" })
  @ApiCreatedResponse({ type: CandidateResponseView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, 409, 413, [422, 'receivedAt is in the future'])
  respond(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CandidateResponseDto,
  ): Promise<CandidateResponseView> {
    return this.texts.respond(caller, id, dto);
  }
}
