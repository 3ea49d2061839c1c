from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("t").isNotNull() | col("j").isNotNull())).withColumn("ts", expr("CASE WHEN b THEN ts WHEN b THEN ts ELSE ts END")).withColumn("c2", expr("base64(t)")).withColumn("c3", expr("trunc(CASE WHEN (t <= '日本') THEN dt ELSE dt END, 'WEEK')")).withColumn("c4", expr("(b AND (d <> 100.0D))")).withColumn("c5", expr("TRY_CAST((ifnull(d, 100.0D) / nullif(bround(d, 0), 0)) AS INT)")).select("id", "c2", "c3", "c4", "c5").filter((~col("b")))
OUTPUT_MODE = "append"
