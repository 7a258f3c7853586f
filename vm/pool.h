/* Pool: a small-object allocator for heap objects. Objects up to
 * POOL_MAX_SIZE bytes come from per-size free lists carved out of 64 KiB
 * slabs, which makes allocating and freeing the many short-lived strings
 * and lists of a script cheap. Larger sizes go to malloc. Under
 * AddressSanitizer every object goes to malloc, so ASan still sees each
 * one. */
#ifndef SABRE_VM_POOL_H
#define SABRE_VM_POOL_H

#include <stddef.h>

#define POOL_MAX_SIZE 1024
#define POOL_CLASSES (POOL_MAX_SIZE / 16)

typedef struct PoolBlock {
  struct PoolBlock *next;
} PoolBlock;

typedef struct {
  PoolBlock *free[POOL_CLASSES];
  void **slabs;
  int slab_count;
  int slab_capacity;
} Pool;

void pool_init(Pool *pool);

/* Under AddressSanitizer every object goes to malloc. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_DISABLED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_DISABLED 1
#endif
#endif

/* What pool_alloc and pool_free do when the free list cannot serve: a new
 * slab, or malloc and free for large sizes (and for all under ASan). */
void *pool_alloc_slow(Pool *pool, size_t size);
void pool_free_slow(Pool *pool, void *pointer, size_t size);

/* NULL when out of memory. Inline: a script allocates an object every few
 * instructions. */
static inline void *pool_alloc(Pool *pool, size_t size) {
#ifndef POOL_DISABLED
  if (size <= POOL_MAX_SIZE) {
    PoolBlock **list = &pool->free[(size + 15) / 16 - 1];
    PoolBlock *b = *list;
    if (b != NULL) {
      *list = b->next;
      /* The next block is most often cold (the collector freed it in heap
       * order, far from this one): fetch it now, for next time. */
      if (b->next != NULL) __builtin_prefetch(b->next, 1);
      return b;
    }
  }
#endif
  return pool_alloc_slow(pool, size);
}

/* size must be the size given to pool_alloc. */
static inline void pool_free(Pool *pool, void *pointer, size_t size) {
#ifndef POOL_DISABLED
  if (size <= POOL_MAX_SIZE) {
    PoolBlock **list = &pool->free[(size + 15) / 16 - 1];
    PoolBlock *b = pointer;
    b->next = *list;
    *list = b;
    return;
  }
#endif
  pool_free_slow(pool, pointer, size);
}

/* Moves an object of old_size bytes into new_size bytes (keeping what
 * fits) and returns where it now is; NULL when out of memory. */
void *pool_resize(Pool *pool, void *pointer, size_t old_size, size_t new_size);
/* Frees every slab; every pooled object becomes invalid. */
void pool_release(Pool *pool);

#endif
