from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("dt", F.date_add(F.nullif(F.when(col("j").isNotNull(), col("dt")).when((col("m") <= lit(99.99).cast("decimal(4,2)")), col("dt")).when((col("i") <= lit(2)), col("dt")).otherwise(col("dt")), F.to_date(lit("2024-02-29"))), F.nvl(col("i"), lit(1)))).withColumn("c2", expr("lpad(t, 3, '*')")).withColumn("c3", (col("dt") <= F.to_date(lit("2024-02-29")))).withColumn("c4", F.date_add(col("dt"), col("i"))).withColumn("c5", F.concat_ws("|", col("s"), col("t"), col("j").cast("string")))
OUTPUT_MODE = "append"
