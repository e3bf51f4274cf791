package org.annals.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files an upload sends: the files named, and every file under the directories named, in
 * name order. Hidden files and folders under a directory (".DS_Store", ".git") are left out and
 * counted, since they are never what an archivist means to deposit.
 *
 * @param files         regular files, in the order they are sent
 * @param hiddenSkipped hidden files and folders left out
 */
public record SourceFiles(List<Path> files, int hiddenSkipped) {

    public static SourceFiles collect(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        int[] hidden = {0};
        for (Path argument : arguments) {
            if (Files.isRegularFile(argument)) {
                files.add(argument);
            } else if (Files.isDirectory(argument)) {
                walk(argument, files, hidden);
            } else if (Files.exists(argument)) {
                throw new CommandFailed(argument + " is neither a file nor a directory");
            } else {
                throw new CommandFailed("no such file or directory: " + argument);
            }
        }
        return new SourceFiles(List.copyOf(files), hidden[0]);
    }

    private static void walk(Path root, List<Path> files, int[] hidden) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && isHidden(dir)) {
                        hidden[0]++;
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) {
                        hidden[0]++;
                    } else if (Files.isRegularFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the directory " + root + ": " + e.getMessage(), e);
        }
        found.sort(null);
        files.addAll(found);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
