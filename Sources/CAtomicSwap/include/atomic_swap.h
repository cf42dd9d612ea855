#ifndef DIGLOT_ATOMIC_SWAP_H
#define DIGLOT_ATOMIC_SWAP_H

/// Exchanges two paths in one step (Linux renameat2 with RENAME_EXCHANGE); 0 on success, -1 and errno otherwise.
int diglot_exchange_paths(const char *first, const char *second);

#endif
