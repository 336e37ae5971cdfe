export * from './span.js';
export * from './offset-map.js';
export * from './doc.js';
export * from './message.js';
export * from './codes.js';
export * from './ids.js';
export * from './raw-input.js';
export * from './extracted.js';
