export * from './candidate-record';
export * from './candidate-identity';
export * from './candidate-store';
export * from './merge-records';
export * from './record-migrations';
export * from './screening-snapshot';
export * from './storage-area';
export * from './storage-usage';
