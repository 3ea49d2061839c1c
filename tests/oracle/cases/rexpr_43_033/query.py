from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, b BOOLEAN, ts TIMESTAMP, s STRING, dt DATE, n DECIMAL(5,3), t STRING, d DOUBLE, m DECIMAL(18,6)").json(INPUT)
result = df.withColumn("c1", expr("(i - i)")).withColumn("c2", expr("CAST(s AS INT)")).withColumn("c3", F.date_add(col("dt"), col("i"))).withColumn("c4", expr("nullif(CASE WHEN CAST(id AS BOOLEAN) THEN d WHEN b THEN d ELSE CAST(i AS DOUBLE) END, 0.1D)")).withColumn("c5", (col("i") >= lit(-1)))
OUTPUT_MODE = "append"
