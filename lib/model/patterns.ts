/**
 * Plain patterns shared by the zod schemas and by code that must stay zod-free
 * (content scripts run inside Gmail's page and have a size budget).
 */
export const EMAIL_PATTERN = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;
export const MAX_EMAIL_LENGTH = 320;
