import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { FilterReviewService } from './filter-review.service';
import { FindingTextService } from './finding-text.service';
import {
  CandidateResponseDto,
  FilterReviewDto,
  FilterReviewView,
  ScreeningView,
  UpdateFindingTextDto,
} from './screening.dto';
import { ScreeningService } from './screening.service';

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
  view(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ScreeningView> {
    return this.screening.view(caller, id);
  }

  @Post(':id/filter-review')
  @Roles(Role.SEARCHER)
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
  update(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateFindingTextDto,
  ) {
    return this.texts.update(caller, id, dto);
  }

  @Post(':id/candidate-response')
  @Roles(Role.ADMIN)
  respond(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CandidateResponseDto,
  ) {
    return this.texts.respond(caller, id, dto);
  }
}
