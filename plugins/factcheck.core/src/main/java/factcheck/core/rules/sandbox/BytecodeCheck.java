package factcheck.core.rules.sandbox;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks the bytecode the rule compiler produced for a pack (consequences, functions, eval and
 * accumulate expressions) against the {@link ApiAllowlist}: every method, constructor and field it
 * touches, as the compiler resolved them, so fully qualified names, imports, aliases and Unicode
 * escapes all end up as the same symbol. Class literals, reflection, synchronisation, catching
 * {@code Error}/{@code Throwable}, writing static fields and any invokedynamic other than string
 * concatenation and lambdas are refused outright.
 *
 * <p>Classes the compiler generates around the rule's code (Drools' invokers, which implement
 * {@code CompiledInvoker}) are plumbing: they may use Drools' own API, but nothing outside it.
 */
final class BytecodeCheck {

    private static final String INVOKER = "org/drools/base/rule/accessor/CompiledInvoker";

    /** Methods every class inherits from Object that pack classes do not redefine meaningfully. */
    private static final Set<String> INHERITED = Set.of("getClass", "wait", "notify", "notifyAll", "clone", "finalize");

    /** A refused use of a symbol, at a line of the generated Java source (0 when unknown). */
    record Violation(String className, String methodName, int javaLine, String symbol, String reason) {
    }

    private final ApiAllowlist allowlist;
    private final ClassLoader loader;
    private final Set<String> packClasses;
    private final Set<String> declaredTypes;

    /**
     * @param packClasses internal names of every class the pack compiled (calls among them are the
     *                    pack's own code, checked in its turn)
     */
    BytecodeCheck(ApiAllowlist allowlist, ClassLoader loader, Set<String> packClasses, Set<String> declaredTypes) {
        this.allowlist = allowlist;
        this.loader = loader;
        this.packClasses = packClasses;
        this.declaredTypes = declaredTypes;
    }

    /** Whether the class is compiler plumbing rather than code written in the DRL. */
    static boolean isPlumbing(byte[] bytes) {
        return Arrays.asList(new ClassReader(bytes).getInterfaces()).contains(INVOKER);
    }

    /**
     * ECJ compiles a switch over an enum into a synthetic static field and method named
     * {@code $SWITCH_TABLE$<enum>} that cache the constants' ordinals (catching NoSuchFieldError for
     * constants that disappeared). Source code cannot declare synthetic members, so this is the
     * compiler's, and it holds nothing from one article to the next but that table.
     */
    private static boolean isSwitchTable(int access, String name) {
        return (access & Opcodes.ACC_SYNTHETIC) != 0 && name.startsWith("$SWITCH_TABLE$");
    }

    List<Violation> check(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        String className = reader.getClassName();
        // declared types are data holders the compiler writes from the DRL's field list (SourceCheck
        // has checked their field types and that they extend nothing)
        boolean declared = declaredTypes.contains(className);
        boolean plumbing = declared || Arrays.asList(reader.getInterfaces()).contains(INVOKER);
        List<Violation> found = new ArrayList<>();
        if ((!plumbing || declared) && !"java/lang/Object".equals(reader.getSuperName())
                && !packClasses.contains(reader.getSuperName())) {
            found.add(new Violation(className, "", 0, reader.getSuperName().replace('/', '.'), "a rule class may not extend it"));
        }
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                if (!plumbing && (access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_FINAL) == 0
                        && !isSwitchTable(access, name)) {
                    found.add(new Violation(className, "", 0, name, "static fields would keep state from one article to the next"));
                }
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new Checker(className, name, plumbing, isSwitchTable(access, name), found);
            }
        }, ClassReader.SKIP_FRAMES);
        return found;
    }

    private final class Checker extends MethodVisitor {
        private final String className;
        private final String methodName;
        private final boolean plumbing;
        private final boolean switchTable;
        private final List<Violation> found;
        private int line;

        Checker(String className, String methodName, boolean plumbing, boolean switchTable, List<Violation> found) {
            super(Opcodes.ASM9);
            this.className = className;
            this.methodName = methodName;
            this.plumbing = plumbing;
            this.switchTable = switchTable;
            this.found = found;
        }

        private void refuse(String symbol, String reason) {
            found.add(new Violation(className, methodName, line, symbol, reason));
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            this.line = line;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            member(owner, name, descriptor, false, opcode == Opcodes.INVOKESTATIC);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (opcode == Opcodes.PUTSTATIC && switchTable && owner.equals(className) && name.equals(methodName)) {
                return; // the compiler's cache of an enum's ordinals (see isSwitchTable)
            }
            if (opcode == Opcodes.PUTSTATIC) {
                refuse(symbol(owner, name), "rules may not write static fields (state would outlive the article)");
                return;
            }
            if (opcode == Opcodes.PUTFIELD && !packClasses.contains(owner)) {
                refuse(symbol(owner, name), "rules may not change the fields of objects they did not declare");
                return;
            }
            member(owner, name, descriptor, true, opcode == Opcodes.GETSTATIC);
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (plumbing) {
                return;
            }
            if (value instanceof Type t && t.getSort() == Type.OBJECT && declaredTypes.contains(t.getInternalName())) {
                return; // modify($fact) names the declared type it updates; nothing may be called on a Class
            }
            if (value instanceof Type t && t.getSort() != Type.METHOD) {
                refuse(t.getClassName() + ".class", "class literals are not allowed in rule packs");
            } else if (value instanceof Handle || value instanceof ConstantDynamic || value instanceof Type) {
                refuse(String.valueOf(value), "method handles and dynamic constants are not allowed in rule packs");
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... args) {
            if (plumbing) {
                refuse(bootstrap.getOwner() + "." + bootstrap.getName(), "compiler plumbing makes no dynamic calls");
                return;
            }
            String factory = bootstrap.getOwner();
            if ("java/lang/invoke/StringConcatFactory".equals(factory)) {
                return;
            }
            if ("java/lang/invoke/LambdaMetafactory".equals(factory) && args.length >= 2 && args[1] instanceof Handle impl) {
                // a lambda's body is a method of this class (checked as any other); a method reference
                // names its target, which must be allowed like a call
                boolean isStatic = impl.getTag() == Opcodes.H_INVOKESTATIC || impl.getTag() == Opcodes.H_GETSTATIC;
                member(impl.getOwner(), impl.getName(), impl.getDesc(), impl.getTag() <= Opcodes.H_PUTSTATIC, isStatic);
                return;
            }
            refuse(factory.replace('/', '.') + "." + bootstrap.getName(), "this kind of dynamic call is not allowed in rule packs");
        }

        @Override
        public void visitInsn(int opcode) {
            if (!plumbing && (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT)) {
                refuse("synchronized", "rules may not lock objects (they could block the engine)");
            }
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dims) {
            refuse(Type.getType(descriptor).getClassName(), "multi-dimensional arrays are not allowed in rule packs");
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type == null || plumbing || packClasses.contains(type)
                    || switchTable && "java/lang/NoSuchFieldError".equals(type)) {
                return;
            }
            Class<?> caught = load(type);
            if (caught == null || caught == Throwable.class || Error.class.isAssignableFrom(caught)) {
                refuse(type.replace('/', '.'), "rules may not catch Error or Throwable (the engine stops runaway rules with an Error)");
            }
        }

        private void member(String owner, String name, String descriptor, boolean field, boolean isStatic) {
            if ((packClasses.contains(owner) || declaredTypes.contains(owner)) && !field && INHERITED.contains(name)) {
                // Object's own methods reached through a class of the pack (getClass on a declared type):
                // they are Object's, and the allowlist decides
                owner = "java/lang/Object";
            } else if (packClasses.contains(owner) || declaredTypes.contains(owner)) {
                return; // the pack's own code (checked in its turn) or a declared type's accessors
            }
            if (owner.startsWith("[")) {
                if ("clone".equals(name)) {
                    return; // an array's copy of itself
                }
                owner = "java/lang/Object";
            }
            if (plumbing) {
                checkPlumbing(owner, name);
                return;
            }
            Class<?> type = load(owner);
            if (type == null) {
                refuse(symbol(owner, name), "unknown class");
                return;
            }
            try {
                if (field) {
                    Field f = type.getField(name);
                    if (!allowlist.allows(type, f)) {
                        refuse(symbol(owner, name), "not in the rule API");
                    }
                } else if ("<init>".equals(name)) {
                    Constructor<?> c = type.getConstructor(parameterTypes(descriptor));
                    if (!allowlist.allows(c)) {
                        refuse(symbol(owner, "new"), "not in the rule API");
                    }
                } else {
                    Method m = resolve(type, name, descriptor);
                    if (m == null) {
                        refuse(symbol(owner, name), "no public method with that signature");
                    } else if (!allowlist.allows(type, m)) {
                        refuse(symbol(owner, name), "not in the rule API");
                    }
                }
            } catch (NoSuchFieldException | NoSuchMethodException | ClassNotFoundException e) {
                refuse(symbol(owner, name), "no public member of that name");
            }
        }

        private void checkPlumbing(String owner, String name) {
            Class<?> type = load(owner);
            if (type == null || !(owner.startsWith("org/drools/") || owner.startsWith("org/kie/") || owner.startsWith("java/lang/"))
                    || type != Object.class && type != String.class && owner.startsWith("java/lang/")
                            && allowlist.isDeniedType(type)) {
                refuse(symbol(owner, name), "compiler plumbing may only use the rule engine's own API");
            }
        }

        private Class<?>[] parameterTypes(String descriptor) throws ClassNotFoundException {
            Type[] args = Type.getArgumentTypes(descriptor);
            Class<?>[] types = new Class<?>[args.length];
            for (int i = 0; i < args.length; i++) {
                types[i] = classOf(args[i]);
            }
            return types;
        }

        private Method resolve(Class<?> type, String name, String descriptor) {
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                    return m;
                }
            }
            if (type.isInterface()) {
                for (Method m : Object.class.getMethods()) {
                    if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                        return m;
                    }
                }
            }
            return null;
        }
    }

    private Class<?> classOf(Type t) throws ClassNotFoundException {
        return switch (t.getSort()) {
            case Type.BOOLEAN -> boolean.class;
            case Type.CHAR -> char.class;
            case Type.BYTE -> byte.class;
            case Type.SHORT -> short.class;
            case Type.INT -> int.class;
            case Type.FLOAT -> float.class;
            case Type.LONG -> long.class;
            case Type.DOUBLE -> double.class;
            case Type.ARRAY -> Class.forName(t.getDescriptor().replace('/', '.'), false, loader);
            default -> Class.forName(t.getClassName(), false, loader);
        };
    }

    private Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String symbol(String owner, String name) {
        return owner.replace('/', '.') + "." + name;
    }
}
