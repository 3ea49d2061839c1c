from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("s") > lit("abc"))).select((col("b") <= lit(True)), F.bround(col("d"), 0).alias("c2"), F.md5(col("t")).alias("c3"), (col("m") * lit(1)).alias("c4"), expr("CASE WHEN (id != 86400L) THEN dt END").alias("c5"), expr("year(i)").alias("c6"))
OUTPUT_MODE = "append"
