import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { CsvError, parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { firstMessage } from '../common/validation-messages';
import { AccessService } from '../access/access.service';
import { CandidateImportView, ImportRowError } from './candidate-import.dto';
import { CONSENT_IN_FUTURE, ParticipantsService } from './participants.service';
import { CreateCandidateDto } from './processes.dto';
import { ProcessesService } from './processes.service';

export const IMPORT_COLUMNS = ['name', 'city', 'state', 'consentDate'] as const;
export const MAX_IMPORT_ROWS = 2000;

/** CSV column for each field of the single-candidate DTO the rows are validated with. */
const COLUMN_OF: Record<string, string> = {
  fullName: 'name',
  city: 'city',
  state: 'state',
  consentRecordedAt: 'consentDate',
};

function refused(errors: ImportRowError[]): BadRequestException {
  const shown = errors
    .slice(0, 5)
    .map((e) => `row ${e.row}${e.field ? ` ${e.field}` : ''}: ${e.message}`)
    .join('; ');
  const more = errors.length > 5 ? `; and ${errors.length - 5} more` : '';
  return new BadRequestException({
    error: 'Bad Request',
    message: `Import refused, nothing was imported: ${shown}${more}`,
    errors,
  });
}

/** Rewrites a DTO message to name the CSV column ("consentRecordedAt must…" → "consentDate must…"). */
function columnMessage(e: ValidationError): ImportRowError['field'] {
  return COLUMN_OF[e.property] ?? e.property;
}

/**
 * Candidates from a CSV (`name,city,state,consentDate`): every row validated by the rules of
 * single candidate creation, and all rows inserted in one transaction or none.
 */
@Injectable()
export class CandidateImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly processes: ProcessesService,
    private readonly participants: ParticipantsService,
  ) {}

  async import(processId: string, csv: string | undefined): Promise<CandidateImportView> {
    const action = 'candidate.import';
    if (csv === undefined) {
      throw new BadRequestException(
        'Send the CSV as a text/csv body or as the multipart/form-data field "file"',
      );
    }
    const dtos = await this.parse(csv);
    return this.dataSource.transaction(async (m) => {
      const p = await this.processes.lockProcess(m, processId, action);
      this.access.assertOpen(p, action);
      const vettings = [];
      for (const { dto, row } of dtos) {
        vettings.push(await this.participants.insertCandidate(m, p, dto, { importRow: row }));
      }
      await this.audit.append(m, {
        action,
        subjectType: 'process',
        subjectId: processId,
        details: { imported: vettings.length, vettingIds: vettings.map((v) => v.id) },
      });
      return { imported: vettings.length, vettings };
    });
  }

  private async parse(csv: string): Promise<{ dto: CreateCandidateDto; row: number }[]> {
    let records: { record: string[]; info: { lines: number } }[];
    try {
      records = parse(csv, {
        bom: true,
        info: true,
        trim: true,
        skip_empty_lines: true,
      }) as unknown as { record: string[]; info: { lines: number } }[];
    } catch (error) {
      if (error instanceof CsvError) {
        const line = (error as CsvError & { lines?: number }).lines;
        throw refused([
          { row: line ?? 0, field: null, message: `Malformed CSV: ${error.message}` },
        ]);
      }
      throw error;
    }
    if (!records.length) throw refused([{ row: 1, field: null, message: 'The file is empty' }]);
    const [header, ...rows] = records;
    const columns = header.record;
    const missing = IMPORT_COLUMNS.filter((c) => !columns.includes(c));
    const unknown = columns.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c));
    if (missing.length || unknown.length) {
      throw refused([
        {
          row: header.info.lines,
          field: null,
          message: `The header must be ${IMPORT_COLUMNS.join(',')}${missing.length ? `; missing: ${missing.join(', ')}` : ''}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`,
        },
      ]);
    }
    if (!rows.length)
      throw refused([{ row: 2, field: null, message: 'The file has no candidate rows' }]);
    if (rows.length > MAX_IMPORT_ROWS) {
      throw refused([
        { row: 1, field: null, message: `At most ${MAX_IMPORT_ROWS} candidates per import` },
      ]);
    }
    const errors: ImportRowError[] = [];
    const out: { dto: CreateCandidateDto; row: number }[] = [];
    for (const { record, info } of rows) {
      const value = (c: string) => record[columns.indexOf(c)] || undefined;
      const dto = plainToInstance(CreateCandidateDto, {
        fullName: value('name') ?? '',
        city: value('city'),
        state: value('state'),
        consentRecordedAt: value('consentDate'),
      });
      const problems = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
      for (const e of problems) {
        const field = columnMessage(e);
        const message = firstMessage(e);
        errors.push({
          row: info.lines,
          field,
          message: message.startsWith(e.property)
            ? `${field}${message.slice(e.property.length)}`
            : message,
        });
      }
      if (!problems.length && new Date(dto.consentRecordedAt) > new Date()) {
        errors.push({
          row: info.lines,
          field: 'consentDate',
          message: CONSENT_IN_FUTURE.replace('consentRecordedAt', 'consentDate'),
        });
      }
      out.push({ dto, row: info.lines });
    }
    if (errors.length) throw refused(errors);
    return out;
  }
}
