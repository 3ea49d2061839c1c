df = spark.readStream.format("json").schema("n INT, s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("n", F.current_catalog(), F.current_database(), F.current_schema(),
                   F.coalesce(F.assert_true(F.col("n") > 0), F.lit(0)), F.coalesce(F.assert_true(F.col("n") < 100, "n too big"), F.col("n")),
                   F.when(F.col("n") > 50, F.raise_error(F.concat(F.lit("bad n "), F.col("s")))).otherwise(F.col("n")).alias("r"))
OUTPUT_MODE = "append"
