from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(TRY_CAST('o' AS BOOLEAN) OR (k <> 1000L))").withColumn("c1", F.date_sub(col("dt"), col("i"))).withColumn("c2", expr("round(m, 3)")).withColumn("c3", (col("m") + col("m")))
OUTPUT_MODE = "append"
