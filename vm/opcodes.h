/* The instruction set, as one X-macro list shared by the compiler, the VM's
 * dispatch table and the disassembler. OP(name, operand bytes, stack effect)
 * where the stack effect is the net change for ops whose effect is fixed;
 * ops whose effect depends on an operand say 0 and the compiler adjusts. */
#ifndef SABRE_VM_OPCODES_H
#define SABRE_VM_OPCODES_H

#define SB_OPCODES(OP)                                                      \
  OP(CONSTANT, 2, 1)                                                        \
  OP(NIL, 0, 1)                                                             \
  OP(TRUE, 0, 1)                                                            \
  OP(FALSE, 0, 1)                                                           \
  OP(SMALL_INT, 1, 1) /* pushes the operand as a number */                  \
  OP(POP, 0, -1)                                                            \
  OP(POPN, 1, 0)                                                            \
  OP(DUP, 0, 1)                                                             \
  OP(DUP2, 0, 2)                                                            \
  OP(GET_LOCAL, 1, 1)                                                       \
  OP(GET_LOCAL2, 2, 2) /* two GET_LOCALs in one */                          \
  OP(SET_LOCAL, 1, 0)                                                       \
  OP(SET_LOCAL_POP, 1, -1)                                                  \
  OP(GET_GLOBAL, 2, 1)                                                      \
  OP(SET_GLOBAL, 2, 0)                                                      \
  OP(DEFINE_GLOBAL, 2, -1)                                                  \
  OP(GET_UPVALUE, 1, 1)                                                     \
  OP(SET_UPVALUE, 1, 0)                                                     \
  OP(GET_PROPERTY, 2, 0)                                                    \
  OP(GET_PROPERTY_KEEP, 2, 1) /* leaves the object below the value */      \
  OP(SET_PROPERTY, 2, -1)                                                   \
  OP(GET_SUPER, 2, -1)                                                      \
  OP(GET_INDEX, 0, -1)                                                      \
  OP(GET_INDEX_KEEP, 0, 1) /* leaves object and index below the value */   \
  OP(GET_INDEX_INT, 1, 0) /* SMALL_INT n and GET_INDEX in one */            \
  OP(SET_INDEX, 0, -2)                                                      \
  OP(SLICE, 0, -2)                                                          \
  OP(EQUAL, 0, -1)                                                          \
  OP(NOT_EQUAL, 0, -1)                                                      \
  OP(GREATER, 0, -1)                                                        \
  OP(GREATER_EQUAL, 0, -1)                                                  \
  OP(LESS, 0, -1)                                                           \
  OP(LESS_EQUAL, 0, -1)                                                     \
  OP(ADD, 0, -1)                                                            \
  OP(SUBTRACT, 0, -1)                                                       \
  OP(ADD_SMALL, 1, 0) /* SMALL_INT n and ADD in one */                      \
  OP(SUBTRACT_SMALL, 1, 0) /* SMALL_INT n and SUBTRACT in one */            \
  OP(MULTIPLY, 0, -1)                                                       \
  OP(DIVIDE, 0, -1)                                                         \
  OP(MODULO, 0, -1)                                                         \
  OP(FLOOR_DIVIDE, 0, -1)                                                   \
  OP(POWER, 0, -1)                                                          \
  OP(BIT_AND, 0, -1)                                                        \
  OP(BIT_OR, 0, -1)                                                         \
  OP(BIT_XOR, 0, -1)                                                        \
  OP(SHIFT_LEFT, 0, -1)                                                     \
  OP(SHIFT_RIGHT, 0, -1)                                                    \
  OP(SHIFT_URIGHT, 0, -1)                                                   \
  OP(NEGATE, 0, 0)                                                          \
  OP(NOT, 0, 0)                                                             \
  OP(BIT_NOT, 0, 0)                                                         \
  OP(INC_LOCAL, 2, 0) /* slot, signed delta: local += delta */             \
  OP(ADD_LOCAL, 2, 0) /* slot, other slot: local += other local */         \
  OP(RANGE, 0, -1)                                                          \
  OP(JUMP, 2, 0)                                                            \
  OP(JUMP_IF_FALSE, 2, 0)                                                   \
  OP(JUMP_IF_TRUE, 2, 0)                                                    \
  OP(POP_JUMP_IF_FALSE, 2, -1)                                              \
  OP(LOOP, 2, 0)                                                            \
  /* Comparison fused with POP_JUMP_IF_FALSE: jump unless a op b. */       \
  OP(JUMP_IF_NOT_LESS, 2, -2)                                               \
  OP(JUMP_IF_NOT_LESS_EQUAL, 2, -2)                                         \
  OP(JUMP_IF_NOT_GREATER, 2, -2)                                            \
  OP(JUMP_IF_NOT_GREATER_EQUAL, 2, -2)                                      \
  OP(JUMP_IF_NOT_EQUAL, 2, -2)                                              \
  OP(JUMP_IF_EQUAL, 2, -2)                                                  \
  /* The same against a literal 0..255: operand byte n, then the offset. */ \
  OP(JUMP_IF_NOT_LESS_SMALL, 3, -1)                                         \
  OP(JUMP_IF_NOT_LESS_EQUAL_SMALL, 3, -1)                                   \
  OP(JUMP_IF_NOT_GREATER_SMALL, 3, -1)                                      \
  OP(JUMP_IF_NOT_GREATER_EQUAL_SMALL, 3, -1)                                \
  OP(CALL, 1, 0)                                                            \
  OP(INVOKE, 3, 0)                                                          \
  OP(SUPER_INVOKE, 3, 0)                                                    \
  OP(CLOSURE, 2, 1)                                                         \
  OP(CLOSE_UPVALUE, 0, -1)                                                  \
  OP(RETURN, 0, -1)                                                         \
  OP(ARG_DEFAULT, 3, 0) /* slot, jump: skip when the argument was given */ \
  OP(LIST, 1, 0)                                                            \
  OP(LIST_APPEND, 1, 0)                                                     \
  OP(DICT, 1, 0)                                                            \
  OP(DICT_ADD, 1, 0)                                                        \
  OP(INTERPOLATE, 1, 0)                                                     \
  OP(ECHO, 0, -1)                                                           \
  OP(REPL_ECHO, 0, -1) /* prints the quoted value unless it is nil */      \
  OP(FOR_ITER, 3, 0) /* base slot, exit jump */                             \
  OP(CLASS, 2, 1)                                                           \
  OP(INHERIT, 0, 0)                                                         \
  OP(METHOD, 2, -1)                                                         \
  OP(STATIC_METHOD, 2, -1)                                                  \
  OP(FIELD, 2, -1)                                                          \
  OP(STATIC_FIELD, 2, -1)                                                   \
  OP(TRY, 2, 0)                                                             \
  OP(TRY_FINALLY, 2, 0)                                                     \
  OP(POP_TRY, 1, 0)                                                         \
  OP(RAISE, 0, -1)                                                          \
  OP(MATCH_EXCEPTION, 0, -1) /* exception, class -> is an instance */      \
  OP(PASS_INTERRUPT, 0, 0) /* raises the value on top again if it is a     \
                              KeyboardInterrupt: catch-alls let it by */    \
  OP(END_FINALLY, 0, -2)                                                    \
  OP(ASSERT, 1, 0)                                                          \
  OP(IMPORT, 2, 1)                                                          \
  OP(IMPORT_NAME, 2, 1) /* module on stack -> module, member */            \
  OP(IMPORT_ALL, 0, 0)

typedef enum {
#define SB_OP_ENUM(name, operands, effect) OP_##name,
  SB_OPCODES(SB_OP_ENUM)
#undef SB_OP_ENUM
      OP_COUNT_
} OpCode;

#endif
