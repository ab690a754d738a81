// The database's tables as Kysely sees them. Timestamps are ISO 8601 UTC text
// (`2026-11-27T09:00:00.000Z`), identical in SQLite and PostgreSQL and sortable as text.

export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: string;
}

export type Role = 'learner' | 'mentor' | 'admin';

export interface UsersTable {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string;
  /** Self-describing scrypt hash: see src/server/accounts/passwords.ts. */
  password_hash: string;
  role: Role;
  created_at: string;
  updated_at: string;
  /** Null while the account is active. */
  deactivated_at: string | null;
}

/** The id of a session, invite or reset is the SHA-256 (hex) of its secret token. */
export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface InvitesTable {
  id: string;
  role: Role;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A lab challenge the server re-ran and saw pass. */
export interface LabPassesTable {
  id: string;
  user_id: string;
  lab_id: string;
  /** JSON: the knob values of the run. */
  knobs: string;
  /** PostgreSQL returns bigint as a string; read it with Number(). */
  seed: number | string;
  /** A diagnosis lab's answer. */
  answer: string | null;
  /** JSON: the conditions as the server evaluated them. */
  conditions: string;
  passed_at: string;
}

/** One row per learner who has set a plan or a retention. */
export interface LearnerSettingsTable {
  user_id: string;
  /** `YYYY-MM-DD`; null until the learner picks a start date. */
  start_date: string | null;
  /** Calendar days per program week: 7 standard, 14 half pace. */
  days_per_week: number;
  /** FSRS desired retention, 0.7–0.97. */
  desired_retention: number;
  updated_at: string;
}

export interface TopicReadsTable {
  user_id: string;
  topic_id: string;
  via: 'read' | 'test-out';
  read_at: string;
}

export interface ExerciseCompletionsTable {
  user_id: string;
  topic_id: string;
  exercise_id: string;
  reflection: string;
  done_at: string;
}

export interface QuizAttemptsTable {
  id: string;
  user_id: string;
  topic_id: string;
  /** 1 for the first attempt at the topic's quiz. */
  attempt_number: number;
  correct: number;
  total: number;
  /** 0 or 1: taken before the lesson was marked read. */
  before_reading: number;
  submitted_at: string;
}

export interface QuizAnswersTable {
  attempt_id: string;
  question_id: string;
  /** JSON of the choice id or number given; null when unanswered. */
  given: string | null;
  /** 0 or 1. */
  correct: number;
  /** 0 or 1. */
  first_attempt: number;
}

export type DeckCardSource = 'content' | 'missed' | 'own';

/** A card in a learner's deck with its FSRS memory state (ts-fsrs `Card`). */
export interface DeckCardsTable {
  id: string;
  user_id: string;
  source: DeckCardSource;
  /** Content card or question id (`topic.local`); an own card's ref is its own id. */
  ref: string;
  topic_id: string;
  /** Only for own cards: content cards are read from the content. */
  front: string | null;
  back: string | null;
  created_at: string;
  due: string;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review: string | null;
}

export interface ReviewLogsTable {
  id: string;
  user_id: string;
  card_id: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** The card's state before the review. */
  state: number;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  reviewed_at: string;
}

export type AssessmentKind = 'level' | 'archetypes' | 'diagnostic-start' | 'diagnostic-end';

export interface AssessmentResultsTable {
  id: string;
  user_id: string;
  kind: AssessmentKind;
  /** JSON: the answers as submitted (validated). */
  answers: string;
  /** JSON: the result computed from them. */
  result: string;
  taken_at: string;
}

export interface DatabaseSchema {
  app_meta: AppMetaTable;
  users: UsersTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  password_resets: PasswordResetsTable;
  lab_passes: LabPassesTable;
  learner_settings: LearnerSettingsTable;
  topic_reads: TopicReadsTable;
  exercise_completions: ExerciseCompletionsTable;
  quiz_attempts: QuizAttemptsTable;
  quiz_answers: QuizAnswersTable;
  deck_cards: DeckCardsTable;
  review_logs: ReviewLogsTable;
  assessment_results: AssessmentResultsTable;
}
