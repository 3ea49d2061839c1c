df = spark.readStream.format("json").schema("s STRING, t STRING, n INT, p INT, d DATE, x DOUBLE").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.ascii("s"), F.bit_length("s"), F.octet_length("s"), F.contains("s", "t"), F.startswith("s", "t"),
                   F.endswith("s", "t"), F.left("s", "n"), F.right("s", F.lit(2)), F.replace("s", "t"), F.replace("s", "t", F.lit("X")),
                   F.split_part("s", F.lit(","), "p"), F.substring_index("s", ",", 2), F.substring_index("s", "a", -1),
                   F.locate("a", "s"), F.locate("a", "s", 3), F.position(F.lit("a"), "s", "n"), F.levenshtein("s", "t"),
                   F.levenshtein("s", "t", 3), F.soundex("s"), F.btrim("s"), F.find_in_set("t", "s"),
                   F.expr("contains(s, 'a') AND startswith(s, 'b')").alias("e1"), F.expr("right(s, n)").alias("e2"),
                   F.expr("locate('', s, 2)").alias("e3"), F.expr("position('b' IN s)").alias("e4"))
OUTPUT_MODE = "append"
