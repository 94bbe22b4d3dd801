package factcheck.core.rules.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The bytecode check on classes written by hand with ASM: shapes the DRL compiler would never emit for
 * ordinary rules but that a crafted pack (or a damaged image) could carry.
 */
class BytecodeCheckTest {

    private final BytecodeCheck check = new BytecodeCheck(ApiAllowlist.standard(), getClass().getClassLoader(),
            Set.of("p/Rule_x"), Set.of());

    @Test
    void aStaticFieldAndWritingItAreRefused() {
        ClassWriter cw = rule();
        cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "seen", "I", null, null).visitEnd();
        MethodVisitor mv = method(cw, "count");
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitFieldInsn(Opcodes.PUTSTATIC, "p/Rule_x", "seen", "I");
        end(mv);
        List<String> reasons = check.check(cw.toByteArray()).stream().map(BytecodeCheck.Violation::reason).toList();
        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("static fields"), reasons.toString());
        assertTrue(reasons.get(1).contains("may not write static fields"), reasons.toString());
    }

    @Test
    void anAllowedCallPassesAndAForbiddenOneIsNamed() {
        ClassWriter cw = rule();
        MethodVisitor mv = method(cw, "calls");
        mv.visitLdcInsn("text");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "exit", "(I)V", false);
        end(mv);
        List<BytecodeCheck.Violation> found = check.check(cw.toByteArray());
        assertEquals(1, found.size(), found.toString());
        assertEquals("java.lang.System.exit", found.get(0).symbol());
    }

    @Test
    void aMethodHandleConstantIsRefused() {
        ClassWriter cw = rule();
        MethodVisitor mv = method(cw, "handle");
        mv.visitLdcInsn(new org.objectweb.asm.Handle(Opcodes.H_INVOKESTATIC, "java/lang/Runtime", "getRuntime",
                "()Ljava/lang/Runtime;", false));
        mv.visitInsn(Opcodes.POP);
        end(mv);
        assertEquals(1, check.check(cw.toByteArray()).size());
    }

    @Test
    void meteredCodeStopsOnceTheBudgetIsSpent() throws Exception {
        // a loop of 100 iterations, metered, with a budget of 50 steps
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "p/Loop", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "spin", "()I", null, null);
        mv.visitCode();
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitVarInsn(Opcodes.ISTORE, 0);
        org.objectweb.asm.Label top = new org.objectweb.asm.Label();
        mv.visitLabel(top);
        mv.visitIincInsn(0, 1);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitIntInsn(Opcodes.BIPUSH, 100);
        mv.visitJumpInsn(Opcodes.IF_ICMPLT, top);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] metered = BudgetInstrumenter.instrument(cw.toByteArray());
        Class<?> loop = new ClassLoader(getClass().getClassLoader()) {
            Class<?> define() {
                return defineClass("p.Loop", metered, 0, metered.length);
            }
        }.define();
        assertEquals(100, loop.getMethod("spin").invoke(null), "unmetered threads run it as written");
        RuleBudget.start(50, java.time.Duration.ofSeconds(10), Long.MAX_VALUE);
        try {
            var e = org.junit.jupiter.api.Assertions.assertThrows(java.lang.reflect.InvocationTargetException.class,
                    () -> loop.getMethod("spin").invoke(null));
            assertTrue(e.getCause() instanceof RuleBudgetExceeded, e.getCause().toString());
            assertTrue(e.getCause().getMessage().contains("more than 50 steps"));
        } finally {
            RuleBudget.stop();
        }
    }

    private static ClassWriter rule() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "p/Rule_x", null, "java/lang/Object", null);
        return cw;
    }

    private static MethodVisitor method(ClassWriter cw, String name) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "()V", null, null);
        mv.visitCode();
        return mv;
    }

    private static void end(MethodVisitor mv) {
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
