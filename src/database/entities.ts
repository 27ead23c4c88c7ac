import { AuditEvent } from '../audit/audit-event.entity';
import { AuditVerification } from '../audit/audit-verification.entity';
import { Session } from '../auth/session.entity';
import { Capture } from '../capture/capture.entity';
import { Designation } from '../designations/designation.entity';
import { EvidenceFile, Finding, Validation } from '../findings/finding.entity';
import { Candidate } from '../processes/candidate.entity';
import { ChecklistItem, ChecklistVersion } from '../processes/checklist.entity';
import { PanelMember, ProcessSearcher } from '../processes/panel-member.entity';
import { HiringProcess } from '../processes/process.entity';
import { ExportBundle, LegalHold, PurgeTombstone, RecordsRequest } from '../records/records.entity';
import { ReportRelease, ReportVersion } from '../reports/report.entity';
import {
  CandidateResponse,
  DetectorMiss,
  FilterDecision,
  FilterReview,
  Screening,
  ScreeningFlag,
  ScreeningOutbox,
} from '../screening/screening.entity';
import { User } from '../users/user.entity';
import { ItemResult, SearchLog, Vetting } from '../vettings/vetting.entity';

/** Every entity, listed once, for the app and the migration CLI alike. */
export const ENTITIES = [
  User,
  Session,
  AuditEvent,
  AuditVerification,
  Designation,
  HiringProcess,
  ChecklistVersion,
  ChecklistItem,
  PanelMember,
  ProcessSearcher,
  Candidate,
  Vetting,
  ItemResult,
  SearchLog,
  Finding,
  EvidenceFile,
  Validation,
  Capture,
  ScreeningOutbox,
  Screening,
  ScreeningFlag,
  FilterReview,
  FilterDecision,
  CandidateResponse,
  DetectorMiss,
  ReportRelease,
  ReportVersion,
  LegalHold,
  RecordsRequest,
  PurgeTombstone,
  ExportBundle,
];
