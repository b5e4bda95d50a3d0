/**
 * Password hashes for editors: scrypt from `node:crypto` (memory-hard, no dependency), stored as
 * `scrypt$N$r$p$salt$hash` (base64url) so the cost can be raised later without breaking old
 * entries.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const COST = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		scrypt(
			password.normalize('NFC'),
			salt,
			KEY_LENGTH,
			{ ...options, maxmem: 64 * 1024 * 1024 },
			(error, key) => (error ? reject(error) : resolve(key))
		)
	);
}

export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, COST);
	return [
		'scrypt',
		COST.N,
		COST.r,
		COST.p,
		salt.toString('base64url'),
		key.toString('base64url')
	].join('$');
}

/** Whether `password` matches `stored`; false (never a throw) for a malformed entry. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, hash] = stored.split('$');
	if (scheme !== 'scrypt' || !salt || !hash) return false;
	const options = { N: Number(n), r: Number(r), p: Number(p) };
	if (!Object.values(options).every((value) => Number.isInteger(value) && value > 0)) return false;
	const expected = Buffer.from(hash, 'base64url');
	if (expected.length !== KEY_LENGTH) return false;
	try {
		const key = await derive(password, Buffer.from(salt, 'base64url'), options);
		return timingSafeEqual(key, expected);
	} catch {
		return false;
	}
}
