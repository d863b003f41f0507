#ifndef PROTOKOLL_CLIBFUZZER_SHIM_H
#define PROTOKOLL_CLIBFUZZER_SHIM_H
#include <stddef.h>
#include <stdint.h>
/* libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer); only called in FUZZING builds. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
