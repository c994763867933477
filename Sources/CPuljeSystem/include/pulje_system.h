#ifndef PULJE_SYSTEM_H
#define PULJE_SYSTEM_H

/// Swaps the two paths in one step (Linux renameat2 with RENAME_EXCHANGE). Returns 0, or the
/// errno: ENOSYS or EINVAL where the kernel or the file system cannot exchange.
int pulje_rename_exchange(const char *first, const char *second);

/// Renames `from` to `to` only if `to` does not exist (renameat2 with RENAME_NOREPLACE).
/// Returns 0, or the errno (EEXIST when `to` exists; ENOSYS or EINVAL where unsupported).
int pulje_rename_noreplace(const char *from, const char *to);

#endif
