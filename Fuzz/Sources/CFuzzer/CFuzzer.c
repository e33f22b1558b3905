// Declarations only: LLVMFuzzerRunDriver lives in the libFuzzer runtime that -sanitize=fuzzer links.
#include "CFuzzer.h"
