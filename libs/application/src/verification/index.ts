/** Identity verification: document and face image checks. */
export * from './verification.handlers';
export * from './verifications.projection';
export * from './commands/submit-identity-document.command';
export * from './commands/submit-face-image.command';
export * from './commands/verification-upload';
export * from './queries/get-verification.query';
