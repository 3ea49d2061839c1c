from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.trunc(F.when(col("b"), col("dt")).when(col("t").isNotNull(), col("dt")).otherwise(F.to_date(lit("2024-02-29"))), "Q")).withColumn("c2", expr("(id - 3L)")).withColumn("c3", F.when(col("i"), lit(1)).otherwise(lit(2))).withColumn("c4", expr("nullif(m, 99.99)")).select("id", "c1", "c2", "c3", "c4").filter("((TRY_CAST('日本' AS DATE) IS NULL) OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
