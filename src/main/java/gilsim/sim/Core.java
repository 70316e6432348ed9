package gilsim.sim;

/** One simulated core: the thread on it, the one before (for context-switch costs), its speed. */
final class Core {
    final int id;
    /** Instruction cost on this core in ps: the nominal cost times the core's seeded speed factor. */
    final long instructionCost;
    SimThread current;
    SimThread last;
    long freeAt;

    Core(int id, long instructionCost) {
        this.id = id;
        this.instructionCost = instructionCost;
    }
}
