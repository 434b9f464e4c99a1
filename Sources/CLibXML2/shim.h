#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H

// Foundation links its own ICU; Debian's libxml2 headers pull in the system ICU when
// LIBXML_ICU_ENABLED is set, and the two clash on a clean build. We never use libxml2's
// ICU entry points, so switch them off before the rest of the headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

/// `xmlFree` is a global function pointer, which Swift 6 strict concurrency rejects as
/// shared mutable state; calling it through an inline function is safe and cheap.
static inline void newsgraph_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
