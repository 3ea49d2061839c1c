from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("(id % nullif(j, 0)) AS c1"), expr("least(-2L, (0 * id), TRY_CAST('x-y' AS BIGINT))").alias("c2"), expr("ifnull(id, 1000L)").alias("c3"), F.abs((col("i") * lit(0))).alias("c4")).filter(col("c2").isNotNull())
OUTPUT_MODE = "append"
