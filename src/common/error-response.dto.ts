import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One problem with one row of an imported CSV. */
export class ImportRowError {
  @ApiProperty({
    type: 'integer',
    description: 'Line of the file as a spreadsheet numbers it: the header is row 1',
  })
  row!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The CSV column (name, city, state, consentDate), or null for the row as a whole',
  })
  field!: string | null;

  @ApiProperty({ type: String })
  message!: string;
}

/** The one error shape every failure answers with (see http-exception.filter.ts). */
export class ErrorResponseDto {
  @ApiProperty({ type: 'integer', example: 404, description: 'The HTTP status code' })
  statusCode!: number;

  @ApiProperty({ example: 'Not Found', description: 'The HTTP status, in words' })
  error!: string;

  @ApiProperty({ description: 'What went wrong, in plain language' })
  message!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The request id (also in the X-Request-Id response header and the logs)',
  })
  requestId!: string | null;

  @ApiPropertyOptional({
    type: () => [ImportRowError],
    description: 'Per-row problems, where a bulk operation (such as a CSV import) reports them',
  })
  errors?: ImportRowError[];

  @ApiPropertyOptional({
    type: Boolean,
    description:
      'Sign-in only: the password was right and the account needs its second factor (send `code` or `recoveryCode`)',
  })
  secondFactorRequired?: boolean;
}
