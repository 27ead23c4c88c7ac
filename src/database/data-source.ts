import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** Used by the TypeORM CLI: `npm run migration:generate -- migrations/<timestamp>-Name`. */
export default new DataSource(dataSourceOptions(validateConfig(process.env).DATABASE_URL));
