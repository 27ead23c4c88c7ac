import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id (the unit test checks the encoded prefix).
export const hashPassword = (password: string): Promise<string> => hash(password);

export const verifyPassword = async (encoded: string, password: string): Promise<boolean> => {
  try {
    return await verify(encoded, password);
  } catch {
    return false;
  }
};
