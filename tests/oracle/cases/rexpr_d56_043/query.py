from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("d") > col("id")) | (col("id") > lit(0).cast("bigint")))).withColumn("c1", expr("log10(if((id > 3L), i, 0))")).withColumn("c2", expr("(i * d)")).withColumn("c3", expr("to_date(ts)")).withColumn("c4", expr("((id - i) * 3)")).withColumn("c5", expr("(CASE WHEN (i <> 3) THEN id ELSE 1L END + (CAST('NaN' AS DOUBLE) / 3.0D))")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
