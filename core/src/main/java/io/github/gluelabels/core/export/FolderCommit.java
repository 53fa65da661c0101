package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.export.MoveJournal.Move;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The final move of a download into its folder, all or nothing. The new files wait, complete, in
 * {@code .glue-labels/staging/<run>}; a journal of the move is written and forced to disk; the earlier download's
 * files are moved aside into {@code .glue-labels/aside/<run>}; the new ones are moved into place; the new list of
 * files is written — the moment the move is done; then what was set aside is deleted and the journal goes. A step that
 * fails undoes the steps before it. A process killed at any step leaves the journal, and the next download into the
 * folder undoes the move (or, once the new list was written, finishes it). Every step of the undo can itself be
 * interrupted and repeated. Never through a symbolic link, never over a file that is there already.
 */
final class FolderCommit {

  /** Hears each step of a move and of its undo. A test seam: a hook that throws fails the step, one that halts kills. */
  interface StepHook {
    void after(Path root, String step) throws IOException;
  }

  /** For tests only: stops or fails a move at a chosen step (tests compare {@code root} to their own folder). */
  static volatile StepHook hook = (root, step) -> {};

  static final String STAGING = "staging";
  static final String ASIDE = "aside";

  private final Path root;
  private final Path bookkeeping;

  FolderCommit(Path root, Path bookkeeping) {
    this.root = root;
    this.bookkeeping = bookkeeping;
  }

  Path staging(String run) {
    return bookkeeping.resolve(STAGING).resolve(run);
  }

  private Path aside(String run) {
    return bookkeeping.resolve(ASIDE).resolve(run);
  }

  private void step(String name) throws IOException {
    hook.after(root, name);
  }

  /**
   * @param targets where the staged file {@code i} (named {@code i}) goes
   * @param earlier the earlier download's list: those of its files still there, as files, are moved aside
   */
  MoveJournal plan(String run, List<RelativePath> targets, Manifest earlier) {
    List<Move> aside = new ArrayList<>();
    for (RelativePath file : earlier.files()) {
      if (look(file) == SafePaths.Kind.FILE) {
        aside.add(new Move(file, String.valueOf(aside.size())));
      }
    }
    List<Move> in = new ArrayList<>(targets.size());
    Set<RelativePath> folders = new HashSet<>();
    Set<RelativePath> newFolders = new LinkedHashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      RelativePath target = targets.get(i);
      in.add(new Move(target, String.valueOf(i)));
      for (int depth = 1; depth < target.depth(); depth++) {
        RelativePath folder = target.first(depth);
        if (folders.add(folder) && look(folder) != SafePaths.Kind.FOLDER) {
          newFolders.add(folder);
        }
      }
    }
    return new MoveJournal(run, aside, in, List.copyOf(newFolders));
  }

  /**
   * Moves the staged files into place, all or nothing.
   *
   * @param describe names staged file {@code i} for a message, e.g. {@code the download of s3://b/k}
   * @param warn hears a move that is done but not cleaned up after (the next download cleans up)
   * @return how many of the earlier download's files are gone (not brought again)
   * @throws GlueLabelsException when a step failed: the folder is as it was before (or will be, once the next download
   *     has read the journal)
   */
  int commit(MoveJournal journal, Manifest next, String source, IntFunction<String> describe,
      Consumer<String> warn) {
    Path journalFile = bookkeeping.resolve(MoveJournal.FILE);
    String doing = "write the journal of the move, " + journalFile;
    try {
      Files.createDirectories(aside(journal.run()));
      journal.write(bookkeeping);
    } catch (IOException e) {
      throw new GlueLabelsException("Cannot " + doing + ": " + e + ". Nothing was moved: the folder is as it was "
          + "before this download. Check the folder (permissions, space) and run again.", e);
    }
    try {
      step("journal written");
      List<Move> aside = journal.aside();
      for (int j = 0; j < aside.size(); j++) {
        Move move = aside.get(j);
        doing = "move the earlier download's file " + move.path().in(root) + " aside";
        DurableFiles.rename(move.path().in(root), aside(journal.run()).resolve(move.stash()));
        step("earlier file " + (j + 1) + " of " + aside.size() + " aside");
      }
      // a folder the earlier files leave empty goes, so that a new file may take its name
      aside.stream().flatMap(m -> folders(m.path())).distinct()
          .sorted(Comparator.comparingInt(RelativePath::depth).reversed()).forEach(this::deleteIfEmptyFolder);
      step("emptied folders removed");
      List<Move> in = journal.in();
      for (int i = 0; i < in.size(); i++) {
        Move move = in.get(i);
        Path target = move.path().in(root);
        doing = "move " + describe.apply(i) + " into place at " + target;
        if (move.path().depth() > 1) {
          SafePaths.createFolders(root, move.path().first(move.path().depth() - 1));
        }
        if (look(move.path()) != SafePaths.Kind.NOTHING) {
          throw new FileAlreadyExistsException(target.toString(), null, "something is there already");
        }
        DurableFiles.rename(staging(journal.run()).resolve(move.stash()), target);
        step("new file " + (i + 1) + " of " + in.size() + " in place");
      }
      doing = "write the list of downloaded files, " + bookkeeping.resolve(Manifest.FILE);
      next.write(bookkeeping, source);
    } catch (IOException | RuntimeException e) {
      String putBack;
      try {
        rollBack(journal);
        putBack = "The folder was put back as it was before this download; nothing of this download was kept.";
      } catch (IOException | RuntimeException r) {
        putBack = "Putting the folder back failed too (" + r + "): the next download into " + root + " finishes "
            + "putting it back, as the journal " + journalFile + " says.";
      }
      throw new GlueLabelsException("Cannot " + doing + ": " + e + ". " + putBack + " Check the folder (what is in "
          + "the way, permissions, space) and run again.", e);
    }
    try {
      step("list of files written");
      finish(journal);
    } catch (IOException e) {
      warn.accept("The download into " + root + " is complete, but cleaning up after it failed (" + e + "): the next "
          + "download into the folder finishes it.");
    }
    Set<RelativePath> brought = new HashSet<>(next.files());
    return (int) journal.aside().stream().filter(m -> !brought.contains(m.path())).count();
  }

  /**
   * Finishes or undoes the move a killed download left, if any: finished when its list of files was written, else
   * undone.
   *
   * @return what was done, in words, or {@code null} when there was nothing to do
   * @throws IOException when the journal cannot be read or a step fails; nothing else was changed by this call then
   *     but the steps before
   */
  String recover(Manifest current) throws IOException {
    if (!MoveJournal.exists(bookkeeping)) {
      return null;
    }
    MoveJournal journal = MoveJournal.read(bookkeeping);
    if (journal.run().equals(current.run())) {
      finish(journal);
      return "Finished cleaning up after the last download into " + root + ", which was stopped just after its files "
          + "were in place.";
    }
    rollBack(journal);
    return "Put the earlier download in " + root + " back as it was: the last download into the folder was stopped "
        + "while it moved its files into place (" + journal.in().size() + " new, " + journal.aside().size()
        + " earlier), and kept nothing of it.";
  }

  private void finish(MoveJournal journal) throws IOException {
    SafePaths.deleteTree(aside(journal.run()));
    step("earlier files deleted");
    SafePaths.deleteTree(staging(journal.run()));
    DurableFiles.delete(bookkeeping.resolve(MoveJournal.FILE));
    step("journal removed");
    dropEmptyFolders();
  }

  /** Removes the folders of staged and set-aside files when no download uses them. */
  void dropEmptyFolders() {
    SafePaths.deleteIfEmptyFolder(bookkeeping.resolve(STAGING));
    SafePaths.deleteIfEmptyFolder(bookkeeping.resolve(ASIDE));
  }

  /**
   * Undoes a move: new files back to the staging folder, new folders removed, earlier files back in place, then the
   * journal goes. Each step looks at what is there first, so the undo can be interrupted and run again.
   */
  private void rollBack(MoveJournal journal) throws IOException {
    Path staging = staging(journal.run());
    List<Move> in = journal.in();
    for (int i = in.size() - 1; i >= 0; i--) {
      Move move = in.get(i);
      Path stashed = staging.resolve(move.stash());
      // a staged file that is gone was moved into place: the file there is this download's
      if (SafePaths.kind(stashed) == SafePaths.Kind.NOTHING && look(move.path()) == SafePaths.Kind.FILE) {
        DurableFiles.rename(move.path().in(root), stashed);
        step("undo: new file " + (i + 1) + " out");
      }
    }
    List<RelativePath> newFolders = journal.newFolders();
    for (int i = newFolders.size() - 1; i >= 0; i--) {
      deleteIfEmptyFolder(newFolders.get(i));
    }
    List<Move> aside = journal.aside();
    for (int j = 0; j < aside.size(); j++) {
      Move move = aside.get(j);
      Path stashed = aside(journal.run()).resolve(move.stash());
      if (SafePaths.kind(stashed) == SafePaths.Kind.FILE) {
        if (move.path().depth() > 1) {
          SafePaths.createFolders(root, move.path().first(move.path().depth() - 1));
        }
        if (look(move.path()) != SafePaths.Kind.NOTHING) {
          throw new FileAlreadyExistsException(move.path().in(root).toString(), null,
              "something is in the way of putting the earlier file back; it is kept in " + stashed);
        }
        DurableFiles.rename(stashed, move.path().in(root));
        step("undo: earlier file " + (j + 1) + " back");
      }
    }
    DurableFiles.delete(bookkeeping.resolve(MoveJournal.FILE));
    step("undo: journal removed");
    SafePaths.deleteTree(staging);
    SafePaths.deleteTree(aside(journal.run()));
    dropEmptyFolders();
  }

  /** What is at a path under the folder; a link or a file on the way counts as {@link SafePaths.Kind#OTHER}. */
  private SafePaths.Kind look(RelativePath path) {
    try {
      return SafePaths.look(root, path);
    } catch (SafePaths.NotAFolderException e) {
      return SafePaths.Kind.OTHER;
    }
  }

  private void deleteIfEmptyFolder(RelativePath folder) {
    if (look(folder) == SafePaths.Kind.FOLDER) {
      SafePaths.deleteIfEmptyFolder(folder.in(root));
    }
  }

  private static java.util.stream.Stream<RelativePath> folders(RelativePath file) {
    return java.util.stream.IntStream.range(1, file.depth()).mapToObj(file::first);
  }
}
