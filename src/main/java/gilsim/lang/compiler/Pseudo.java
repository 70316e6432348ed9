package gilsim.lang.compiler;

/**
 * Instructions that exist only inside the compiler, as CPython 3.11's compile.c has them
 * (SETUP_FINALLY ... JUMP are negative "virtual" opcodes there). The block pushes
 * and POP_BLOCK describe which handler covers which instructions; the assembler turns them into
 * exception-table entries and then into NOPs. JUMP becomes JUMP_FORWARD or JUMP_BACKWARD once
 * the block order is known. (CPython's JUMP_NO_INTERRUPT serves only yield from and await,
 * which the subset does not have.)
 */
enum Pseudo {
    /** Handler at the target gets the exception pushed on the stack at the current depth. */
    SETUP_FINALLY,
    /** As SETUP_FINALLY, and the handler also gets the raising instruction's offset (lasti). */
    SETUP_CLEANUP,
    /** As SETUP_CLEANUP, for a with statement's __exit__ on error. */
    SETUP_WITH,
    /** Ends the innermost SETUP_* region. */
    POP_BLOCK,
    /** Unconditional jump; direction decided by the assembler. */
    JUMP;

    boolean isBlockPush() {
        return this == SETUP_FINALLY || this == SETUP_CLEANUP || this == SETUP_WITH;
    }

    boolean isJump() {
        return this == JUMP;
    }
}
