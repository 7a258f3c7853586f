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
/* NULL when out of memory. */
void *pool_alloc(Pool *pool, size_t size);
/* size must be the size given to pool_alloc. */
void pool_free(Pool *pool, void *pointer, size_t size);
/* Moves an object of old_size bytes into new_size bytes (keeping what
 * fits) and returns where it now is; NULL when out of memory. */
void *pool_resize(Pool *pool, void *pointer, size_t old_size, size_t new_size);
/* Frees every slab; every pooled object becomes invalid. */
void pool_release(Pool *pool);

#endif
