import { z } from 'zod';
import { EmailAddress, RecordId } from './common';

export const UserRole = z.enum(['account_executive', 'sdr', 'marketer', 'sales_manager', 'customer_success', 'other']);
export type UserRole = z.infer<typeof UserRole>;

/** A person at the seller: the signed-in rep, a colleague, a record owner. */
export const User = z.object({
  id: RecordId,
  name: z.string().min(1).max(200),
  email: EmailAddress,
  role: UserRole,
  title: z.string().max(200).optional(),
});
export type User = z.infer<typeof User>;
