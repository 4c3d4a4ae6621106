#ifndef C_FUZZ_DRIVER_H
#define C_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (libclang_rt.fuzzer, LLVM 11 and later). SwiftPM links an
/// executable target with `--defsym main=<module>_main`, so libFuzzer's own
/// `main` is never linked in: each fuzzer defines `<module>_main` and calls this.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
