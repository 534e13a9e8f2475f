package miniunix.app;

/** Placeholder entry point; the front end replaces it. */
public final class Main {
    public static void main(String[] args) {
        System.out.println("miniunix: front end in progress");
    }
}
