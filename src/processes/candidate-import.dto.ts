import { ApiProperty } from '@nestjs/swagger';
import { NewVettingView } from './processes.dto';

/** One problem with one row of an imported CSV. */
export class ImportRowError {
  @ApiProperty({ description: 'Line of the file as a spreadsheet numbers it: the header is row 1' })
  row!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The CSV column (name, city, state, consentDate), or null for the row as a whole',
  })
  field!: string | null;

  @ApiProperty()
  message!: string;
}

export class CandidateImportRefusal {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty()
  message!: string;

  @ApiProperty({ type: String, nullable: true })
  requestId!: string | null;

  @ApiProperty({ type: [ImportRowError] })
  errors!: ImportRowError[];
}

export class CandidateImportView {
  @ApiProperty()
  imported!: number;

  @ApiProperty({ type: [NewVettingView], description: 'The new vettings, each with its candidate' })
  vettings!: NewVettingView[];
}
