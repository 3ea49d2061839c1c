from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("i", (col("i") * lit(2))).withColumn("c2", F.greatest(F.trunc(col("dt"), "yy"), col("dt"), F.next_day(col("dt"), "fri"))).withColumn("t", expr("concat(right(s, 1), t, t)")).withColumn("c4", (F.next_day(col("c2"), "fri") - expr("INTERVAL '1-1' YEAR TO MONTH"))).drop("m", "b", "dt", "ts")
OUTPUT_MODE = "append"
