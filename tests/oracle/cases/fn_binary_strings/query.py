df = spark.readStream.format("json").schema("s STRING, h1 STRING, h2 STRING").load(INPUT)

from pyspark.sql import functions as F
b1, b2 = F.unhex("h1").alias("b1"), F.unhex("h2").alias("b2")
df = df.select("s", b1, b2)
result = df.select("s", "b1", "b2", F.concat("b1", "b2"), F.concat("s", "b2"), F.reverse("b1"),
                   F.lpad("b1", 5, F.col("b2")), F.rpad("b1", 5, F.col("b2")), F.lpad("b2", 5, "b2"), F.expr("lpad(b1, 3)"), F.expr("rpad(b1, 4)"), F.rpad("b1", 0, F.col("b2")),
                   F.lpad("s", 8, F.col("b2")), F.rpad("s", 8, F.lit(b"-+")),
                   F.contains("b1", "b2"), F.startswith("b1", "b2"), F.endswith("b1", "b2"),
                   F.contains("s", "b2"), F.substring("b1", 2, 2), F.substring("b1", -2, 5),
                   F.octet_length("b1"), F.bit_length("b1"), F.upper("b2"),
                   F.expr("b1 || b2"), F.expr("s || b2"), F.expr("X'4142' || b2"))
OUTPUT_MODE = "append"
