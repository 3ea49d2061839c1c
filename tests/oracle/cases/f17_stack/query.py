df = spark.readStream.format("json").schema("id INT, a INT, b INT, s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("id", F.stack(F.lit(2), "a", "s", "b", F.col("a") + 1, F.lit("t")))
OUTPUT_MODE = "append"
