export * from './candidate-document';
export * from './evidence';
export * from './screening';
export { z } from './zod';
