// What makes a new password acceptable, after NIST SP 800-63B §5.1.1.2: at least 10
// characters (the contract's schema refuses shorter ones too) and not on a list of commonly
// used or breached passwords. No composition rules, which NIST advises against.
//
// The list is the "passwords-common" dictionary of @zxcvbn-ts/language-common (MIT): about
// 49,000 passwords ranked by frequency in public breach corpora. It is loaded on first use so
// commands that never check a password do not pay for it.

export const minimumPasswordLength = 10;

let common: Promise<Set<string>> | null = null;

function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())),
  );
  return common;
}

/** Why the password is not acceptable, or null when it is. */
export async function passwordProblem(password: string): Promise<string | null> {
  if ([...password].length < minimumPasswordLength)
    return `must be at least ${minimumPasswordLength} characters`;
  if ((await commonPasswords()).has(password.toLowerCase()))
    return 'is one of the most commonly used passwords; choose one that is harder to guess';
  return null;
}
