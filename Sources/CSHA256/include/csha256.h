// SHA-256 block compression with the x86 SHA extensions (SHA-NI), which Swift
// cannot reach: its intrinsics need a per-function target attribute.
// HearsayCore's SHA256 uses it when the processor has it, and its own Swift
// rounds otherwise (other processors, other architectures).
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// The 64 round constants K of FIPS 180-4.
extern const uint32_t hearsay_sha256_k[64];

/// 1 when this processor runs `hearsay_sha256_blocks_x86` (SHA, SSSE3, SSE4.1), else 0.
int hearsay_sha256_x86_available(void);

/// Compresses `blocks` whole 64-byte blocks at `data` into `state` (h0...h7 of
/// FIPS 180-4, native order). Only call it when `hearsay_sha256_x86_available()`.
void hearsay_sha256_blocks_x86(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
