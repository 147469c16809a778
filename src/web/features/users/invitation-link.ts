/** The full address of an invitation page, to send by hand (Aware has no mail server). */
export const invitationLink = (origin: string, path: string): string => new URL(path, origin).toString();
