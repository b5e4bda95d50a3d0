/** The geodata folder the server reads and editors write: `GEODATA_DIR` or `<cwd>/geodata`. */
import { join, resolve } from 'node:path';

export function geodataDir(): string {
	return resolve(process.env.GEODATA_DIR || join(process.cwd(), 'geodata'));
}
