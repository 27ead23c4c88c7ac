import { ApiProperty } from '@nestjs/swagger';
import { NewVettingView } from './processes.dto';

export { ImportRowError } from '../common/error-response.dto';

export class CandidateImportView {
  @ApiProperty()
  imported!: number;

  @ApiProperty({ type: [NewVettingView], description: 'The new vettings, each with its candidate' })
  vettings!: NewVettingView[];
}
