/* The list of native modules the loader knows, by name. */
#include "sabre.h"

extern const SbModule os_module;
extern const SbModule re_module;
extern const SbModule socket_module;
extern const SbModule ssl_module;

const SbModule *const sb_modules[] = {
    &os_module,
    &re_module,
    &socket_module,
    &ssl_module,
    NULL,
};
