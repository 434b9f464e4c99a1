// libFuzzer's driver, for a program that owns `main` (SwiftPM points `main` at each executable's
// own entry on Linux, so libFuzzer's `main` is never linked). `-sanitize=fuzzer` links it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
