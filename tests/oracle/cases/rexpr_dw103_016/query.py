from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, k BIGINT, b BOOLEAN, n DECIMAL(5,3), d DOUBLE, j INT, s STRING, m DECIMAL(38,10), dt DATE, t STRING, ts TIMESTAMP, i INT").load(INPUT)
result = df.filter((col("n") >= expr("1.25"))).withColumn("c1", expr("array_join(transform(split(lower('42'), ' '), x -> upper(x)), '')")).withColumn("c2", F.ceil(col("n"), -1)).withColumn("c3", F.nullif(F.ifnull(col("t"), lit("Hello")), lit("o"))).withColumn("c4", F.nvl(F.cbrt(col("n")), lit(2.0)))
OUTPUT_MODE = "append"
