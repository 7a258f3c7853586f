/* Pool: size classes of 16 bytes, each a free list threaded through the
 * free blocks themselves; an empty list is refilled from a new slab. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "pool.h"

#define SLAB_SIZE (64 * 1024)

void pool_init(Pool *pool) {
  for (int i = 0; i < POOL_CLASSES; i++) pool->free[i] = NULL;
  pool->slabs = NULL;
  pool->slab_count = 0;
  pool->slab_capacity = 0;
}

#ifdef POOL_DISABLED
void *pool_alloc_slow(Pool *pool, size_t size) {
  (void)pool;
  return malloc(size);
}
#else
/* Carves a new slab into free blocks of size_class. */
static bool refill(Pool *pool, int size_class) {
  if (pool->slab_count == pool->slab_capacity) {
    int capacity = pool->slab_capacity < 16 ? 16 : pool->slab_capacity * 2;
    void **slabs = realloc(pool->slabs, sizeof(void *) * (size_t)capacity);
    if (slabs == NULL) return false;
    pool->slabs = slabs;
    pool->slab_capacity = capacity;
  }
  char *slab = malloc(SLAB_SIZE);
  if (slab == NULL) return false;
  pool->slabs[pool->slab_count++] = slab;
  size_t block = (size_t)(size_class + 1) * 16;
  for (size_t offset = 0; offset + block <= SLAB_SIZE; offset += block) {
    PoolBlock *b = (PoolBlock *)(slab + offset);
    b->next = pool->free[size_class];
    pool->free[size_class] = b;
  }
  return true;
}

void *pool_alloc_slow(Pool *pool, size_t size) {
  if (size > POOL_MAX_SIZE) return malloc(size);
  if (!refill(pool, (int)((size + 15) / 16) - 1)) return NULL;
  return pool_alloc(pool, size);
}
#endif

void pool_free_slow(Pool *pool, void *pointer, size_t size) {
  (void)pool, (void)size;
  free(pointer);
}

void *pool_resize(Pool *pool, void *pointer, size_t old_size, size_t new_size) {
  if (old_size > POOL_MAX_SIZE && new_size > POOL_MAX_SIZE) return realloc(pointer, new_size);
  void *moved = pool_alloc(pool, new_size);
  if (moved == NULL) return NULL;
  memcpy(moved, pointer, old_size < new_size ? old_size : new_size);
  pool_free(pool, pointer, old_size);
  return moved;
}

void pool_release(Pool *pool) {
  for (int i = 0; i < pool->slab_count; i++) free(pool->slabs[i]);
  free(pool->slabs);
  pool_init(pool);
}
