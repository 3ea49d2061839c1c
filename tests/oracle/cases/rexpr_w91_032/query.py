from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.greatest(F.greatest(col("d"), col("f"), col("d")), (col("f") - col("d")))).withColumn("c2", expr("floor(CASE WHEN (s <= ' ') THEN m WHEN b THEN n WHEN (n >= 99.99) THEN m ELSE n END)")).withColumn("c3", expr("to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')")).withColumn("c4", expr("length(CASE WHEN b THEN s WHEN b THEN s WHEN b THEN s ELSE s END)")).withColumn("c5", (col("m") / F.nullif(col("i"), lit(0)))).drop("j", "d", "f", "n", "b", "dt", "ts").where("((NOT (id >= 3L)) OR (k IS NULL))")
OUTPUT_MODE = "append"
