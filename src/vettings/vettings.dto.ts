import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiProperty({ type: String, format: 'uuid' })
  @IsUUID('all', { message: 'searcherId must be a UUID' })
  searcherId!: string;
}

export class ItemResultDto {
  @ApiProperty({ enum: ITEM_OUTCOMES })
  @IsIn(ITEM_OUTCOMES, { message: `outcome must be one of ${ITEM_OUTCOMES.join(', ')}` })
  outcome!: ItemOutcome;

  @ApiProperty({ type: String, format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'searchedAt must be an ISO-8601 date-time' })
  searchedAt!: string;

  @ApiProperty({ enum: SEARCH_METHODS })
  @IsIn(SEARCH_METHODS, { message: `method must be one of ${SEARCH_METHODS.join(', ')}` })
  method!: SearchMethod;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', minLength: 1, maxLength: 500 },
    maxItems: 50,
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(500, { each: true })
  searchTerms!: string[];

  /** Required for NOT_APPLICABLE and UNABLE: why the item was not searched. */
  @ApiPropertyOptional({
    type: String,
    minLength: 3,
    maxLength: 5000,
    description: 'Required for NOT_APPLICABLE and UNABLE: why the item was not searched.',
  })
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

/** A logged checklist item result, as stored. */
export class ItemResultView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  vettingId!: string;
  @ApiProperty({ type: String })
  itemKey!: string;
  @ApiProperty({ enum: ITEM_OUTCOMES })
  outcome!: ItemOutcome;
  @ApiProperty({ type: Date })
  searchedAt!: Date;
  @ApiProperty({ enum: SEARCH_METHODS })
  method!: SearchMethod;
  @ApiProperty({ type: [String] })
  searchTerms!: string[];
  @ApiProperty({ type: String, nullable: true })
  notes!: string | null;
  @ApiProperty({ type: String, format: 'uuid' })
  searcherId!: string;
  @ApiProperty({ type: Date })
  recordedAt!: Date;
}
