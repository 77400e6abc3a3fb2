/** Interview templates and the invitations sent from them (S4 `/interviewer/interviews/*`). */
export * from './template.handlers';
export * from './interview-templates.projection';
export * from './commands/create-interview-template.command';
export * from './commands/update-interview-template.command';
export * from './commands/delete-interview-template.command';
export * from './commands/invite-from-template.command';
export * from './queries/list-interview-templates.query';
export * from './queries/get-interview-template.query';
export * from './queries/list-invitations.query';
export * from './queries/get-invitation.query';
