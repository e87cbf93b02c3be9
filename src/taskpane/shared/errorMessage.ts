/** The text of a rejection, fit to show the user: an Error's message, else the value as text. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return String(error);
}
