import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ITEM_OUTCOMES, ItemOutcome } from '../policy/finding-categories';
import { SEARCH_METHODS, SearchMethod } from '../policy/search-methods';

export class AssignDto {
  @IsUUID('all', { message: 'searcherId must be a UUID' })
  searcherId!: string;
}

export class ItemResultDto {
  @IsIn(ITEM_OUTCOMES, { message: `outcome must be one of ${ITEM_OUTCOMES.join(', ')}` })
  outcome!: ItemOutcome;

  @IsISO8601({ strict: true }, { message: 'searchedAt must be an ISO-8601 date-time' })
  searchedAt!: string;

  @IsIn(SEARCH_METHODS, { message: `method must be one of ${SEARCH_METHODS.join(', ')}` })
  method!: SearchMethod;

  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(500, { each: true })
  searchTerms!: string[];

  /** Required for NOT_APPLICABLE and UNABLE: why the item was not searched. */
  @ValidateIf(
    (o: ItemResultDto) =>
      o.outcome === 'NOT_APPLICABLE' || o.outcome === 'UNABLE' || o.notes !== undefined,
  )
  @IsString({
    message: 'notes are required for NOT_APPLICABLE and UNABLE: say why the item was not searched',
  })
  @MinLength(3, {
    message: 'notes are required for NOT_APPLICABLE and UNABLE: say why the item was not searched',
  })
  @MaxLength(5000)
  notes?: string;
}
