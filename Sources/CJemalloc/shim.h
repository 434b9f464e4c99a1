#ifndef NEWSGRAPH_CJEMALLOC_SHIM_H
#define NEWSGRAPH_CJEMALLOC_SHIM_H

// Linking libjemalloc makes its malloc and free the process's own: the extract stage allocates
// and frees small arrays and strings for every document on every worker, and the database
// writer frees what the workers allocated; glibc's arenas spend a tenth of a run on that.
//
// Only `mallctl` is declared here: <jemalloc/jemalloc.h> declares malloc and free again, which
// would clash with Glibc's declarations in the Swift modules that import both.
#include <stdbool.h>
#include <stddef.h>

int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen);

/// jemalloc's version string, or NULL when the allocator in use is not jemalloc.
static inline const char *newsgraph_jemalloc_version(void) {
    const char *version = NULL;
    size_t length = sizeof(version);
    return mallctl("version", (void *)&version, &length, NULL, 0) == 0 ? version : NULL;
}

/// Lets jemalloc return freed pages to the system from its own background threads, not inside
/// malloc and free on the workers: a 1 GB run spent a third less time in the kernel that way.
/// Returns 0 on success.
static inline int newsgraph_jemalloc_purge_in_background(void) {
    bool enable = true;
    return mallctl("background_thread", NULL, NULL, (void *)&enable, sizeof(enable));
}

#endif
