/** The error services throw, and its codes. */
export { AppError, isAppError, type AppErrorCode } from './app-error.js';
