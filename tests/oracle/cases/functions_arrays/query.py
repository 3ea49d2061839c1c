df = spark.readStream.format("json").schema("a ARRAY<INT>, b ARRAY<STRING>, n INT, f ARRAY<DOUBLE>, aa ARRAY<ARRAY<INT>>").load(INPUT)

from pyspark.sql import functions as F
result = df.select("a", F.array_max("a"), F.array_min("a"), F.array_max("f"), F.array_min("f"), F.array_max("b"),
                   F.array_distinct("a"), F.array_distinct("f"), F.array_distinct("b"), F.array_remove("a", 3),
                   F.array_position("a", 1), F.array_position("b", "x"), F.sort_array("a"), F.sort_array("a", asc=False),
                   F.sort_array("f"), F.array_join("b", "-"), F.array_join("b", ",", "?"), F.slice("a", 2, 2),
                   F.slice("a", -2, 5), F.array_repeat("n", 2), F.array_repeat(F.lit("z"), "n"), F.flatten("aa"),
                   F.expr("array_join(a, '/')").alias("j"), F.expr("slice(b, 1, abs(n))").alias("s1"))
OUTPUT_MODE = "append"
