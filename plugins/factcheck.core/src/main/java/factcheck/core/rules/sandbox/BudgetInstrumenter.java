package factcheck.core.rules.sandbox;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a pack's compiled rule and function classes so they run against the {@link RuleBudget}:
 * a tick at every method's start, before every call and on every backward jump, and a length check
 * before every array allocation. The JVM cannot stop a thread that loops, so the loop has to stop
 * itself; a rule that stays within its budget behaves exactly as before.
 */
final class BudgetInstrumenter {

    private static final String BUDGET = RuleBudget.class.getName().replace('.', '/');

    private BudgetInstrumenter() {
    }

    static byte[] instrument(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        // COMPUTE_MAXS: the ticks need no stack, the length check one slot more (a dup); frames are
        // left as they are, since no instruction we add changes the types at a branch target.
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                MethodVisitor target = super.visitMethod(access, name, descriptor, signature, exceptions);
                return (access & Opcodes.ACC_ABSTRACT) != 0 ? target : new Metering(target);
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class Metering extends MethodVisitor {
        private final java.util.Set<Label> seen = new java.util.HashSet<>();

        Metering(MethodVisitor target) {
            super(Opcodes.ASM9, target);
        }

        private void tick() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "tick", "()V", false);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            tick();
        }

        @Override
        public void visitLabel(Label label) {
            super.visitLabel(label);
            seen.add(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                // a jump back to code already emitted: a loop iteration. Ticking before the jump keeps
                // the stack map at the target as it was (a conditional jump's operands are still on the
                // stack here, and the static call leaves them alone).
                tick();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (!owner.equals(BUDGET)) {
                tick();
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, org.objectweb.asm.Handle bsm, Object... args) {
            tick();
            super.visitInvokeDynamicInsn(name, descriptor, bsm, args);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (opcode == Opcodes.NEWARRAY) {
                lengthCheck();
            }
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            if (opcode == Opcodes.ANEWARRAY) {
                lengthCheck();
            }
            super.visitTypeInsn(opcode, type);
        }

        private void lengthCheck() {
            super.visitInsn(Opcodes.DUP);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "arrayLength", "(I)V", false);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            tick();
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            tick();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }
    }
}
