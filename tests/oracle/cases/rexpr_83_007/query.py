from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (i IS NOT NULL) THEN 3 WHEN b THEN greatest(i, instr(s, 'o'), ascii(' ')) WHEN b THEN i ELSE i END")).withColumn("c2", expr("dt")).withColumn("c3", expr("CASE WHEN b THEN ts WHEN (s <> 'Hello') THEN ts END")).withColumn("c4", (F.round(col("n")) < col("i")))
OUTPUT_MODE = "append"
