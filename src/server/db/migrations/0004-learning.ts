import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The learning loop: a learner's plan, what they read, their exercises, quiz attempts and the
 * answers in them, their review deck with its FSRS state and review log, and their
 * self-assessment results. Every row belongs to one user and goes with the account
 * (`on delete cascade`). Booleans are 0/1 integers and timestamps ISO 8601 UTC text, which
 * read the same in SQLite and PostgreSQL.
 */
export const learning: Migration = {
  async up(db: Kysely<unknown>) {
    const userColumn = 'user_id';
    const owner = (table: string) =>
      db.schema
        .createTable(table)
        .addColumn(userColumn, 'varchar(36)', (col) =>
          col.notNull().references('users.id').onDelete('cascade'),
        );

    // One row per learner: when they start, how fast they go, how much they want to remember.
    await db.schema
      .createTable('learner_settings')
      .addColumn('user_id', 'varchar(36)', (col) =>
        col.primaryKey().references('users.id').onDelete('cascade'),
      )
      /** `YYYY-MM-DD`, the Monday (or any day) week 1 starts; null until chosen. */
      .addColumn('start_date', 'varchar(10)')
      /** Calendar days per program week: 7 is the standard pace, 14 half pace. */
      .addColumn('days_per_week', 'integer', (col) => col.notNull().defaultTo(7))
      .addColumn('desired_retention', 'double precision', (col) => col.notNull().defaultTo(0.9))
      .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
      .execute();

    await owner('topic_reads')
      .addColumn('topic_id', 'varchar(100)', (col) => col.notNull())
      /** `read` (marked read) or `test-out` (passed the quiz before reading). */
      .addColumn('via', 'varchar(10)', (col) =>
        col.notNull().check(sql`via in ('read', 'test-out')`),
      )
      .addColumn('read_at', 'varchar(30)', (col) => col.notNull())
      .addPrimaryKeyConstraint('topic_reads_pk', ['user_id', 'topic_id'])
      .execute();

    await owner('exercise_completions')
      .addColumn('topic_id', 'varchar(100)', (col) => col.notNull())
      .addColumn('exercise_id', 'varchar(100)', (col) => col.notNull())
      .addColumn('reflection', 'text', (col) => col.notNull())
      .addColumn('done_at', 'varchar(30)', (col) => col.notNull())
      .addPrimaryKeyConstraint('exercise_completions_pk', ['user_id', 'exercise_id'])
      .execute();

    await db.schema
      .createTable('quiz_attempts')
      .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
      .addColumn('user_id', 'varchar(36)', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('topic_id', 'varchar(100)', (col) => col.notNull())
      /** 1 for the first attempt at this topic's quiz, 2 for the next, … */
      .addColumn('attempt_number', 'integer', (col) => col.notNull())
      .addColumn('correct', 'integer', (col) => col.notNull())
      .addColumn('total', 'integer', (col) => col.notNull())
      /** 1 when the attempt was taken before the lesson was marked read. */
      .addColumn('before_reading', 'integer', (col) => col.notNull())
      .addColumn('submitted_at', 'varchar(30)', (col) => col.notNull())
      .addUniqueConstraint('quiz_attempts_user_topic_number', [
        'user_id',
        'topic_id',
        'attempt_number',
      ])
      .execute();

    // One row per question answered, so authors can ask which questions trip learners up.
    await db.schema
      .createTable('quiz_answers')
      .addColumn('attempt_id', 'varchar(36)', (col) =>
        col.notNull().references('quiz_attempts.id').onDelete('cascade'),
      )
      .addColumn('question_id', 'varchar(200)', (col) => col.notNull())
      /** JSON: the choice id or the number given; null when left unanswered. */
      .addColumn('given', 'text')
      .addColumn('correct', 'integer', (col) => col.notNull())
      .addColumn('first_attempt', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('quiz_answers_pk', ['attempt_id', 'question_id'])
      .execute();
    await db.schema
      .createIndex('quiz_answers_question')
      .on('quiz_answers')
      .column('question_id')
      .execute();

    // The learner's deck. A card is a content card, a question they missed (both resolved from
    // the content by `ref`), or one they wrote themselves (`front` and `back` kept here).
    await db.schema
      .createTable('deck_cards')
      .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
      .addColumn('user_id', 'varchar(36)', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('source', 'varchar(10)', (col) =>
        col.notNull().check(sql`source in ('content', 'missed', 'own')`),
      )
      /** The content card or question id; for an own card, its own id again. */
      .addColumn('ref', 'varchar(200)', (col) => col.notNull())
      .addColumn('topic_id', 'varchar(100)', (col) => col.notNull())
      .addColumn('front', 'text')
      .addColumn('back', 'text')
      .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
      // FSRS memory state (ts-fsrs `Card`).
      .addColumn('due', 'varchar(30)', (col) => col.notNull())
      .addColumn('stability', 'double precision', (col) => col.notNull())
      .addColumn('difficulty', 'double precision', (col) => col.notNull())
      .addColumn('scheduled_days', 'integer', (col) => col.notNull())
      .addColumn('learning_steps', 'integer', (col) => col.notNull())
      .addColumn('reps', 'integer', (col) => col.notNull())
      .addColumn('lapses', 'integer', (col) => col.notNull())
      /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
      .addColumn('state', 'integer', (col) => col.notNull())
      .addColumn('last_review', 'varchar(30)')
      .addUniqueConstraint('deck_cards_user_ref', ['user_id', 'ref'])
      .execute();
    await db.schema
      .createIndex('deck_cards_user_due')
      .on('deck_cards')
      .columns(['user_id', 'due'])
      .execute();

    await db.schema
      .createTable('review_logs')
      .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
      .addColumn('user_id', 'varchar(36)', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('card_id', 'varchar(36)', (col) =>
        col.notNull().references('deck_cards.id').onDelete('cascade'),
      )
      /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
      .addColumn('rating', 'integer', (col) => col.notNull())
      /** The card's state before this review. */
      .addColumn('state', 'integer', (col) => col.notNull())
      .addColumn('due', 'varchar(30)', (col) => col.notNull())
      .addColumn('stability', 'double precision', (col) => col.notNull())
      .addColumn('difficulty', 'double precision', (col) => col.notNull())
      .addColumn('elapsed_days', 'integer', (col) => col.notNull())
      .addColumn('scheduled_days', 'integer', (col) => col.notNull())
      .addColumn('reviewed_at', 'varchar(30)', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('review_logs_user_time')
      .on('review_logs')
      .columns(['user_id', 'reviewed_at'])
      .execute();

    // Self-assessments and the program diagnostic: the answers and the result computed from them.
    await owner('assessment_results')
      .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
      .addColumn('kind', 'varchar(20)', (col) =>
        col
          .notNull()
          .check(sql`kind in ('level', 'archetypes', 'diagnostic-start', 'diagnostic-end')`),
      )
      .addColumn('answers', 'text', (col) => col.notNull())
      .addColumn('result', 'text', (col) => col.notNull())
      .addColumn('taken_at', 'varchar(30)', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('assessment_results_user_kind')
      .on('assessment_results')
      .columns(['user_id', 'kind'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      'assessment_results',
      'review_logs',
      'deck_cards',
      'quiz_answers',
      'quiz_attempts',
      'exercise_completions',
      'topic_reads',
      'learner_settings',
    ])
      await db.schema.dropTable(table).execute();
  },
};
