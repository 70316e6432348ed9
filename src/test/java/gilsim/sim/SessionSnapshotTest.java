package gilsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gilsim.sim.settings.Settings;
import gilsim.vm.PyObject;
import gilsim.vm.Session;
import org.junit.jupiter.api.Test;

/** A snapshot puts a session back as it was: what %%compare and a crashed cell rely on. */
class SessionSnapshotTest {
    @Test
    void restoringPutsBackMutatedObjectsAndForgetsNewNames() {
        Session session = new Session();
        Workloads.once(session, "data = {'k': [1, 2]}\nclass C:\n    n = 0\nobj = C()\nobj.x = 1\n", Settings.defaults());
        PyObject data = session.lookup("data");
        long count = data.refcnt;
        SessionSnapshot snapshot = SessionSnapshot.take(session);
        assertTrue(snapshot.size() > 10);
        Workloads.once(session, "data['k'].append(3)\ndata['new'] = data\nC.n = 5\nobj.x = 2\nextra = [data] * 3\n",
                Settings.defaults().withThreads(2));
        snapshot.restore();
        assertSame(data, session.lookup("data"));
        assertEquals(count, data.refcnt);
        assertEquals("{'k': [1, 2]} 0 1 False\n",
                Workloads.once(session, "print(data, C.n, obj.x, 'extra' in globals())\n", Settings.defaults()).stdout());
    }
}
