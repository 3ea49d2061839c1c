df = spark.readStream.format("json").schema("k STRING, h STRING").load(INPUT)

from pyspark.sql import functions as F
# Each group holds one byte value (repeated), so the join does not depend on row order.
result = (df.select("k", F.unhex("h").alias("b"))
          .groupBy("k")
          .agg(F.listagg("b", F.lit(b"-")).alias("joined"), F.string_agg("b").alias("plain"),
               F.count("b").alias("n")))
OUTPUT_MODE = "complete"
