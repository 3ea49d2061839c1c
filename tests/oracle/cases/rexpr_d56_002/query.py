from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("dt").cast("string")).withColumn("t", F.base64(F.when(F.regexp_like(col("s"), lit("[0-9]+")), col("s")).when((col("d") <= lit(0.5)), col("t")).when(lit(0.5).isin(lit(3.75), lit(float("nan")), lit(float("nan"))), F.substring_index(col("s"), " ", -1)))).withColumn("c3", F.char_length(col("t"))).withColumn("c4", expr("next_day(dateadd(dt, i), 'fri')")).drop("d", "m", "n", "s", "dt", "ts").where("((CAST(NULL AS BIGINT) IS NULL) OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
