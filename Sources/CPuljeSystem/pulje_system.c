// renameat2 through syscall(2): glibc declares it only with _GNU_SOURCE and from 2.28, and
// Swift's Glibc module does not export it.
#define _GNU_SOURCE
#include "pulje_system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

static int rename_with(const char *from, const char *to, unsigned int flags) {
#ifdef SYS_renameat2
    if (syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, flags) == 0) return 0;
    return errno;
#else
    (void)from; (void)to; (void)flags;
    return ENOSYS;
#endif
}

int pulje_rename_exchange(const char *first, const char *second) {
    return rename_with(first, second, RENAME_EXCHANGE);
}

int pulje_rename_noreplace(const char *from, const char *to) {
    return rename_with(from, to, RENAME_NOREPLACE);
}
#else
int pulje_rename_exchange(const char *first, const char *second) {
    (void)first; (void)second;
    return ENOSYS;
}

int pulje_rename_noreplace(const char *from, const char *to) {
    (void)from; (void)to;
    return ENOSYS;
}
#endif
