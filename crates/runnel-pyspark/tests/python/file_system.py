# The scripts' os, os.path, shutil, pathlib, glob and tempfile over the session's files:
# the local disk natively, the page's files in a browser (here: in memory), folders
# included (os.makedirs, listdir, isdir, rmdir, rmtree, rename, getsize).
import glob
import os
import shutil
import tempfile
from pathlib import Path

os.makedirs("work/out/part", exist_ok=True)
print(os.path.isdir("work/out"), os.path.exists("work/out/part"), os.listdir("work/out"))
try:
    os.makedirs("work/out")
except FileExistsError as e:
    print("exists:", e)
with open("work/out/a.json", "w") as f:
    f.write('{"x": 1}\n')
with open("work/out/part/b.json", "w") as f:
    f.write('{"x": 2}\n{"x": 3}\n')
print(sorted(os.listdir("work/out")), os.path.isfile("work/out/a.json"), os.path.isdir("work/out/a.json"))
print(os.path.getsize("work/out/part/b.json"), os.path.exists("work/nope"))
print(sorted(glob.glob("work/**/*.json", recursive=True)))
print(sorted(str(p) for p in Path("work/out").iterdir()))
print(sorted(str(p) for p in Path("work").rglob("*.json")))
for bad in ["work/nope", "work/out/a.json"]:
    try:
        os.listdir(bad)
    except OSError as e:
        print(type(e).__name__, e)
try:
    os.rmdir("work/out")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.remove("work/out/part")
except OSError as e:
    print(type(e).__name__, e)
os.rename("work/out/a.json", "work/out/c.json")
print(sorted(os.listdir("work/out")))
os.remove("work/out/c.json")
try:
    os.remove("work/out/c.json")
except FileNotFoundError as e:
    print("gone:", e)
shutil.move("work/out/part/b.json", "work/out")
os.rmdir("work/out/part")
print(os.listdir("work/out"), os.path.exists("work/out/part"))
d = tempfile.mkdtemp(dir="work")
print(os.path.isdir(d))
shutil.rmtree("work")
print(os.path.exists("work"), os.path.exists(d))
try:
    shutil.rmtree("work")
except FileNotFoundError as e:
    print("no tree:", e)
shutil.rmtree("work", ignore_errors=True)
p = Path("notes")
p.mkdir()
(p / "n.txt").write_text("hello")
print(p.is_dir(), (p / "n.txt").read_text(), [x.name for x in p.iterdir()])
# Relative paths in the working folder; os.rename makes no folders, shutil's copies and
# moves name the missing folder, copyfile refuses a folder.
os.makedirs("./rel/in", exist_ok=True)
with open("./rel/x.txt", "w") as f:
    f.write("x")
print(sorted(os.listdir("rel")), os.listdir("./rel/in"), "rel" in os.listdir("."), "rel" in os.listdir())
for args in [("rel/nope", "rel/y.txt"), ("rel/x.txt", "rel/missing/y.txt"), ("rel/x.txt", "rel/in")]:
    try:
        os.rename(*args)
    except OSError as e:
        print(type(e).__name__, e)
for fn, args in [(shutil.move, ("rel/x.txt", "rel/missing/y.txt")), (shutil.copy, ("rel/x.txt", "rel/missing/y.txt")),
                 (shutil.copy, ("rel/nope", "rel/z")), (shutil.move, ("rel/nope", "rel/z")), (shutil.copyfile, ("rel/x.txt", "rel/in"))]:
    try:
        print(fn(*args))
    except OSError as e:
        print(fn.__name__, type(e).__name__, e)
print(shutil.copy("rel/x.txt", "rel/in"), shutil.copyfile("rel/x.txt", "rel/y.txt"), sorted(os.listdir("./rel/")))
shutil.rmtree("./rel")
print(os.path.exists("rel"))
# A folder's modification time is its newest change, not 0.
os.makedirs("stamp", exist_ok=True)
with open("stamp/a.txt", "w") as f:
    f.write("a")
print(os.path.getmtime("stamp") > 0, os.path.getsize("stamp/a.txt"))
shutil.rmtree("stamp")
