#ifndef NEWSGRAPH_CZLIB_SHIM_H
#define NEWSGRAPH_CZLIB_SHIM_H
#include <zlib.h>

/// `inflateInit2` is a macro; Swift cannot call macros, so wrap it.
static inline int newsgraph_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
#endif
