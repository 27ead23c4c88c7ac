import { ApiProperty } from '@nestjs/swagger';
import {
  FINDING_CATEGORIES,
  IDENTITY_MATCH_TYPES,
  ITEM_OUTCOMES,
  VALIDATION_STATUSES,
} from './finding-categories';
import { SEARCH_METHODS } from './search-methods';

export class SearchMethodView {
  @ApiProperty({ enum: SEARCH_METHODS, enumName: 'SearchMethod' })
  code!: string;

  @ApiProperty({ description: 'False for a prohibited method, which the API always refuses' })
  lawful!: boolean;

  @ApiProperty({ description: 'What the method is (lawful) or the law that prohibits it' })
  basis!: string;
}

/** Policy IV.B.8: the lawful and prohibited search methods, from the one list in the code. */
export class SearchMethodsView {
  @ApiProperty({ type: [SearchMethodView] })
  lawful!: SearchMethodView[];

  @ApiProperty({ type: [SearchMethodView] })
  prohibited!: SearchMethodView[];
}

export class FindingCategoryView {
  @ApiProperty({ enum: FINDING_CATEGORIES, enumName: 'FindingCategory' })
  code!: string;

  @ApiProperty({ description: 'True when a finding in it needs a written categoryJustification' })
  requiresJustification!: boolean;
}

export class FindingCategoriesView {
  @ApiProperty({ type: [FindingCategoryView] })
  categories!: FindingCategoryView[];

  @ApiProperty({ enum: IDENTITY_MATCH_TYPES, enumName: 'IdentityMatchType', isArray: true })
  identityMatchTypes!: string[];

  @ApiProperty({ enum: ITEM_OUTCOMES, enumName: 'ItemOutcome', isArray: true })
  itemOutcomes!: string[];

  @ApiProperty({ enum: VALIDATION_STATUSES, enumName: 'ValidationStatus', isArray: true })
  validationStatuses!: string[];
}
