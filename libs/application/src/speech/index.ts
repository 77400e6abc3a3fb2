/** Speech: text to speech and speech to text through the configured engines. */
export * from './speech.handlers';
export * from './queries/get-speech-limits.query';
export * from './queries/synthesize-speech.query';
export * from './queries/transcribe-audio.query';
