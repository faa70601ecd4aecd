#ifndef CLIBXML_SHIM_H
#define CLIBXML_SHIM_H
// Debian's libxml2 is built with ICU; its encoding header would pull ICU's headers into Swift,
// where they clash with Foundation's bundled ICU. We never use libxml2's ICU converters.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>

/// xmlFree is a mutable global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void clibxml_free(void *pointer) { xmlFree(pointer); }

static inline void clibxml_silent_generic(void *context, const char *message, ...) {
    (void)context; (void)message;
}
static inline void clibxml_silent_structured(void *context, xmlErrorPtr error) {
    (void)context; (void)error;
}
/// Silences libxml2's stderr output on the calling thread (the handlers are per thread and variadic).
static inline void clibxml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, clibxml_silent_generic);
    xmlSetStructuredErrorFunc(NULL, clibxml_silent_structured);
}
/// Whether the parser met errors it had to recover from.
static inline int clibxml_ctxt_well_formed(htmlParserCtxtPtr ctxt) { return ctxt->wellFormed; }
static inline int clibxml_ctxt_err_no(htmlParserCtxtPtr ctxt) { return ctxt->errNo; }
#endif
