/**
 * The tables as Kysely sees them (snake_case columns, as created by migrations/). Times are ISO-8601
 * text; JSON values are text we stringify and parse ourselves, so both engines return exactly the
 * JSON that was written (PostgreSQL's jsonb would reorder keys). Booleans are 0/1 integers because
 * SQLite has no boolean. PostgreSQL returns BIGINT and COUNT as strings, hence `number | string`.
 */
import type { Generated } from "kysely";

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  activity: ActivityTable;
  uploads: UploadsTable;
  saved_audits: SavedAuditsTable;
  vacancies: VacanciesTable;
  applications: ApplicationsTable;
  screening_log: ScreeningLogTable;
  letters: LettersTable;
  monitoring_answers: MonitoringAnswersTable;
  assessments: AssessmentsTable;
  assessment_versions: AssessmentVersionsTable;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  is_demo: number;
  created_at: string;
}

export interface UsersTable {
  id: string;
  organisation_id: string;
  email: string;
  /** The email lower-cased: the unique key, so uniqueness does not depend on a database's lower(). */
  email_key: string;
  name: string;
  password_hash: string;
  role: string;
  created_at: string;
}

export interface InvitationsTable {
  id: string;
  organisation_id: string;
  token_hash: string;
  role: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface LoginFailuresTable {
  id: string;
  throttle_key: string;
  at: string;
}

export interface ActivityTable {
  /** Insertion order, to break ties between entries with the same `at`. */
  seq: Generated<number | string>;
  id: string;
  organisation_id: string;
  user_id: string | null;
  action: string;
  subject: string | null;
  details: string | null;
  at: string;
}

export interface UploadsTable {
  id: string;
  organisation_id: string;
  created_by: string;
  filename: string;
  path: string;
  bytes: number | string;
  sha256: string;
  format: string;
  columns: string;
  guess: string;
  created_at: string;
}

export interface SavedAuditsTable {
  id: string;
  organisation_id: string;
  created_by: string;
  upload_id: string | null;
  filename: string;
  title: string;
  request: string;
  document: string;
  row_count: number | string;
  findings: string;
  created_at: string;
}

export interface VacanciesTable {
  id: string;
  organisation_id: string;
  created_by: string;
  public_token: string;
  status: string;
  version: number | string;
  definition: string;
  preferential_policy: string | null;
  monitoring: string;
  created_at: string;
  updated_at: string;
}

export interface ApplicationsTable {
  id: string;
  organisation_id: string;
  vacancy_id: string;
  number: number | string;
  source: string;
  name: string;
  email: string | null;
  fields: string;
  preference_claim: number;
  status_token_hash: string | null;
  created_by: string | null;
  created_at: string;
}

export interface ScreeningLogTable {
  seq: Generated<number | string>;
  id: string;
  organisation_id: string;
  vacancy_id: string;
  application_id: string | null;
  kind: string;
  vacancy_version: number | string;
  recommendation: string | null;
  score: number | string | null;
  decision: string | null;
  override: number;
  reason: string | null;
  decider_id: string | null;
  at: string;
  details: string | null;
}

export interface LettersTable {
  id: string;
  organisation_id: string;
  application_id: string;
  language: string;
  html: string;
  sent_by: string;
  sent_at: string;
}

export interface MonitoringAnswersTable {
  id: string;
  organisation_id: string;
  vacancy_id: string;
  application_id: string;
  answers: string;
  consent_version: string;
  consented_at: string;
  delete_after: string;
}

export interface AssessmentsTable {
  id: string;
  organisation_id: string;
  title: string;
  created_by: string;
  created_at: string;
}

export interface AssessmentVersionsTable {
  seq: Generated<number | string>;
  organisation_id: string;
  assessment_id: string;
  version: number | string;
  questionnaire_version: string;
  answers: string;
  saved_by: string;
  saved_at: string;
}
