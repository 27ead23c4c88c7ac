import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

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
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'Per-row problems, where a bulk operation (such as a CSV import) reports them',
  })
  errors?: Record<string, unknown>[];
}
