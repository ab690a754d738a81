// Accounts, sessions and administration: the request and response shapes of /auth, /me and
// /admin. The web app validates its forms with the same schemas.
import { z } from 'zod';
import { labPassSchema } from './labs.js';
import { assessmentRecordSchema } from './assessments.js';
import { learningExportSchema } from './progress.js';
import { reviewsExportSchema } from './reviews.js';

export const roles = ['learner', 'mentor', 'admin'] as const;
export const roleSchema = z
  .enum(roles)
  .describe('learner; mentor (a learner’s rights until cohorts exist); admin')
  .meta({ id: 'Role' });

/** The header that carries the session's CSRF token on every state-changing request. */
export const csrfHeader = 'x-csrf-token';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address like ada@example.com')
  .describe('Email address; compared without regard to case');

/** A new password: the server also refuses commonly used ones (NIST SP 800-63B). */
export const newPasswordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(1024, 'must be at most 1024 characters')
  .describe('At least 10 characters, and not one of the most commonly used passwords');

const currentPasswordSchema = z.string().min(1, 'is required').max(1024);

export const signupBodySchema = z
  .object({
    email: emailSchema,
    password: newPasswordSchema,
    name: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(100, 'must be at most 100 characters')
      .describe('The name other people see'),
    inviteToken: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('The token of an invite link; required when sign-up is invite-only'),
  })
  .meta({ id: 'SignupRequest' });

export const loginBodySchema = z
  .object({ email: emailSchema, password: currentPasswordSchema })
  .meta({ id: 'LoginRequest' });

export const resetPasswordBodySchema = z
  .object({
    token: z.string().min(1).max(200).describe('The token of a password-reset link'),
    password: newPasswordSchema,
  })
  .meta({ id: 'ResetPasswordRequest' });

export const deleteAccountBodySchema = z
  .object({ password: currentPasswordSchema.describe('The account’s current password') })
  .meta({ id: 'DeleteAccountRequest' });

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    createdAt: z.string().describe('ISO 8601 UTC'),
  })
  .meta({ id: 'User' });

export const sessionSchema = z
  .object({
    user: userSchema,
    csrfToken: z
      .string()
      .describe('Send it in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE'),
  })
  .meta({ id: 'Session' });

export const adminUserSchema = userSchema
  .extend({
    deactivatedAt: z
      .string()
      .nullable()
      .describe('When the account was deactivated; null if active'),
  })
  .meta({ id: 'AdminUser' });

export const adminUserListSchema = z
  .object({ users: z.array(adminUserSchema) })
  .meta({ id: 'AdminUserList' });

export const userIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const updateUserBodySchema = z
  .object({
    role: roleSchema.optional(),
    active: z.boolean().optional().describe('false deactivates (and signs out), true reactivates'),
  })
  .refine((body) => body.role !== undefined || body.active !== undefined, {
    message: 'give role, active or both',
  })
  .meta({ id: 'UpdateUserRequest' });

export const createInviteBodySchema = z
  .object({ role: roleSchema.default('learner').describe('The role the invited account gets') })
  .meta({ id: 'CreateInviteRequest' });

export const linkSchema = z
  .object({
    url: z.string().describe('The link to hand over; it works once'),
    token: z.string().describe('The secret inside the link'),
    expiresAt: z.string().describe('ISO 8601 UTC'),
  })
  .meta({ id: 'Link' });

export const inviteSchema = linkSchema.extend({ role: roleSchema }).meta({ id: 'Invite' });

const exportTimes = {
  createdAt: z.string(),
  expiresAt: z.string(),
};

export const accountExportSchema = z
  .object({
    exportedAt: z.string(),
    user: userSchema.extend({ updatedAt: z.string(), deactivatedAt: z.string().nullable() }),
    sessions: z.array(z.object({ ...exportTimes, lastSeenAt: z.string() })),
    invitesIssued: z.array(
      z.object({ ...exportTimes, role: roleSchema, usedAt: z.string().nullable() }),
    ),
    passwordResets: z.array(z.object({ ...exportTimes, usedAt: z.string().nullable() })),
    labPasses: z.array(labPassSchema),
    learning: learningExportSchema,
    reviews: reviewsExportSchema,
    assessments: z
      .array(assessmentRecordSchema)
      .describe('Self-assessment and diagnostic results, oldest first'),
  })
  .meta({ id: 'AccountExport' });

export type Role = z.infer<typeof roleSchema>;
export type User = z.infer<typeof userSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type AdminUser = z.infer<typeof adminUserSchema>;
export type AccountExport = z.infer<typeof accountExportSchema>;
