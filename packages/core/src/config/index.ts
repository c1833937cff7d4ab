/** Parses and validates the environment into a frozen Config. */
export { loadConfig, ConfigError, configSchema, type Config } from './load-config.js';
