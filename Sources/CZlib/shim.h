#ifndef PROTOKOLL_CZLIB_SHIM_H
#define PROTOKOLL_CZLIB_SHIM_H
#include <zlib.h>
#endif
