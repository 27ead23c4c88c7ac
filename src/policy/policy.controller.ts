import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { ALL_ROLES, Role } from '../auth/role.enum';
import {
  FINDING_CATEGORIES,
  IDENTITY_MATCH_TYPES,
  ITEM_OUTCOMES,
  VALIDATION_STATUSES,
} from './finding-categories';
import { FindingCategoriesView, SearchMethodsView } from './policy.dto';
import { ALLOWED_METHODS, PROHIBITED_METHODS } from './search-methods';

/** The policy's closed lists, served from the same constants the API validates against. */
@ApiTags('policy')
@Controller('policy')
export class PolicyController {
  @Get('methods')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Lawful and prohibited search methods with their legal basis' })
  @ApiOkResponse({ type: SearchMethodsView })
  methods(): SearchMethodsView {
    return {
      lawful: Object.entries(ALLOWED_METHODS).map(([code, basis]) => ({
        code,
        lawful: true,
        basis,
      })),
      prohibited: Object.entries(PROHIBITED_METHODS).map(([code, basis]) => ({
        code,
        lawful: false,
        basis,
      })),
    };
  }

  /** Not for the panel: it reads categories only on the findings of its released reports. */
  @Get('categories')
  @Roles(Role.ADMIN, Role.SEARCHER, Role.AUDITOR, Role.RECORDS_CUSTODIAN)
  @ApiOperation({
    summary: 'Finding categories, identity-match types, item outcomes and validation statuses',
  })
  @ApiOkResponse({ type: FindingCategoriesView })
  categories(): FindingCategoriesView {
    return {
      categories: FINDING_CATEGORIES.map((code) => ({
        code,
        requiresJustification: code === 'OTHER',
      })),
      identityMatchTypes: [...IDENTITY_MATCH_TYPES],
      itemOutcomes: [...ITEM_OUTCOMES],
      validationStatuses: [...VALIDATION_STATUSES],
    };
  }
}
