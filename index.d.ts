/** Types of the package entry (index.js) inside this repository: the API of api.ts. */
export * from './api.ts';
