package dev.anchorpoint.cli;

/** Entry point of target/anchorpoint.jar; subcommands are filled in by the cli package. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("anchorpoint");
    }
}
