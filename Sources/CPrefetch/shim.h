// The processor's prefetch hint, which Swift does not expose: a read of memory
// that is wanted soon starts without waiting for it (AnalysisJSON, for the
// scattered texts of an actor's mentions).
#ifndef CPREFETCH_SHIM_H
#define CPREFETCH_SHIM_H

static inline void hearsay_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
