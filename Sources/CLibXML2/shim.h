#ifndef PROTOKOLL_CLIBXML2_SHIM_H
#define PROTOKOLL_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU; its headers then clash with Foundation's own ICU copy
   ("'UErrorCode' has different definitions"). Read the version header first and drop the flag. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#endif
