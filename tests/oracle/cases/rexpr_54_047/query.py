from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, m DECIMAL(10,2), s STRING, dt DATE, b BOOLEAN, f FLOAT, k BIGINT, d DOUBLE, ts TIMESTAMP, j INT").load(INPUT)
result = df.filter((col("i") < lit(2))).withColumn("c1", F.last_day(col("s").try_cast("date")).isNotNull()).withColumn("c2", expr("(CASE WHEN b THEN id END DIV nullif(j, 0))")).select("id", "c1", "c2").filter((col("c2") <= lit(0).cast("bigint")))
OUTPUT_MODE = "append"
